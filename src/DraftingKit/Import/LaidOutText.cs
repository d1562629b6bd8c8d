using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Reads the text layer of a laid-out PDF as a layout-keeping extractor gives it (pdftotext <c>-layout</c>): no
/// blank line between paragraphs, each paragraph told by its first line (indented further than the lines around it,
/// or opening with a hanging number or label), the notes at the foot of each page with their number on a line of its
/// own over their text (the raised number sits above the line), and words broken at a hyphen at the end of a line.
/// Gives the text back as the importer reads every other extraction: a blank line between paragraphs, each page's
/// notes after a rule line with "n text", the hyphenated word whole.
/// </summary>
internal static class LaidOutText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A hanging number or label with the gap the layout leaves after it: "6.     Also", "(a)    Notes", "75/135.        Report".</summary>
    private static readonly Regex HangingLabel = new(@"^(?<label>\d{1,3}\.|\d{1,4}/\d{1,4}\.|\((?:[a-z]{1,5}|\d{1,3})\)|[a-z]\.)\s{2,}(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A raised note number the layout set apart from the punctuation it follows: "determination; 4", "Nations, 1 the".</summary>
    private static readonly Regex SpacedMarker = new(@"(?<=[,;:.)”’]) (?=\d{1,3}(?: \p{Ll}|$))", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex NoteNumber = new(@"^\d{1,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True for a text whose pages are laid out: form feeds, and many lines set in from the left edge.</summary>
    public static bool IsLaidOut(string text)
    {
        if (text.IndexOf('\f') < 0)
        {
            return false;
        }

        var lines = text.Split('\n').Where(line => line.Trim().Length > 0).ToList();
        return lines.Count >= 10 && lines.Count(line => line.StartsWith("    ", StringComparison.Ordinal)) * 3 >= lines.Count;
    }

    public static string Paragraphs(string text)
    {
        if (!IsLaidOut(text))
        {
            return text;
        }

        var pages = text.Split('\f');
        var output = new StringBuilder(text.Length + 1024);
        for (var p = 0; p < pages.Length; p++)
        {
            if (p > 0)
            {
                output.Append('\f');
            }

            output.Append(Page(pages[p].Split('\n')));
        }

        return output.ToString();
    }

    private static string Page(string[] lines)
    {
        var notesAt = NotesStart(lines);
        var body = notesAt < 0 ? lines : lines.Take(notesAt).ToArray();
        var right = body.Select(line => line.TrimEnd().Length).DefaultIfEmpty(0).Max();

        // The column the lines of running text go on at: the commonest indent of the page.
        var margin = body.Where(line => line.Trim().Length > 0).GroupBy(Indent).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault();
        var output = new List<string>();
        for (var i = 0; i < body.Length; i++)
        {
            var line = body[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                output.Add(string.Empty);
                continue;
            }

            var labelled = HangingLabel.Match(line.TrimStart());
            var indent = Indent(line);
            var previous = i > 0 ? body[i - 1].TrimEnd() : string.Empty;
            var next = i + 1 < body.Length ? body[i + 1].TrimEnd() : string.Empty;
            if (previous.Trim().Length > 0 && Opens(previous, line, next, labelled.Success, right, margin))
            {
                output.Add(string.Empty);
            }

            var words = SpacedMarker.Replace(labelled.Success ? labelled.Groups["label"].Value + " " + line.TrimStart().Substring(labelled.Length) : line.Trim(), string.Empty);
            if (output.Count > 0 && output[output.Count - 1] is { Length: > 1 } open && open[open.Length - 1] == '-' && char.IsLetter(open[open.Length - 2]) && char.IsLower(words[0]))
            {
                // A word broken at its hyphen by the line's end ("seventy-" / "second session") is one word.
                var space = words.IndexOf(' ');
                output[output.Count - 1] = open + (space < 0 ? words : words.Substring(0, space));
                if (space < 0)
                {
                    continue;
                }

                words = words.Substring(space + 1);
            }

            output.Add(new string(' ', indent) + words);
        }

        if (notesAt >= 0)
        {
            output.Add(string.Empty);
            output.Add("__________________");
            output.AddRange(Notes(lines.Skip(notesAt).ToArray()));
        }

        return string.Join("\n", output);
    }

    /// <summary>True when <paramref name="line"/> opens a paragraph after <paramref name="previous"/>.</summary>
    private static bool Opens(string previous, string line, string next, bool labelled, int right, int margin)
    {
        // A hanging number or label, and the line of adoption (a header field that runs into no other).
        if (labelled || AdoptedResolutionReader.IsAdoptionLine(line.Trim()) || AdoptedResolutionReader.IsAdoptionLine(previous.Trim()))
        {
            return true;
        }

        var indent = Indent(line);

        // Set in further than the text of the line before runs ("The General Assembly," under a title).
        if (indent > TextColumn(previous) + 2)
        {
            return true;
        }

        var firstLine = indent > Indent(previous) && (next.Trim().Length == 0 || indent > Indent(next) || HangingLabel.IsMatch(next.TrimStart()));
        var ended = previous.TrimEnd('”', '’', '"', ' ') is { Length: > 0 } words && words[words.Length - 1] is ',' or ';' or ':' or '.';
        var shortLine = previous.Length < right - 12;

        // A header line over the next ("Resolution adopted by … 2020" over "[on the report …]"): set apart by a bracket.
        var bracketed = line.TrimStart().StartsWith("[", StringComparison.Ordinal) && line.TrimEnd().EndsWith("]", StringComparison.Ordinal);
        return firstLine || bracketed || (ended && shortLine && (indent > Indent(next) || indent > margin + 2));
    }

    /// <summary>Where the words of a line run on the next: after a hanging label, its text's column; else its indent.</summary>
    private static int TextColumn(string line)
    {
        var indent = Indent(line);
        var label = HangingLabel.Match(line.Substring(indent));
        return label.Success ? indent + label.Length : indent;
    }

    /// <summary>Where the page's notes start: a number alone on a line (the next note's) over a line of text, after the body; -1 for none.</summary>
    private static int NotesStart(string[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (NoteNumber.IsMatch(lines[i].Trim()) && lines[i + 1].Trim().Length > 0 && !NoteNumber.IsMatch(lines[i + 1].Trim())
                && (i == 0 || lines[i - 1].Trim().Length == 0 || i > 0 && NotesFollow(lines, i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when every line from <paramref name="start"/> on is a note's number, a note's text or the page's foot.</summary>
    private static bool NotesFollow(string[] lines, int start) => NoteNumber.IsMatch(lines[start].Trim()) && Indent(lines[start + 1]) > Indent(lines[start]);

    /// <summary>Each note as "n text", its further lines after it.</summary>
    private static IEnumerable<string> Notes(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (NoteNumber.IsMatch(trimmed) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && Indent(lines[i + 1]) > Indent(lines[i]))
            {
                yield return trimmed + " " + lines[i + 1].Trim();
                i++;
                continue;
            }

            yield return trimmed;
        }
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
