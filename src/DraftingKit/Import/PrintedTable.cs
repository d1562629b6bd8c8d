using System.Text.RegularExpressions;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Import;

/// <summary>
/// A table as plain text prints it: one row a line, its cells separated by tabs (UN text, Word read as text) or by
/// runs of three spaces or more (a PDF's text layer set out in columns). In the rows a Word table gives, a cell "&lt;"
/// continues the cell before it (a cell spanning columns) and a row of dashes closes the header rows, as a template
/// writes them (<see cref="TableHeaderRows"/>). Every cell keeps its text.
/// </summary>
internal static class PrintedTable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex SpaceRun = new(@"(?<=\S) {3,}(?=\S)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Dashes = new(@"^-{3,}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// Which of <paramref name="lines"/> are rows of a table: a line with a tab, or two lines or more one under another
    /// whose words stand in columns (a run of three spaces or more between them).
    /// </summary>
    public static bool[] Rows(IReadOnlyList<string> lines)
    {
        var rows = new bool[lines.Count];
        var columns = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            columns[i] = lines[i].Trim().Length > 0 && SpaceRun.IsMatch(lines[i].Trim());
        }

        for (var i = 0; i < lines.Count; i++)
        {
            rows[i] = (lines[i].IndexOf('\t') >= 0 && lines[i].Trim().Length > 0)
                || (columns[i] && ((i > 0 && columns[i - 1]) || (i + 1 < lines.Count && columns[i + 1])));
        }

        // A row of empty cells is a line of tabs alone: a row next to the table's other rows.
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            rows[i] |= lines[i].IndexOf('\t') >= 0 && rows[i + 1];
        }

        for (var i = 1; i < lines.Count; i++)
        {
            rows[i] |= lines[i].IndexOf('\t') >= 0 && rows[i - 1];
        }

        // A line between two rows with tabs is a row too: a cell spanning the table ("Department of Operational Support").
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            rows[i] |= lines[i].Trim().Length > 0 && rows[i - 1] && rows[i + 1] && lines[i - 1].IndexOf('\t') >= 0 && lines[i + 1].IndexOf('\t') >= 0;
        }

        return rows;
    }

    /// <summary>
    /// The columns of the table each row line stands in (the most cells a line of it has), 0 for other lines: a row
    /// broken to fit the page has fewer, and its two lines together make one row.
    /// </summary>
    public static int[] Columns(IReadOnlyList<string> lines, bool[] rows)
    {
        var columns = new int[lines.Count];
        for (var start = 0; start < lines.Count; start++)
        {
            if (!rows[start])
            {
                continue;
            }

            var end = start;
            var most = 0;
            while (end < lines.Count && rows[end])
            {
                most = Math.Max(most, CellCount(lines[end]));
                end++;
            }

            for (var i = start; i < end; i++)
            {
                columns[i] = most;
            }

            start = end - 1;
        }

        return columns;
    }

    /// <summary>
    /// A row line filled to the page's width goes on in the next line: words alone (its last cell broken), or the cells
    /// it lacks of the table's <paramref name="columns"/>.
    /// </summary>
    public static bool RowGoesOn(string row, string next, int columns)
    {
        var cells = CellCount(row);
        var more = CellCount(next);
        return more == 1 || (cells < columns && cells + more - 1 <= columns);
    }

    /// <summary>
    /// The rows a page's top holds of a table the page before began, without the header rows a page repeats: Word
    /// prints a table's header rows again at the top of each page it runs on ("Action | Title of post | Category/ level |
    /// Number" and the empty row under it, A/RES/77/258; "Section | Amount (United States dollars)", A/RES/75/254 A),
    /// and the text holds them once. The rows that repeat the table's first rows, cell for cell, from the page's top.
    /// </summary>
    public static IReadOnlyList<string> BelowRepeatedHeader(IReadOnlyList<string> above, IReadOnlyList<string> below)
    {
        // The page's first row may be gone already, read as the page's running line, as the same words at each page's top.
        for (var from = 0; from < 2; from++)
        {
            var repeated = 0;
            while (repeated < below.Count && from + repeated + 1 < above.Count && Cells(above[from + repeated]).SequenceEqual(Cells(below[repeated]), StringComparer.Ordinal))
            {
                repeated++;
            }

            if (repeated > 0 && Cells(above[0]).Any(cell => cell.Length > 0) && repeated < below.Count)
            {
                return below.Skip(repeated).ToList();
            }
        }

        return below;
    }

    /// <summary>
    /// The last row above a page's foot with the first row of the page's top run into it, where that row's cells all open
    /// in lower case under cells of that row: the page cut the row in its cells ("Least developed countries, landlocked
    /// developing countries and small island" / "developing States", A/RES/75/254 A), for no row opens in lower case.
    /// Null where the rows are rows of their own.
    /// </summary>
    public static string? CellGoesOn(IReadOnlyList<string> above, IReadOnlyList<string> below)
    {
        if (above.Count == 0 || below.Count == 0 || below[0].IndexOf('\t') < 0 || above[above.Count - 1].IndexOf('\t') < 0)
        {
            return null;
        }

        var cut = Cells(above[above.Count - 1]);
        var rest = Cells(below[0]);
        if (cut.Count != rest.Count || !rest.Any(cell => cell.Length > 0)
            || !rest.Select((cell, i) => cell.Length == 0 || (char.IsLower(cell[0]) && cut[i].Length > 0)).All(fits => fits))
        {
            return null;
        }

        return string.Join("\t", cut.Select((cell, i) => rest[i].Length == 0 ? cell : cell + LineJoin.Separator(cell, rest[i]) + rest[i]));
    }

    /// <summary>How many cells a printed row line holds.</summary>
    public static int CellCount(string line) => Cells(line).Count;

    /// <summary>True when the line alone reads as a table's row: words on either side of a tab.</summary>
    public static bool IsRow(string line) => line.Trim().IndexOf('\t') > 0;

    /// <summary>The text of the rows as one line of words, for the steps that read blocks by their words.</summary>
    public static string Words(IEnumerable<string> rows) =>
        string.Join(" ", rows.SelectMany(Cells).Where(cell => cell.Length > 0 && cell != TableHeaderRows.SpannedCell && !Dashes.IsMatch(cell)));

    /// <summary>The table the rows print.</summary>
    public static Table Read(IReadOnlyList<string> rows, SourceSpan span)
    {
        var read = new List<TableRow>();
        var header = 0;
        foreach (var row in rows)
        {
            var cells = Cells(row);
            if (cells.Count > 0 && cells.All(cell => Dashes.IsMatch(cell)))
            {
                header = read.Count;
                continue;
            }

            var texts = new List<InlineText>();
            var spans = new List<int>();
            foreach (var cell in cells)
            {
                if (cell == TableHeaderRows.SpannedCell && texts.Count > 0)
                {
                    spans[spans.Count - 1]++;
                    continue;
                }

                texts.Add(InlineParser.Parse(cell, span));
                spans.Add(1);
            }

            read.Add(new TableRow(EquatableArray.From(texts.ToArray()), false, span) { Spans = spans.Any(s => s > 1) ? EquatableArray.From(spans.ToArray()) : EquatableArray<int>.Empty });
        }

        for (var i = 0; i < header; i++)
        {
            read[i] = read[i] with { IsHeader = true };
        }

        return new Table(EquatableArray.From(read.ToArray()), span);
    }

    private static List<string> Cells(string row) =>
        (row.IndexOf('\t') >= 0 ? row.TrimEnd(' ').Split('\t') : SpaceRun.Split(row.Trim())).Select(cell => cell.Trim()).ToList();
}
