using System.Globalization;
using System.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// What Word prints for the fields of a story (the body, or one note): a field's instructions never (the words of
/// <c>w:instrText</c> and, as part of them, the result of a field nested there, "{ HYPERLINK { REF Site } }"), its
/// result when the file holds one (the runs between <c>w:fldChar separate</c> and <c>end</c>, or inside
/// <c>w:fldSimple</c>: the "3" of a REF or PAGEREF, the link text of a HYPERLINK), and, for a field that numbers
/// paragraphs and has no result stored, the number Word computes where it stands. Older drafts number their operative
/// paragraphs so: "{ AUTONUM } Decides to remain seized of the matter;", a tab after the field, prints "1. Decides …", and ECMA-376
/// Part 4 §2.16.5 says AUTONUM, AUTONUMLGL, AUTONUMOUT and LISTNUM store no result, so that only counting them gives
/// the operative paragraph its number.
/// </summary>
/// <remarks>
/// <para>
/// The counts follow the field reference (ECMA-376 Part 4 §2.16.5.5–7, .40, .58): AUTONUM counts the paragraphs that
/// hold one at each heading level (a paragraph in "Heading 1" … "Heading 9" or of an outline level; body text below
/// all of them), a count restarting after a numbered paragraph of a level above, and prints "1." ("\s" sets the
/// separator, "\*" the figures: "\* alphabetic" "c.", "\* ROMAN" "IV."); AUTONUMLGL prints the counts from the top
/// level down to the paragraph's ("1.2."; "\e" drops the last separator); AUTONUMOUT the outline figures ("I.", "A.",
/// "1.", "a)", "(1)", "(a)", "(i)", "(a)", "(i)"). LISTNUM counts its list (NumberDefault "1)", "a)", "i)", "(1)",
/// "(a)", "(i)", "1.", "a.", "i."; LegalDefault "1.", "1.1.", …; OutlineDefault as AUTONUMOUT) at the level "\l"
/// gives, or the list's last level, or the first; "\s" restarts it at a value. SEQ counts its identifier ("\r" resets,
/// "\c" repeats, "\h" prints nothing) and prints the count in the figures "\*" gives; a SEQ with its result stored
/// prints that result and counts all the same. A LISTNUM naming a list the file defines (<c>w:abstractNum/w:name</c>,
/// a drafter's own list template) prints that list's level text ("%1." or "(%2)") with its own count; a field left
/// open at the story's end hides nothing.
/// </para>
/// </remarks>
internal sealed class WordFields
{
    private const int Levels = 9;
    private const int BodyText = 9;

    private static readonly string[][] ListFormats =
    {
        new[] { "1)", "a)", "i)", "(1)", "(a)", "(i)", "1.", "a.", "i." },
        new[] { "I.", "A.", "1.", "a)", "(1)", "(a)", "(i)", "(a)", "(i)" },
    };

    private readonly HashSet<OpenXmlElement> hidden = new();
    private readonly Dictionary<OpenXmlElement, Field> results = new();
    private readonly Dictionary<OpenXmlElement, Field> ends = new();
    private readonly Styles? styles;
    private readonly Numbering? numbering;

    private readonly int[] autonum = new int[Levels + 1];
    private readonly int[] autonumLegal = new int[Levels + 1];
    private readonly int[] autonumOutline = new int[Levels + 1];
    private readonly Dictionary<string, int[]> lists = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> listLevels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> sequences = new(StringComparer.OrdinalIgnoreCase);
    private string? lastList;

    private WordFields(Styles? styles, Numbering? numbering)
    {
        this.styles = styles;
        this.numbering = numbering;
    }

    /// <summary>
    /// The fields of <paramref name="story"/>, read in document order; <paramref name="styles"/> give the heading
    /// levels, <paramref name="numbering"/> the lists a LISTNUM field may name.
    /// </summary>
    public static WordFields Of(OpenXmlElement story, Styles? styles, Numbering? numbering = null)
    {
        var fields = new WordFields(styles, numbering);
        fields.Walk(story);
        return fields;
    }

    /// <summary>True for a run's child that belongs to a field's instructions, which Word does not print.</summary>
    public bool InInstructions(OpenXmlElement runChild) => hidden.Contains(runChild);

