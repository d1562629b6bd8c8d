using System.Globalization;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Import;

/// <summary>How a PDF's text layer (or another tool) gives a footnote marker.</summary>
public enum MarkerConvention
{
    /// <summary>"thereto,¹": superscript characters.</summary>
    Superscript,

    /// <summary>"thereto,&lt;sup&gt;1&lt;/sup&gt;": HTML superscript.</summary>
    Sup,

    /// <summary>"thereto,1": the superscript lost, a bare number after the word or punctuation.</summary>
    Bare,

    /// <summary>"thereto,[1]": a number in brackets.</summary>
    Bracketed,
}

/// <summary>Where the notes stand.</summary>
public enum NotePlacement
{
    /// <summary>At the foot of the page that refers to them, after a rule line.</summary>
    PageFoot,

    /// <summary>All together after the text, after a rule line.</summary>
    AfterText,
}

/// <summary>
/// Prints a document the way a PDF's text layer gives it: the UN text broken into lines of at most 90 columns,
/// cut into pages of 46 lines with the page's notes at its foot after a rule line (or all notes after the text),
/// each page closed by its footer (job number, "page/pages") and a form feed, and each later page opened by the
/// running header (the symbol). Markers and note numbers are written in the chosen convention.
/// </summary>
internal static class PdfTextLayer
{
    private const int Width = 90;
    private const int PageLines = 46;
    private const string Rule = "__________________";

    /// <summary>The UN text's paragraphs above the notes, and each note's text by its number, markers as <paramref name="markers"/> prints them.</summary>
    private static (List<string> Body, Dictionary<int, string> Notes) BodyAndNotes(ResolutionDocument document, MarkerConvention markers)
    {
        var paragraphs = UnTextRenderer.Render(document).TrimEnd('\n').Split("\n\n");
        var noteCount = FootnoteNumbering.For(document).Ordered.Count;
        var notes = new Dictionary<int, string>();
        foreach (var note in paragraphs.Skip(paragraphs.Length - noteCount))
        {
            var i = 0;
            var value = 0;
            while (i < note.Length && SuperscriptValue(note[i]) is int digit)
            {
                value = (value * 10) + digit;
                i++;
            }

            notes[value] = Convert(note.Substring(i + 1), markers, null);
        }

        return (paragraphs.Take(paragraphs.Length - noteCount).ToList(), notes);
    }

    public static string Render(ResolutionDocument document, MarkerConvention markers, NotePlacement placement)
    {
        var (body, notes) = BodyAndNotes(document, markers);

        // Lines of text, each with the notes it refers to; a blank line between paragraphs.
        var lines = new List<(string Text, List<int> Notes)>();
        foreach (var paragraph in body)
        {
            if (lines.Count > 0)
            {
                lines.Add((string.Empty, new List<int>()));
            }

            foreach (var line in paragraph.Split('\n'))
            {
                var referenced = new List<(int Offset, int Number)>();
                var converted = Convert(line, markers, referenced);
                foreach (var (start, end) in Wrap(converted))
                {
                    lines.Add((converted.Substring(start, end - start), referenced.Where(r => r.Offset >= start && r.Offset < end).Select(r => r.Number).ToList()));
                }
            }
        }

        var pages = new List<List<string>>();
        var pending = new List<int>();
        for (var start = 0; start < lines.Count; start += PageLines)
        {
            var page = lines.Skip(start).Take(PageLines).ToList();
            var text = page.Select(line => line.Text).ToList();
            var referenced = page.SelectMany(line => line.Notes).Where(n => notes.ContainsKey(n)).Distinct().ToList();
            if (placement == NotePlacement.PageFoot && referenced.Count > 0)
            {
                text.Add(string.Empty);
                text.Add(Rule);
                foreach (var number in referenced)
                {
                    text.AddRange(NoteLines(number, notes[number], markers));
                }
            }

            pending.AddRange(referenced);
            pages.Add(text);
        }

        if (placement == NotePlacement.AfterText && notes.Count > 0)
        {
            var last = pages[pages.Count - 1];
            last.Add(string.Empty);
            last.Add(Rule);
            foreach (var number in notes.Keys.OrderBy(n => n))
            {
                last.AddRange(NoteLines(number, notes[number], markers));
            }
        }

        var output = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0 && document.Header.Symbol is { } symbol)
            {
                output.Append(symbol).Append("\n\n");
            }

            foreach (var line in pages[p])
            {
                output.Append(line).Append('\n');
            }

