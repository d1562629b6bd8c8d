using System.Text.RegularExpressions;

namespace DraftingKit.Templates;

/// <summary>
/// How a template marks a table's header rows where a pipe table's single header line cannot: the UN's budget
/// tables set two or three header rows (the last an empty spacer), and some tables have none. Rows between the
/// delimiter line and a second row of dashes (<c>| --- | --- |</c>) are header rows too; a first line with every
/// cell empty and no such rule after it stands for no header row; a cell of a lone "&lt;" widens the cell before it
/// by a column (a colspan). Writer and reader share these definitions.
/// </summary>
internal static class TableHeaderRows
{
    /// <summary>A cell that only holds this continues the cell before it: that cell spans one more column.</summary>
    public const string SpannedCell = "<";

    /// <summary>One cell of a rule row as written: dashes with an optional alignment colon on either side.</summary>
    private static readonly Regex RuleCell = new(@"^\s*:?-+:?\s*$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    /// <summary>True when every cell of a row, as written in the template, is a run of dashes: the row ends the header.</summary>
    public static bool IsRule(IReadOnlyList<string> writtenCells)
    {
        if (writtenCells.Count == 0)
        {
            return false;
        }

        foreach (var cell in writtenCells)
        {
            if (!RuleCell.IsMatch(cell))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every cell of a row, as written, is blank: a header line that stands for no header row.</summary>
    public static bool IsBlank(IReadOnlyList<string> writtenCells)
    {
        foreach (var cell in writtenCells)
        {
            if (cell.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