    /// <summary>The innermost field whose result holds <paramref name="runChild"/>; null outside every field's result.</summary>
    public Field? ResultOwner(OpenXmlElement runChild) => results.TryGetValue(runChild, out var field) ? field : null;

    /// <summary>The field that ends at <paramref name="element"/> (its <c>w:fldChar end</c>, or a <c>w:fldSimple</c>).</summary>
    public Field? EndingAt(OpenXmlElement element) => ends.TryGetValue(element, out var field) ? field : null;

    private void Walk(OpenXmlElement story)
    {
        var open = new List<Open>();
        var pendingHidden = new List<OpenXmlElement>();
        var pendingResults = new List<(OpenXmlElement Element, Open Field)>();
        var pendingEnds = new List<(OpenXmlElement Element, Open Field)>();
        foreach (var element in story.Descendants())
        {
            if (element.Parent is Run run && !Printed(run))
            {
                continue;
            }

            if (element is SimpleField simple)
            {
                var field = new Field(simple.Instruction?.Value ?? string.Empty, simple.Descendants<WordText>().Any(text => text.Text.Length > 0));
                field.Printed = Computed(field, simple);
                if (open.Count == 0)
                {
                    ends[simple] = field;
                }
                else if (open.Any(outer => !outer.InResult))
                {
                    pendingHidden.Add(simple);
                }
                else
                {
                    pendingEnds.Add((simple, new Open(field)));
                }

                continue;
            }

            if (element is FieldChar fieldChar && fieldChar.Parent is Run)
            {
                var type = fieldChar.FieldCharType?.Value;
                if (type == FieldCharValues.Begin)
                {
                    open.Add(new Open(null) { Begin = fieldChar });
                }
                else if (type == FieldCharValues.Separate && open.Count > 0)
                {
                    open[open.Count - 1].InResult = true;
                }
                else if (type == FieldCharValues.End && open.Count > 0)
                {
                    var top = open[open.Count - 1];
                    open.RemoveAt(open.Count - 1);
                    var field = new Field(top.Instruction.ToString(), top.HasResult);
                    field.Printed = Computed(field, top.Begin ?? fieldChar);
                    top.Finished = field;
                    pendingEnds.Add((fieldChar, top));
                    if (open.Count > 0 && !open[open.Count - 1].InResult)
                    {
                        // A field nested in another's instructions prints nothing of its own: its result is part of them.
                        pendingHidden.Add(fieldChar);
                    }
                }

                if (open.Count == 0)
                {
                    Commit(pendingHidden, pendingResults, pendingEnds);
                }

                continue;
            }

            if (element is FieldCode code && open.Count > 0)
            {
                open[open.Count - 1].Instruction.Append(code.Text);
                continue;
            }

            if (element.Parent is not Run || open.Count == 0)
            {
                continue;
            }

            if (open.Any(field => !field.InResult))
            {
                pendingHidden.Add(element);
                continue;
            }

            var owner = open[open.Count - 1];
            if (element is WordText { Text.Length: > 0 } or NoBreakHyphen or SymbolChar)
            {
                owner.HasResult = true;
            }

            pendingResults.Add((element, owner));
        }

        // A field left open at the story's end (a file cut short) hides nothing: its words are printed as they stand.
    }

    private void Commit(List<OpenXmlElement> pendingHidden, List<(OpenXmlElement Element, Open Field)> pendingResults, List<(OpenXmlElement Element, Open Field)> pendingEnds)
    {
        hidden.UnionWith(pendingHidden);
        foreach (var (element, field) in pendingResults)
        {
            if (field.Finished is { } finished)
            {
                results[element] = finished;
            }
        }

        foreach (var (element, field) in pendingEnds)
        {
            if ((field.Finished ?? field.Simple) is { } finished && !hidden.Contains(element))
            {
                ends[element] = finished;
            }
        }

        pendingHidden.Clear();
        pendingResults.Clear();
        pendingEnds.Clear();
    }

    /// <summary>
    /// The number a paragraph-numbering field prints where it has no result stored, counting it in any case; null for
    /// a field of another kind or one whose stored result is printed.
    /// </summary>
    private string? Computed(Field field, OpenXmlElement at)
    {
        var words = Words(field.Instruction);
        if (words.Count == 0)
        {
            return null;
        }

        var kind = words[0].ToUpperInvariant();
        string? label = kind switch
        {
            "AUTONUM" => AutoNumber(at, words, autonum, legal: false, outline: false),
            "AUTONUMLGL" => AutoNumber(at, words, autonumLegal, legal: true, outline: false),
            "AUTONUMOUT" => AutoNumber(at, words, autonumOutline, legal: false, outline: true),
            "LISTNUM" => ListNumber(words),
            "SEQ" => Sequence(words),
            _ => null,
        };
        return field.HasResult ? null : label;
    }

