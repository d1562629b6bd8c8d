using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A table on a laid-out page (pdftotext <c>-layout</c>): its cells stand in columns, a run of three spaces or more
/// between them, and a cell too long for its column goes on in the lines below at the same column while the row's
/// other cells stay empty there. Read by its columns, a row is one line of tab-separated cells, as a table read as text
/// prints it (<see cref="PrintedTable"/>), whatever its first cell holds: a number ("1." / "Statement that the notice of
/// judicial sale is given" / "for the purposes of …", A/RES/77/100, annex I) is a cell there, not a paragraph's number,
/// for a hanging number's text stands a few letters after it, where a table's next column stands far off.
/// </summary>
internal static class LaidOutTable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A gap between two cells: three spaces or more.</summary>
    private static readonly Regex Gap = new(@" {3,}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A hanging number or label and the gap to its text: "6.     Also", "(a)    Notes", "75/1.          Declaration".
    /// </summary>
    private static readonly Regex HangingLabel = new(@"^(?:\d{1,3}\.|\d{1,4}/\d{1,4}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)(?<gap> +)(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The widest gap a hanging label leaves before its text: the title's number ("75/1.          Declaration on …")
    /// leaves ten columns, a paragraph's number seven at most; a table's next column stands further off.
    /// </summary>
    private const int WidestLabelGap = 10;

    /// <summary>A cell that holds a figure: a count, an amount, a number in brackets.</summary>
    private static readonly Regex Figure = new(@"^\(?[\d][\d ,.]*\)?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>How far a cell's line may stop short of the next column and still be broken there (the cells' margins, the letters' widths).</summary>
    private const int CellMargin = 8;

    /// <summary>
    /// A table found on a page: its lines from <see cref="Start"/> to before <see cref="End"/>, read as <see cref="Rows"/>;
    /// <see cref="Left"/> is the column its first cells stand at.
    /// </summary>
    public sealed record Found(int Start, int End, IReadOnlyList<string> Rows, int Left);

    /// <summary>
    /// The tables among <paramref name="lines"/> (a page's body): two lines or more whose cells stand in the same
    /// columns, with the lines between and after them whose words stand in those columns, each row read as one line of
    /// tab-separated cells.
    /// </summary>
    public static List<Found> Find(IReadOnlyList<string> lines)
    {
        var found = new List<Found>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Seed(lines, i) is not { } seed)
            {
                continue;
            }

            var (columns, end) = seed;
            while (end < lines.Count && Continues(lines, end, columns))
            {
                end++;
            }

            // A blank line the table closed with is the space after it, no empty row.
            while (end > i && lines[end - 1].Trim().Length == 0)
            {
                end--;
            }

            found.Add(new Found(i, end, Rows(lines, i, end, columns), columns[0]));
            i = end - 1;
        }

        return found;
    }

    /// <summary>
    /// The columns of a table whose first row line is <paramref name="i"/>, and where the lines read to find them end: a
    /// line of two cells or more with a line of cells in the same columns (two at least) among the next lines, the lines
    /// between them blank or a cell alone; null for none.
    /// </summary>
    private static (List<int> Columns, int End)? Seed(IReadOnlyList<string> lines, int i)
    {
        var first = Cells(lines[i]);
        if (!InColumns(lines[i], first))
        {
            return null;
        }

        var columns = first.Select(cell => cell.Column).ToList();
        for (var j = i + 1; j < lines.Count && j <= i + 8; j++)
        {
            var cells = Cells(lines[j]);
            if (InColumns(lines[j], cells) && cells.Count(cell => columns.Any(column => Math.Abs(column - cell.Column) <= 1)) >= 2)
            {
                foreach (var cell in cells.Where(cell => !columns.Any(column => Math.Abs(column - cell.Column) <= 1)))
                {
                    columns.Add(cell.Column);
                }

                columns.Sort();
                return (columns, j + 1);
            }

            if (lines[j].Trim().Length == 0)
            {
                continue;
            }

            // A cell alone between the two ("Part I. Overall policymaking," under "Section" and "Amount", A/RES/75/254 A)
            // stands in a column of its own, right of the table's first.
            if (cells.Count != 1 || cells[0].Column < columns[0] - 1 || HangingLabel.IsMatch(lines[j].TrimStart()))
            {
                return null;
            }

            if (!columns.Any(column => Math.Abs(column - cells[0].Column) <= 1))
            {
                columns.Add(cells[0].Column);
                columns.Sort();
            }
        }

        return null;
    }

    /// <summary>
    /// True when line <paramref name="j"/> goes on the table: its cells stand in its columns (a new row's, or a cell's
    /// further line that ends before the next column); a blank line where the line after it does (an empty row).
    /// </summary>
    private static bool Continues(IReadOnlyList<string> lines, int j, List<int> columns)
    {
        if (lines[j].Trim().Length == 0)
        {
            return j + 1 < lines.Count && lines[j + 1].Trim().Length > 0 && Cells(lines[j + 1]) is var below
                && Within(below, columns) && (InColumns(lines[j + 1], below) || ColumnOf(below[0].Column, columns) > 0);
        }

        var cells = Cells(lines[j]);
        if (!Within(cells, columns) || (cells.Count == 1 && HangingLabel.IsMatch(lines[j].TrimStart())))
        {
            return false;
        }

        if (InColumns(lines[j], cells))
        {
            // New cells further right widen the table.
            foreach (var cell in cells.Where(cell => !columns.Any(column => Math.Abs(column - cell.Column) <= 1)))
            {
                columns.Add(cell.Column);
            }

            columns.Sort();
        }

        return true;
    }

    /// <summary>True when every cell stands at one of <paramref name="columns"/> and ends before the next.</summary>
    private static bool Within(List<(int Column, string Text)> cells, List<int> columns) =>
        cells.Count > 0 && cells.All(cell =>
        {
            var k = columns.FindIndex(column => Math.Abs(column - cell.Column) <= 1);
            return k >= 0 && (k + 1 == columns.Count || cell.Column + cell.Text.Length < columns[k + 1]);
        });

    /// <summary>A line of two cells or more, not a hanging label with its text a few letters after it.</summary>
    private static bool InColumns(string line, List<(int Column, string Text)> cells)
    {
        if (cells.Count < 2)
        {
            return false;
        }

        // A label that is a cell of its own ("4." / "Endorses …") with its text a few letters on is a paragraph's; a label
        // that opens a cell's words ("1. Income from staff assessment   283 437 900", A/RES/75/254 B) is the cell's.
        var label = HangingLabel.Match(line.TrimStart());
        return !label.Success || label.Length < cells[0].Text.Length || label.Groups["gap"].Length > WidestLabelGap;
    }

    /// <summary>The rows of lines <paramref name="start"/> to <paramref name="end"/>, one line of tab-separated cells each.</summary>
    private static List<string> Rows(IReadOnlyList<string> lines, int start, int end, List<int> columns)
    {
        var rows = new List<string?[]>();
        var right = Enumerable.Range(start, end - start).Max(j => lines[j].TrimEnd().Length);
        List<(int Column, string Text)>? above = null;
        HashSet<int>? opened = null;
        for (var j = start; j < end; j++)
        {
            if (lines[j].Trim().Length == 0)
            {
                rows.Add(new string?[columns.Count]);
                above = null;
                continue;
            }

            var cells = Cells(lines[j]).Select(cell => (Column: ColumnOf(cell.Column, columns), cell.Text)).ToList();
            if (above is null || opened is null || !GoesOn(above, cells, opened, columns, right))
            {
                rows.Add(new string?[columns.Count]);
                opened = new HashSet<int>(cells.Select(cell => cell.Column));
            }

            var row = rows[rows.Count - 1];
            foreach (var (column, text) in cells)
            {
                row[column] = row[column] is { } before ? before + (before.EndsWith("/", StringComparison.Ordinal) ? string.Empty : LineJoin.Separator(before, text)) + text : text;
            }

            above = cells;
        }

        return rows.Select(row => string.Join("\t", row.Select(cell => cell ?? string.Empty))).ToList();
    }

    /// <summary>
    /// True when <paramref name="cells"/> go on the row above: each stands under a cell of the line above that was
    /// broken there (the cell's next word would not have fitted before the next column), and, where the row's first
    /// line filled more than one column, some column it filled stays empty, as a row's one-line cells (its number, its
    /// amount) do on its further lines ("Redeployment (from" / "executive direction", A/RES/75/246).
    /// </summary>
    private static bool GoesOn(List<(int Column, string Text)> above, List<(int Column, string Text)> cells, HashSet<int> opened, List<int> columns, int right)
    {
        if (opened.Count > 1 && opened.All(column => cells.Any(cell => cell.Column == column)))
        {
            return false;
        }

        return cells.All(cell =>
        {
            var over = above.FindIndex(a => a.Column == cell.Column);
            if (over < 0 || Figure.IsMatch(above[over].Text))
            {
                // A figure ("1", "27", "6 609 300", "(1)") is a cell of one line: words under it are the next row's.
                return false;
            }

            var limit = cell.Column + 1 < columns.Count ? columns[cell.Column + 1] : right;
            var word = cell.Text.IndexOf(' ') is var space && space > 0 ? space : cell.Text.Length;
            return columns[cell.Column] + above[over].Text.Length + 1 + word > limit - CellMargin;
        });
    }

    /// <summary>Which of <paramref name="columns"/> a cell starting at <paramref name="at"/> stands in.</summary>
    private static int ColumnOf(int at, List<int> columns)
    {
        var k = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] <= at + 1)
            {
                k = i;
            }
        }

        return k;
    }

    /// <summary>The cells of a line: its words between gaps of three spaces or more, each with its column.</summary>
    private static List<(int Column, string Text)> Cells(string line)
    {
        var cells = new List<(int, string)>();
        var trimmed = line.TrimEnd();
        var at = trimmed.Length - trimmed.TrimStart().Length;
        while (at < trimmed.Length)
        {
            var gap = Gap.Match(trimmed, at);
            var stop = gap.Success ? gap.Index : trimmed.Length;
            cells.Add((at, trimmed.Substring(at, stop - at)));
            at = gap.Success ? gap.Index + gap.Length : trimmed.Length;
        }

        return cells;
    }
}