            output.Append('\n').Append("20-15678").Append('\n')
                .Append((p + 1).ToString(CultureInfo.InvariantCulture)).Append('/').Append(pages.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (p < pages.Count - 1)
            {
                output.Append('\f');
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Prints a document the way a PDF's reading order gives it (pdftotext without <c>-layout</c>, a copy from a PDF
    /// viewer): lines of at most 90 columns with no blank line between the paragraphs of the text (the header's
    /// blocks keep theirs), a table column by column with no row on a line (<see cref="TableInReadingOrder"/>), an operative number or a label on a line of its own over a blank line and its text, a
    /// word broken at its hyphen at a line's end joined without the hyphen with the next line run on, markers as bare
    /// numbers glued to the word, and at each page's foot the notes' numbers, each on a line of its own, apart from
    /// their texts, which follow the page's number ("2/5"). With <paramref name="keepHyphens"/>, the same lines with
    /// each broken word's hyphen kept: what the reading order should have given, to measure what an import restores.
    /// </summary>
    public static string Flow(ResolutionDocument document, bool keepHyphens = false)
    {
        var (body, notes) = BodyAndNotes(document, MarkerConvention.Bare);

        // The text from the title on runs without blank lines; the header's blocks stand apart as the reading order sets them.
        var title = body.FindIndex(paragraph => DraftingKit.Import.TextAssembler.FormulaSubject(paragraph) is not null) - 1;
        var lines = new List<(string Text, List<int> Notes)>();
        for (var p = 0; p < body.Count; p++)
        {
            if (lines.Count > 0 && (title < 0 || p <= title))
            {
                lines.Add((string.Empty, new List<int>()));
            }

            if (p > title && body[p].Split('\n').Any(row => row.IndexOf('\t') >= 0))
            {
                foreach (var cell in TableInReadingOrder(body[p]))
                {
                    var referenced = new List<(int Offset, int Number)>();
                    lines.Add((Convert(cell, MarkerConvention.Bare, referenced), referenced.Select(r => r.Number).ToList()));
                }

                continue;
            }

            foreach (var line in body[p].Split('\n'))
            {
                var label = System.Text.RegularExpressions.Regex.Match(line, @"^(?:\d{1,3}\.|\((?:[a-z]{1,5}|\d{1,3})\))(?= )");
                if (label.Success && p > title)
                {
                    lines.Add((label.Value, new List<int>()));
                    lines.Add((string.Empty, new List<int>()));
                }

                var words = label.Success && p > title ? line.Substring(label.Length + 1) : line;
                var referenced = new List<(int Offset, int Number)>();
                var converted = Convert(words, MarkerConvention.Bare, referenced);
                var dropped = new HashSet<int>();
                var pieces = FlowWrap(converted, dropped);
                var joined = new string(converted.Select((c, i) => dropped.Contains(i) && !keepHyphens ? '\u0001' : c).ToArray());
                foreach (var (start, end) in pieces)
                {
                    lines.Add((joined.Substring(start, end - start).Replace("\u0001", string.Empty), referenced.Where(r => r.Offset >= start && r.Offset < end).Select(r => r.Number).ToList()));
                }
            }
        }

        // A number or label stands on the line of its text's first line in the PDF: no page ends between them.
        var starts = new List<int>();
        for (var start = 0; start < lines.Count;)
        {
            starts.Add(start);
            var cut = Math.Min(lines.Count, start + PageLines);
            while (cut < lines.Count && cut > start + 1 && (lines[cut - 1].Text.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(lines[cut - 1].Text, @"^(?:\d{1,3}\.|\((?:[a-z]{1,5}|\d{1,3})\))$")))
            {
                cut--;
            }

            start = cut;
        }

        var pageCount = starts.Count;
        var output = new StringBuilder();
        for (var page = 0; page < pageCount; page++)
        {
            if (page > 0)
            {
                output.Append('\f');
                if (document.Header.Symbol is { } symbol)
                {
                    output.Append(symbol).Append("\n\n");
                }
            }

            var onPage = lines.Skip(starts[page]).Take((page + 1 < pageCount ? starts[page + 1] : lines.Count) - starts[page]).ToList();
            foreach (var line in onPage)
            {
                output.Append(line.Text).Append('\n');
            }

            var referenced = onPage.SelectMany(line => line.Notes).Where(notes.ContainsKey).Distinct().ToList();
            output.Append('\n');
            foreach (var number in referenced)
            {
                output.Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            output.Append('\n').Append((page + 1).ToString(CultureInfo.InvariantCulture)).Append('/').Append(pageCount.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            foreach (var number in referenced)
            {
                foreach (var (start, end) in Wrap(notes[number]))
                {
                    output.Append(notes[number], start, end - start).Append('\n');
                }
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// A table as pdftotext's reading order gives a Word table laid out by LibreOffice: no tab and no row on a line, but
    /// the table column by column, each cell on lines of its own broken to its column's width, a blank line between the
    /// columns ("New post" / "New post" / "" / "Legal Officer" / "Treasurer" / "" / "P-3" / "P-3", A/RES/77/258); a row of
    /// one cell (a heading across the table) stands in the first column, broken to the page's width. pdftotext also
    /// parts a column into blocks where the rows' heights change; this prints one block a column.
    /// </summary>
    private static IEnumerable<string> TableInReadingOrder(string table)
    {
        var rows = table.Split('\n').Select(row => row.Split('\t')).ToList();
        var columns = rows.Max(row => row.Length);
        var columnWidth = Math.Max(12, Width / columns);
        for (var column = 0; column < columns; column++)
        {
            if (column > 0)
            {
                yield return string.Empty;
            }

            foreach (var row in rows)
            {
                if (column >= row.Length || row[column].Trim().Length == 0)
                {
                    continue;
                }

                var cell = row[column].Trim();
                foreach (var line in Broken(cell, row.Length == 1 ? Width : columnWidth))
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>The text broken greedily at spaces into lines of at most <paramref name="width"/> columns (a longer word stands alone).</summary>
    private static IEnumerable<string> Broken(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>
    /// Greedy breaks as <see cref="Wrap"/>, a word with a hyphen broken after it when the rest does not fit; the
    /// reading order joins such a line and the next without the hyphen: the piece runs on over the next line's
    /// words, and <paramref name="dropped"/> gets where the hyphen it drops stands.
    /// </summary>
    private static List<(int Start, int End)> FlowWrap(string line, HashSet<int> dropped)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        while (line.Length - start > Width)
        {
            var cut = line.LastIndexOf(' ', start + Width, Width);
            var hyphen = line.LastIndexOf('-', start + Width - 1, Width - 1);
            if (hyphen > cut && hyphen > start && char.IsLetter(line[hyphen - 1]) && hyphen + 1 < line.Length && char.IsLetter(line[hyphen + 1]))
            {
                // "seventy-" at the line's end and "second" on the next: the next line runs on after "seventysecond".
                var next = line.LastIndexOf(' ', Math.Min(line.Length - 1, hyphen + Width), Width);
                var end = line.Length - hyphen - 1 <= Width || next <= hyphen ? line.Length : next;
                dropped.Add(hyphen);
                pieces.Add((start, end));
                start = end == line.Length ? end : end + 1;
                continue;
            }

            if (cut <= start)
            {
                cut = line.IndexOf(' ', start + Width);
                if (cut < 0)
                {
                    break;
                }
            }

            pieces.Add((start, cut));
            start = cut + 1;
        }

        if (start < line.Length || pieces.Count == 0)
        {
            pieces.Add((start, line.Length));
        }

        return pieces;
    }

    private static IEnumerable<string> NoteLines(int number, string text, MarkerConvention markers)
    {
        var marker = markers switch
        {
            MarkerConvention.Superscript => Numerals.ToSuperscript(number),
            MarkerConvention.Sup => "<sup>" + number.ToString(CultureInfo.InvariantCulture) + "</sup>",
            MarkerConvention.Bracketed => "[" + number.ToString(CultureInfo.InvariantCulture) + "]",
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
        var line = marker + " " + text;
        foreach (var (start, end) in Wrap(line))
        {
            yield return line.Substring(start, end - start);
        }
    }

    /// <summary>The line with its superscript markers in the convention; <paramref name="referenced"/> gets where each stands.</summary>
    private static string Convert(string line, MarkerConvention markers, List<(int Offset, int Number)>? referenced)
    {
        var output = new StringBuilder();
        for (var i = 0; i < line.Length;)
        {
            if (SuperscriptValue(line[i]) is null)
            {
                output.Append(line[i]);
                i++;
                continue;
            }

            var value = 0;
            while (i < line.Length && SuperscriptValue(line[i]) is int digit)
            {
                value = (value * 10) + digit;
                i++;
            }

            referenced?.Add((output.Length, value));
            output.Append(markers switch
            {
                MarkerConvention.Superscript => Numerals.ToSuperscript(value),
                MarkerConvention.Sup => "<sup>" + value.ToString(CultureInfo.InvariantCulture) + "</sup>",
                MarkerConvention.Bracketed => "[" + value.ToString(CultureInfo.InvariantCulture) + "]",
                _ => value.ToString(CultureInfo.InvariantCulture),
            });
        }

        return output.ToString();
    }

    private static int? SuperscriptValue(char c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var index and >= 0 ? index : null;

    /// <summary>Greedy breaks at spaces so that no line is longer than <see cref="Width"/> (a longer word stands alone).</summary>
    private static IEnumerable<(int Start, int End)> Wrap(string line)
    {
        var start = 0;
        while (line.Length - start > Width)
        {
            var cut = line.LastIndexOf(' ', start + Width, Width);
            if (cut <= start)
            {
                cut = line.IndexOf(' ', start + Width);
                if (cut < 0)
                {
                    break;
                }
            }

            yield return (start, cut);
            start = cut + 1;
        }

        yield return (start, line.Length);
    }
}
