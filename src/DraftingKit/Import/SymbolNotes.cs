using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Notes the UN marks with a symbol instead of a number (<see cref="FootnoteMark"/>: "*" on an annex heading, "†",
/// "‡"), as plain text prints them: the note as "* Not applicable to …" where notes stand, and its mark after the
/// words it annotates ("Items subject to a no-objection process *", "Part I*"). Such a mark is given back as the note's
/// reference, the first mark "*" of the text to the first note "*", the second to the second, as the page pairs them.
/// </summary>
internal static class SymbolNotes
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Label = new(@"^[*†‡]{1,3}[a-z]?\d{0,2}$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Note = new(@"^(?<mark>\*{1,3}|†{1,3}|‡{1,3})\s+(?=\S)", RegexOptions.CultureInvariant, Timeout);

    // A mark after a word, alone or after one space, before the end, a space or closing punctuation.
    private static readonly Regex Mark = new(@"(?<=\S) ?(?<mark>\*{1,3}|†{1,3}|‡{1,3})(?=$|[\s,.;:)])", RegexOptions.CultureInvariant | RegexOptions.Multiline, Timeout);

    /// <summary>True for a note label made of a mark: "*", "**", "*b", "†".</summary>
    public static bool IsLabel(string text) => Label.IsMatch(text);

    /// <summary>The mark that opens a note line ("* Not applicable …"), with the note's text after it; else null.</summary>
    public static string? NoteStart(string line, out string rest)
    {
        rest = line;
        var match = Note.Match(line);
        if (!match.Success)
        {
            return null;
        }

        rest = line.Substring(match.Length);
        return match.Groups["mark"].Value;
    }

    /// <summary>
    /// The marks the text prints after a word, on lines that are not notes; an asterisk only where it cannot close
    /// italics (an odd number of single asterisks on the line), so that "*Recalling* its …" uses no mark.
    /// </summary>
    public static HashSet<string> MarksUsed(string text)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.IndexOfAny(FootnoteMark.Symbols.ToCharArray()) < 0 || Note.IsMatch(line.Trim()))
            {
                continue;
            }

            foreach (Match match in Mark.Matches(line))
            {
                var mark = match.Groups["mark"].Value;
                if (mark[0] != '*' || line.Replace("**", string.Empty).Count(c => c == '*') % 2 == 1)
                {
                    used.Add(mark);
                }
            }
        }

        return used;
    }

    /// <summary>
    /// Gives the marks printed in <paramref name="document"/>'s text (as text, or as a reference to the bare mark "*")
    /// back as references to <paramref name="notes"/>, the notes labelled with a mark that no reference names yet, in
    /// order: each mark goes to the next such note.
    /// </summary>
    public static ResolutionDocument GiveBack(ResolutionDocument document, IEnumerable<SourceBlock> notes, ISet<string> referenced)
    {
        var waiting = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var note in notes)
        {
            if (note.FootnoteNumber is { } label && !referenced.Contains(label) && FootnoteMark.Of(label) is { } mark)
            {
                if (!waiting.TryGetValue(mark, out var queue))
                {
                    waiting[mark] = queue = new Queue<string>();
                }

                if (!queue.Contains(label))
                {
                    queue.Enqueue(label);
                }
            }
        }

        return waiting.Count == 0 ? document : new Rewriter(waiting).Document(document);
    }

    private sealed class Rewriter
    {
        private readonly Dictionary<string, Queue<string>> waiting;

        public Rewriter(Dictionary<string, Queue<string>> waiting) => this.waiting = waiting;

        public ResolutionDocument Document(ResolutionDocument document) => DocumentTextMap.Map(document, Text);

        private InlineText Text(InlineText text)
        {
            var output = new List<Inline>();
            foreach (var inline in text.Inlines)
            {
                switch (inline)
                {
                    case TextRun run:
                        Split(run, output);
                        break;
                    case FootnoteReference reference when FootnoteMark.Of(reference.Label) == reference.Label && Next(reference.Label) is { } label:
                        output.Add(reference with { Label = label });
                        break;
                    case Emphasis emphasis:
                        output.Add(emphasis with { Content = Text(emphasis.Content) });
                        break;
                    case StrongEmphasis strong:
                        output.Add(strong with { Content = Text(strong.Content) });
                        break;
                    default:
                        output.Add(inline);
                        break;
                }
            }

            return new InlineText(EquatableArray.From(output.ToArray()));
        }

        private string? Next(string mark) => waiting.TryGetValue(mark, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

        /// <summary>The run with each mark that has a note waiting turned into a reference to that note.</summary>
        private void Split(TextRun run, List<Inline> output)
        {
            var at = 0;
            var rest = new StringBuilder();
            foreach (Match match in Mark.Matches(run.Text))
            {
                var mark = match.Groups["mark"];
                if (Next(mark.Value) is not { } label)
                {
                    continue;
                }

                rest.Append(run.Text, at, mark.Index - at);
                if (rest.Length > 0)
                {
                    output.Add(run with { Text = rest.ToString() });
                    rest.Clear();
                }

                output.Add(new FootnoteReference(label, run.Span));
                at = mark.Index + mark.Length;
            }

            if (at == 0)
            {
                output.Add(run);
                return;
            }

            if (at < run.Text.Length)
            {
                output.Add(run with { Text = run.Text.Substring(at) });
            }
        }
    }
}
