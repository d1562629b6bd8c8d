using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The notes at the foot of a short text's page, as pdftotext gives a draft decision of one paragraph: no rule line
/// (Word's separator is a drawing), the note's raised number on a line of its own over its text or beside it ("… 17 to 21
/// October 2016,1 submitted …" / "1" / "A/72/91."). A text that short shows neither a layout's indents nor a reading
/// order's run-on paragraphs, so nothing else sets its notes apart. They are set after a rule line, "1 A/72/91.", as
/// every other extraction gives them.
/// </summary>
/// <remarks>
/// Only the page's foot counts: from a blank line to the page's end, every line is a note's number (the next in order,
/// one the text above glued to a word as a raised number, "2016,1") with its text opening as a note's reference does
/// (<see cref="NoteOpening"/>), or that note's further lines. A number alone anywhere else, or over words that open no
/// note, is the text's.
/// </remarks>
internal static class NotesAtFoot
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A note's number alone, or with its text beside it after a space or a layout's gap: "1", "1    A/72/91.".</summary>
    private static readonly Regex Numbered = new(@"^(?<number>\d{1,3})(?:\s+(?<text>\S.*))?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A label that opens a line of text: "(a) Reaffirms".</summary>
    private static readonly Regex Labelled = new(@"^" + PrintedLabel.Pattern + @"\s", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The text with each page's notes at its foot set after a rule line, each note's number on its text's line.</summary>
    public static string Ruled(string text)
    {
        var pages = text.Split('\f');
        var changed = false;
        var raised = new HashSet<int>();
        var next = 1;
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n');
            if (!lines.Any(PageLayout.IsRule) && Notes(lines, raised, ref next) is { } notes)
            {
                pages[p] = string.Join("\n", lines.Take(notes.Start).Concat(new[] { "____" }).Concat(notes.Lines));
                changed = true;
            }

            foreach (var line in pages[p].Split('\n'))
            {
                raised.UnionWith(SpacedNoteNumber.GluedNumbers(line));
            }
        }

        return changed ? string.Join("\f", pages) : text;
    }

    /// <summary>
    /// The notes at the page's foot, from their first line, each as "n text"; null when the foot holds none.
    /// <paramref name="raisedAbove"/> holds the raised numbers of the pages above.
    /// </summary>
    private static (int Start, List<string> Lines)? Notes(string[] lines, HashSet<int> raisedAbove, ref int next)
    {
        var raised = new HashSet<int>(raisedAbove);
        for (var start = 1; start < lines.Length; start++)
        {
            raised.UnionWith(SpacedNoteNumber.GluedNumbers(lines[start - 1]));
            if (lines[start - 1].Trim().Length > 0 || !Numbered.IsMatch(lines[start].Trim()))
            {
                continue;
            }

            var expected = next;
            var read = Read(lines, start, raised, ref expected);
            if (read is not null)
            {
                next = expected;
                return (start, read);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads every line from <paramref name="start"/> to the page's end as notes numbered from <paramref name="next"/>, each
    /// a number the text above raised (<paramref name="raised"/>); null when one is not.
    /// </summary>
    private static List<string>? Read(string[] lines, int start, HashSet<int> raised, ref int next)
    {
        var notes = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var match = Numbered.Match(line);
            if (match.Success && match.Groups["number"].Value == next.ToString(CultureInfo.InvariantCulture))
            {
                var noteText = match.Groups["text"].Success ? match.Groups["text"].Value : NextWords(lines, ref i);
                if (noteText is null || !NoteOpening.Opens(noteText) || !raised.Contains(next))
                {
                    return null;
                }

                notes.Add(match.Groups["number"].Value + " " + noteText);
                next++;
            }
            else if (notes.Count > 0 && !match.Success && !FormulaLine.Opens(InlineParser.Plain(line)) && !Labelled.IsMatch(line))
            {
                // A note's further line; a formula or a label opens text, which no page's foot holds.
                notes.Add(line);
            }
            else
            {
                return null;
            }
        }

        return notes.Count > 0 ? notes : null;
    }

    /// <summary>The next line with words after line <paramref name="i"/>, which it then stands at; null at the page's end.</summary>
    private static string? NextWords(string[] lines, ref int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                i = j;
                return lines[j].Trim();
            }
        }

        return null;
    }
}
