using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A lettered line over a table on a laid-out page ("A. Pension Administration" over the staffing table under "43.
/// Approves the changes to the staffing table as set out in the table below:"). The UN's files mark the same words both
/// ways, a point of the paragraph (A/RES/76/246, 77/258) or a heading (A/RES/75/246), and print them apart: a point
/// stands in at the paragraph's text column, right of where the table's first cells stand; a heading stands at the
/// margin, where the table starts or left of it. The words alone cannot tell (a plain text reads a point, as most files
/// have it); the layout can, and a heading it shows is marked with the extraction syntax's heading mark ("## ").
/// </summary>
internal static class TableHeading
{
    /// <summary>A designation's letter and a title in capitals: "A. Pension Administration", "B. Office of Investment Management".</summary>
    private static readonly Regex Lettered = new(@"^[A-Z]\. +\p{Lu}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Marks the paragraph that ends <paramref name="output"/> (a page's lines read so far) as a heading where it is one
    /// lettered line without closing punctuation that stands at or left of <paramref name="left"/>, the column of the
    /// table's first cells under it.
    /// </summary>
    public static void Mark(List<string> output, int left)
    {
        var last = output.Count - 1;
        while (last >= 0 && output[last].Trim().Length == 0)
        {
            last--;
        }

        if (last < 0 || (last > 0 && output[last - 1].Trim().Length > 0))
        {
            return;
        }

        var line = output[last];
        var words = line.Trim();
        var indent = line.Length - line.TrimStart(' ').Length;
        if (Lettered.IsMatch(words) && indent <= left && !(words[words.Length - 1] is '.' or ',' or ';' or ':'))
        {
            output[last] = new string(' ', indent) + "## " + words;
        }
    }
}