    private string AutoNumber(OpenXmlElement at, List<string> words, int[] counts, bool legal, bool outline)
    {
        var level = OutlineLevel(at.Ancestors<Paragraph>().FirstOrDefault());
        counts[level]++;
        for (var deeper = level + 1; deeper <= Levels; deeper++)
        {
            counts[deeper] = 0;
        }

        var separator = Switch(words, "\\s") ?? ".";
        if (outline)
        {
            return level == BodyText ? counts[level] + "." : Listed(ListFormats[1][level], counts[level]);
        }

        var format = Switch(words, "\\*");
        if (!legal)
        {
            return Figures(counts[level], format) + separator;
        }

        var parts = Enumerable.Range(0, level).Where(above => counts[above] > 0).Select(above => Figures(counts[above], format)).ToList();
        parts.Add(Figures(counts[level], format));
        return string.Join(separator, parts) + (words.Any(word => word.Equals("\\e", StringComparison.OrdinalIgnoreCase)) ? string.Empty : separator);
    }

    private string ListNumber(List<string> words)
    {
        var name = words.Count > 1 && !words[1].StartsWith("\\", StringComparison.Ordinal) ? words[1] : lastList ?? "NumberDefault";
        lastList = name;
        if (!lists.TryGetValue(name, out var counts))
        {
            counts = new int[Levels];
            lists[name] = counts;
        }

        var level = int.TryParse(Switch(words, "\\l"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) && given is >= 1 and <= Levels
            ? given - 1
            : listLevels.TryGetValue(name, out var last) ? last : 0;
        listLevels[name] = level;
        var named = numbering?.Elements<AbstractNum>().FirstOrDefault(list => string.Equals(list.AbstractNumDefinitionName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase));
        counts[level] = int.TryParse(Switch(words, "\\s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start
            : counts[level] == 0 && LevelOf(named, level)?.StartNumberingValue?.Val?.Value is int first ? first
            : counts[level] + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counts[deeper] = 0;
        }

        if (named is not null && LevelOf(named, level)?.LevelText?.Val?.Value is { } levelText)
        {
            return NamedLabel(named, level, levelText, counts);
        }

        if (name.Equals("LegalDefault", StringComparison.OrdinalIgnoreCase))
        {
            return string.Join(".", Enumerable.Range(0, level + 1).Select(shown => Math.Max(1, counts[shown]).ToString(CultureInfo.InvariantCulture))) + ".";
        }

        var formats = name.Equals("OutlineDefault", StringComparison.OrdinalIgnoreCase) ? ListFormats[1] : ListFormats[0];
        return Listed(formats[level], counts[level]);
    }

    private string? Sequence(List<string> words)
    {
        if (words.Count < 2)
        {
            return null;
        }

        var identifier = words[1];
        sequences.TryGetValue(identifier, out var count);
        if (int.TryParse(Switch(words, "\\r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            count = reset;
        }
        else if (!words.Any(word => word.Equals("\\c", StringComparison.OrdinalIgnoreCase)))
        {
            count++;
        }

        sequences[identifier] = count;
        return words.Any(word => word.Equals("\\h", StringComparison.OrdinalIgnoreCase)) ? string.Empty : Figures(count, Switch(words, "\\*"));
    }

    private static Level? LevelOf(AbstractNum? list, int level) => list?.Elements<Level>().FirstOrDefault(definition => definition.LevelIndex?.Value == level);

    /// <summary>
    /// The label of a level of a list the file defines under the name the field gives (<c>w:abstractNum/w:name</c>):
    /// its text, each "%n" the count of level n in that level's figures (arabic in a legal numbering).
    /// </summary>
    private static string NamedLabel(AbstractNum list, int level, string levelText, int[] counts)
    {
        var legal = LevelOf(list, level)?.IsLegalNumberingStyle is { } legalStyle && (legalStyle.Val is null || legalStyle.Val.Value);
        var builder = new StringBuilder();
        for (var i = 0; i < levelText.Length; i++)
        {
            if (levelText[i] == '%' && i + 1 < levelText.Length && levelText[i + 1] is >= '1' and <= '9')
            {
                var shown = levelText[i + 1] - '1';
                var format = legal ? NumberFormatValues.Decimal : LevelOf(list, shown)?.NumberingFormat?.Val?.Value;
                builder.Append(WordNumbering.Format(Math.Max(1, counts[shown]), format));
                i++;
            }
            else
            {
                builder.Append(levelText[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A count in a list level's form: "(a)" for "(a)" and 1, "iv)" for "i)" and 4.</summary>
    private static string Listed(string form, int count)
    {
        var builder = new StringBuilder();
        foreach (var c in form)
        {
            builder.Append(c switch
            {
                '1' => Figures(count, "Arabic"),
                'a' => Figures(count, "alphabetic"),
                'A' => Figures(count, "ALPHABETIC"),
                'i' => Figures(count, "roman"),
                'I' => Figures(count, "ROMAN"),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A count in the figures a format switch names: "Arabic" (the default), "alphabetic", "ALPHABETIC", "roman", "ROMAN".</summary>
    private static string Figures(int count, string? format)
    {
        if (count >= 1 && format is "alphabetic" or "ALPHABETIC")
        {
            var letters = new string((char)('a' + ((count - 1) % 26)), ((count - 1) / 26) + 1);
            return format == "ALPHABETIC" ? letters.ToUpperInvariant() : letters;
        }

        if (count is >= 1 and < 4000 && format is "roman" or "ROMAN")
        {
            var roman = Model.Numerals.ToRoman(count);
            return format == "ROMAN" ? roman.ToUpperInvariant() : roman;
        }

        return count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The argument after <paramref name="name"/> ("\l 2" gives "2"); for "\*", the first that is not MERGEFORMAT.</summary>
    private static string? Switch(List<string> words, string name)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Equals(name, StringComparison.OrdinalIgnoreCase) && !(name == "\\*" && words[i + 1].Equals("MERGEFORMAT", StringComparison.OrdinalIgnoreCase)))
            {
                return words[i + 1];
            }
        }

        return null;
    }

    /// <summary>A field's instructions as words, a quoted argument one word without its quotes.</summary>
    private static List<string> Words(string instruction)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in instruction)
        {
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (!quoted && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>
    /// The paragraph's outline level, 0–8, from its own properties or its style's chain (the built-in "heading 1" … "heading 9"
    /// by name where they set none); <see cref="BodyText"/> for body text.
    /// </summary>
    private int OutlineLevel(Paragraph? paragraph)
    {
        if (paragraph?.ParagraphProperties?.OutlineLevel?.Val?.Value is int own)
        {
            return Math.Min(own, BodyText);
        }

        var id = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; id is not null && depth < 32; depth++)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int level)
            {
                return Math.Min(level, BodyText);
            }

            var name = (style?.StyleName?.Val?.Value ?? id).Replace(" ", string.Empty);
            if (name.Length == 8 && name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && name[7] is >= '1' and <= '9')
            {
                return name[7] - '1';
            }

            id = style?.BasedOn?.Val?.Value;
        }

        return BodyText;
    }

    /// <summary>False for a run taken out under tracked changes: a field there is not in the text Word prints.</summary>
    private static bool Printed(Run run) => !run.Ancestors().Any(ancestor => ancestor is DeletedRun or MoveFromRun);

    /// <summary>A field as read: its instructions, whether it has a result stored, and the number printed in place of one.</summary>
    internal sealed class Field
    {
        public Field(string instruction, bool hasResult)
        {
            Instruction = instruction;
            HasResult = hasResult;
        }

        public string Instruction { get; }

        public bool HasResult { get; }

        /// <summary>The number Word prints for the field where the file stores no result; null when none.</summary>
        public string? Printed { get; set; }

        /// <summary>The field's kind and arguments, as words ("NOTEREF", "_Ref1", "\h").</summary>
        public IReadOnlyList<string> Words => WordFields.Words(Instruction);
    }

    private sealed class Open
    {
        public Open(Field? simple) => Simple = simple;

        public Field? Simple { get; }

        public FieldChar? Begin { get; init; }

        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool HasResult { get; set; }

        public Field? Finished { get; set; }
    }
}
