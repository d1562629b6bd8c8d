using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Undoes the page layout of a text taken from a PDF: the pages (cut by form feeds) lose their furniture (the
/// running header with the symbol, the job number, "3/12"), and a paragraph that runs over a page break is made
/// whole again by moving the page's notes after it. Line breaks are judged by the page width: a line that ends
/// where the next word would not have fitted was broken by the page, not by the writer.
/// </summary>
internal static class PageLayout
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A page number ("3/12", "- 3 -", "Page 3") or a job number ("20-15678", "20-15678 (E) 031220").</summary>
    private static readonly Regex FurnitureShape = new(@"^(?:\d{1,4}/\d{1,4}|-\s?\d{1,4}\s?-|Page \d{1,4}(?: of \d{1,4})?|\d{2}-\d{5}(?:\s?\([A-Z]\))?(?:\s+\S+){0,2})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The lines at each edge of a page where its furniture stands (three at most, <see cref="Strip"/>, and one more).</summary>
    private const int EdgeLines = 4;

    /// <summary>A rule line above the notes of a page ("____").</summary>
    private static readonly Regex RuleLine = new(@"^_{3,}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A hanging number or label and the gap of two spaces or more the layout sets after it.</summary>
    private static readonly Regex HangingGap = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")\s{2,}(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The text with its form feeds and page furniture gone (a text without form feeds is one page), line for
    /// line so that diagnostics keep the source's lines:
    /// furniture lines become blank, and one of them at each page boundary a "---" page break.
    /// </summary>
    public static string Join(string text)
    {
        var lines = text.Split('\n').ToList();
        var starts = new List<int> { 0 };
        for (var i = 0; i < lines.Count; i++)
        {
            var feed = lines[i].IndexOf('\f');
            if (feed >= 0)
            {
                // A form feed opens the page of the line it stands on, unless text comes before it on that line.
                starts.Add(lines[i].Substring(0, feed).Trim().Length == 0 ? i : i + 1);
                lines[i] = lines[i].Replace("\f", string.Empty);
            }
        }

        starts = starts.Distinct().Where(start => start < lines.Count).ToList();
        var pages = new List<(int Start, int End)>();
        for (var p = 0; p < starts.Count; p++)
        {
            pages.Add((starts[p], p + 1 < starts.Count ? starts[p + 1] : lines.Count));
        }

        var repeated = RepeatedLines(lines, pages);
        for (var p = 0; p < pages.Count; p++)
        {
            var (start, end) = pages[p];
            // The top of the first page is the masthead, which prints the symbol the running header repeats.
            var top = p > 0 ? Strip(lines, start, end, repeated, fromTop: true) : -1;
            var bottom = Strip(lines, start, end, repeated, fromTop: false);
            if (pages.Count == 1)
            {
                // Without form feeds only the foot of the text is looked at, for a page number or job number.
                break;
            }

            var mark = p > 0 ? top : -1;
            if (mark < 0 && p + 1 < pages.Count)
            {
                mark = bottom;
            }

            if (mark >= 0)
            {
                lines[mark] = "---";
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// The width the text was set to, when its lines were broken to fit one (many lines end near the same length):
    /// the longest length that two more lines come within ten characters of. A line or two longer than all the others
    /// (the agenda's "[on the report of the … Committee (A/76/413, para. 8)]" set in the margin's width) are no measure
    /// of the text's. Null for a text with a paragraph a line, whose lengths gather nowhere.
    /// </summary>
    public static int? WidthOf(IEnumerable<string> lines) => Gathering(lines.Select(TextLength));

    /// <summary>
    /// A line's length from where its words run: past the gap a layout sets after a hanging number or label
    /// ("11.     Stresses that, …", whose further lines start at the text's column), for the gap is the margin's,
    /// not the measure's; the whole line where one space follows the number, as a flowing text sets it.
    /// </summary>
    private static int TextLength(string line)
    {
        var trimmed = line.Trim();
        return HangingGap.Match(trimmed) is { Success: true } hanging ? trimmed.Length - hanging.Length : trimmed.Length;
    }

    /// <summary>
    /// Where a laid-out page's lines end, counted from the page's left edge (indents included): the right edge its full
    /// lines gather at, read as <see cref="WidthOf"/> reads a width. A running header or a page number set at the right
    /// margin in its own type (pdftotext <c>-layout</c> prints "A/RES/77/289" past the text's edge) is no measure of it.
    /// </summary>
    public static int? RightEdgeOf(IEnumerable<string> lines) => Gathering(lines.Select(line => line.Trim().Length > 0 ? line.TrimEnd().Length : 0));

    /// <summary>The longest of <paramref name="lengths"/> that two more come within ten characters of, past a few outliers.</summary>
    private static int? Gathering(IEnumerable<int> lengths)
    {
        var gathered = lengths.Where(length => length > 0).ToList();
        if (gathered.Count < 5)
        {
            return null;
        }

        // A few lines may stand out; where many do, the text was not broken to a width (a paragraph a line).
        gathered.Sort();
        var outliers = Math.Max(2, gathered.Count / 50);
        for (var i = gathered.Count - 1; i >= 2 && i >= gathered.Count - 1 - outliers; i--)
        {
            var width = gathered[i];
            if (width < 40)
            {
                return null;
            }

            if (width <= 200 && gathered[i - 2] >= width - 10)
            {
                return width;
            }
        }

        return null;
    }

    /// <summary>
    /// The lines of the pages' text without the notes at their feet (under a rule line, to the page's break): notes are
    /// set in smaller type, so their full lines are longer than the text's and would hide its width.
    /// </summary>
    public static IEnumerable<string> TextLines(IEnumerable<string> lines)
    {
        var notes = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            notes = IsRule(trimmed) || (notes && trimmed != "---" && line.IndexOf('\f') < 0);
            if (!notes)
            {
                yield return line;
            }
        }
    }

    /// <summary>True when <paramref name="line"/> ends only because the first word of <paramref name="next"/> did not fit.</summary>
    public static bool IsSoftBreak(string line, string next, int width)
    {
        var trimmed = next.TrimStart();
        var space = trimmed.IndexOf(' ');
        var word = space < 0 ? trimmed.Length : space;
        return line.Trim().Length + 1 + word > width - 3;
    }


    public static bool IsRule(string line) => RuleLine.IsMatch(line.Trim());

    /// <summary>
    /// Short lines that stand at the top or the foot of half the pages or more: a running header. A line of the text
    /// that recurs (the "* * *" between the parts of a declaration, 75/1) counts only where it stands at a page's edge,
    /// which it does by chance on a page or two, never as furniture does.
    /// </summary>
    private static HashSet<string> RepeatedLines(List<string> lines, List<(int Start, int End)> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end) in pages)
        {
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            var filled = Enumerable.Range(start, end - start).Where(i => lines[i].Trim().Length > 0).ToList();
            foreach (var i in filled.Take(EdgeLines).Concat(filled.Skip(Math.Max(0, filled.Count - EdgeLines))))
            {
                if (lines[i].Trim().Length <= 80)
                {
                    shapes.Add(lines[i].Trim());
                }
            }

            foreach (var shape in shapes)
            {
                counts[shape] = counts.TryGetValue(shape, out var count) ? count + 1 : 1;
            }
        }

        var threshold = Math.Max(2, pages.Count / 2);
        return new HashSet<string>(counts.Where(pair => pair.Value >= threshold).Select(pair => pair.Key), StringComparer.Ordinal);
    }


    /// <summary>Blanks up to three furniture lines at the top or the foot of a page; the index of the one nearest the boundary, or -1.</summary>
    private static int Strip(List<string> lines, int start, int end, HashSet<string> repeated, bool fromTop)
    {
        var nearest = -1;
        var removed = 0;
        for (var k = 0; k < end - start && removed < 3; k++)
        {
            var i = fromTop ? start + k : end - 1 - k;
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (EndsSentence(trimmed) || !(FurnitureShape.IsMatch(trimmed) || (trimmed.Length <= 80 && repeated.Contains(trimmed))))
            {
                break;
            }

            lines[i] = string.Empty;
            nearest = nearest < 0 ? i : nearest;
            removed++;
        }

        return nearest;
    }

    private static bool EndsSentence(string text) => text[text.Length - 1] is ',' or ';' or ':' or '.';


}
