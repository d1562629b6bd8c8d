using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Builds a Word document from the text of a seed, as a UN document would be: one Word paragraph per paragraph,
/// italic runs where the extraction has <c>*…*</c>, and real Word footnotes (a footnotes part, footnote
/// references in the runs) where it has <c>&lt;sup&gt;n&lt;/sup&gt;</c> markers and footnote texts. Test-side code:
/// it shares nothing with the importer.
/// </summary>
internal static class SeedDocx
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static readonly Regex FootnoteText = new(@"^(?:<sup>(\d+)</sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s+(.*)$");
    private static readonly Regex ListLine = new(@"^(?:\d{1,3}\.\s|-\s|“?\(\w{1,5}\)\s)");
    private static readonly Regex Token = new(@"\\[()\[\]*]|<sup>(\d+)</sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[([^\]]*)\]\([^)]*\)|\*|[^\\<\[*⁰¹²³⁴⁵⁶⁷⁸⁹]+|.");

    /// <summary>
    /// Lines <paramref name="first"/>–<paramref name="last"/> of the seed as a Word document; with
    /// <paramref name="autoNumbered"/>, its paragraph and item labels ("1.", "(a)", "(i)") are Word's automatic
    /// numbering instead of typed text (<see cref="WordList"/>).
    /// </summary>
    public static byte[] Build(string seedPath, int first, int last, bool autoNumbered = false, WordItalics italics = WordItalics.Direct)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var hardBreak = false;
        var lines = File.ReadAllLines(seedPath);
        for (var index = first - 1; index < last && index < lines.Length; index++)
        {
            var line = lines[index];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || hardBreak || (current.Length > 0 && (ListLine.IsMatch(trimmed) || ListLine.IsMatch(current.ToString()) || FootnoteText.IsMatch(trimmed))))
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
            }

            if (trimmed.Length > 0)
            {
                current.Append(current.Length > 0 ? " " : string.Empty).Append(Regex.Replace(trimmed, "^#{1,6} ", string.Empty).Replace("**", string.Empty));
            }

            hardBreak = line.EndsWith("  ");
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        // Word numbers footnotes through the document; the extraction's numbers (which restart in each draft
        // of a report) only say which footnote text a marker means. Each footnote text gets a Word id of its own.
        var footnotes = new Dictionary<string, string>();
        var ids = new Dictionary<string, long>();
        var body = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var match = FootnoteText.Match(paragraph);
            if (match.Success)
            {
                var number = match.Groups[1].Success ? match.Groups[1].Value : FromSuperscript(match.Groups[2].Value);
                if (!ids.ContainsKey(number))
                {
                    ids[number] = ids.Count + 1;
                    footnotes[ids[number].ToString(System.Globalization.CultureInfo.InvariantCulture)] = match.Groups[3].Value;
                }
            }
            else if (paragraph != "---")
            {
                body.Add(paragraph);
            }
        }

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var list = autoNumbered ? new WordList() : null;
            foreach (var paragraph in body)
            {
                main.Document.Body!.Append(list?.Number(paragraph, text => Paragraph(text, ids, italics)) ?? Paragraph(paragraph, ids, italics));
            }

            if (list is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = list.Definitions();
            }

            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet(italics);

            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            foreach (var (number, text) in footnotes)
            {
                var note = new Footnote { Id = long.Parse(number, System.Globalization.CultureInfo.InvariantCulture) };
                var paragraph = Paragraph(text, null, italics);
                paragraph.InsertAfter(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()), paragraph.ParagraphProperties);
                note.Append(paragraph);
                notes.Footnotes.Append(note);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string FromSuperscript(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append((char)('0' + Superscripts.IndexOf(c)));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The style sheet for <paramref name="italics"/>: "Emphasis" an italic character style, "Lead" a character style
    /// based on it that sets nothing of its own, "Quote" an italic paragraph style, "Plain" a paragraph style that sets
    /// italics off, and for <see cref="WordItalics.Defaults"/> the document's default run italic.
    /// </summary>
    private static Styles StyleSheet(WordItalics italics)
    {
        var defaults = new RunPropertiesBaseStyle();
        if (italics == WordItalics.Defaults)
        {
            defaults.Append(new Italic());
        }

        return new Styles(
            new DocDefaults(new RunPropertiesDefault(defaults)),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Default Paragraph Font" }) { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
            new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Paragraph, StyleId = "Quote" },
            new Style(new StyleName { Val = "Plain" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic { Val = false })) { Type = StyleValues.Paragraph, StyleId = "Plain" },
            new Style(new StyleName { Val = "Emphasis" }, new BasedOn { Val = "DefaultParagraphFont" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Character, StyleId = "Emphasis" },
            new Style(new StyleName { Val = "Lead" }, new BasedOn { Val = "Emphasis" }) { Type = StyleValues.Character, StyleId = "Lead" });
    }

    /// <summary>The paragraph style <paramref name="italics"/> sets every paragraph in, if any.</summary>
    private static string? ParagraphStyle(WordItalics italics) => italics switch
    {
        WordItalics.ParagraphStyle or WordItalics.Toggled or WordItalics.WhollyItalic => "Quote",
        WordItalics.Defaults => "Plain",
        _ => null,
    };

    /// <summary>The run properties that print a run in italics (<paramref name="italic"/>) or in roman, as <paramref name="italics"/> sets them.</summary>
    private static RunProperties? RunFormat(bool italic, WordItalics italics) => (italics, italic) switch
    {
        (WordItalics.Direct or WordItalics.WhollyItalic, true) => new RunProperties(new Italic()),
        (WordItalics.CharacterStyle or WordItalics.Defaults, true) => new RunProperties(new RunStyle { Val = "Emphasis" }),
        (WordItalics.CharacterStyleChain, true) => new RunProperties(new RunStyle { Val = "Lead" }),
        (WordItalics.ParagraphStyle, false) => new RunProperties(new Italic { Val = false }),
        (WordItalics.Toggled, false) => new RunProperties(new RunStyle { Val = "Emphasis" }),
        _ => null,
    };

    private static Paragraph Paragraph(string text, Dictionary<string, long>? ids, WordItalics italics = WordItalics.Direct)
    {
        var paragraph = new Paragraph();
        if (ParagraphStyle(italics) is { } style && (italics != WordItalics.WhollyItalic || text.StartsWith("*", StringComparison.Ordinal)))
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        var italic = false;
        foreach (Match token in Token.Matches(text))
        {
            var value = token.Value;
            if (value == "*")
            {
                italic = !italic;
            }
            else if ((token.Groups[1].Success || token.Groups[2].Success) && ids is not null
                && ids.TryGetValue(token.Groups[1].Success ? token.Groups[1].Value : FromSuperscript(token.Groups[2].Value), out var id))
            {
                paragraph.Append(new Run(
                    new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                    new FootnoteReference { Id = id }));
            }
            else
            {
                var words = token.Groups[3].Success ? Regex.Replace(token.Groups[3].Value, @"\\(.)", "$1") : value.StartsWith('\\') ? value.Substring(1) : value;
                var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(words) { Space = SpaceProcessingModeValues.Preserve });
                if (RunFormat(italic, italics) is { } format)
                {
                    run.PrependChild(format);
                }

                paragraph.Append(run);
            }
        }

        return paragraph;
    }
}

/// <summary>Where a seed built as a Word document (<see cref="SeedDocx"/>) has its italics set.</summary>
public enum WordItalics
{
    /// <summary>On each italic run (<c>w:rPr/w:i</c>).</summary>
    Direct,

    /// <summary>Nowhere: the draft prints without italics.</summary>
    None,

    /// <summary>Each italic run in the italic character style "Emphasis".</summary>
    CharacterStyle,

    /// <summary>Each italic run in "Lead", a character style based on "Emphasis" that sets nothing of its own.</summary>
    CharacterStyleChain,

    /// <summary>Every paragraph in the italic style "Quote", each roman run set roman on the run (<c>w:i w:val="0"</c>).</summary>
    ParagraphStyle,

    /// <summary>Every paragraph in "Quote", each roman run in "Emphasis", whose italics toggle the paragraph's off.</summary>
    Toggled,

    /// <summary>The document's default run italic, every paragraph in "Plain" (italics off), each italic run in "Emphasis".</summary>
    Defaults,

    /// <summary>
    /// Each paragraph that opens in italics (the formula, a paragraph with its lead) in "Quote", its italic runs also
    /// italic on the run: those paragraphs print wholly in italics.
    /// </summary>
    WhollyItalic,
}

