using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// A table in a PDF's reading order (pdftotext without <c>-layout</c>), which prints a Word table cell by cell and
/// column by column, in blocks of short lines between blank lines: "Action" / "Title of post" / "Category/ level" /
/// "Number" / "New post" "New post" "New post" / "Legal Officer" "Treasurer" "Benefits Officer" / "P-3" … (A/RES/77/258,
/// under "35. Approves the changes to the staffing table as set out in the table below:"). No row can be read from that
/// print; read as paragraphs, the cells ran into the paragraph that announced the table, stood as headings of the
/// operative part and ran into the text under the table, and the paragraph's number that follows the table, which the
/// reading order gives among the first column's cells ("30" … "36" / "2." / "Amount (United States dollars)", A/RES/77/264
/// A), took a cell for its text. A table stands where a paragraph's colon announces it, or under a lettered heading of
/// its own ("B. Office of Investment Management"), and runs on in lines no longer than a narrow column's and opening no
/// paragraph by their words, until a line of the text's width or a paragraph's opening; a number alone among the cells
/// with cells under it is the next paragraph's, and goes to the first line of text after the table. The cells are kept
/// as a table, one printed line a row in the order read, so that the table stays where it is printed, its words all
/// there and none of them read as the text's; its rows the drafter sets again from the PDF.
/// </summary>
internal static class FlowingTable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A lettered heading over a table: "A. Pension Administration", "B. Office of Investment Management".</summary>
    private static readonly Regex Lettered = new(@"^[A-Z]\.\s+\p{Lu}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A paragraph's number alone on its line: "2.".</summary>
    private static readonly Regex NumberAlone = new(@"^\d{1,3}\.$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A figure in brackets, a table's negative amount ("(1)", "(2)", A/RES/75/246), which reads as a label alone.</summary>
    private static readonly Regex BracketedFigure = new(@"^\(\d[\d ,.]*\)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A page's number as the reading order prints it: "2/4".</summary>
    private static readonly Regex PageNumber = new(@"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The fewest cells a table read so holds: fewer are a short list's lines, as a paragraph's own.</summary>
    private const int FewestCells = 8;

    /// <summary>The fewest blocks (a column's cells between blank lines) a table read so holds: a header row alone has four.</summary>
    private const int FewestBlocks = 3;

    /// <summary>
    /// The widest a cell's line is, as a share of the text's full line: a table of three or four columns breaks its
    /// cells at a third of the page or less ("United Nations system support", "Redeployment from the Business").
    /// </summary>
    private const double CellShare = 0.45;

    /// <summary>
    /// The lines with each table read as rows of one cell spanning the table (a cell, a tab and the spanned cell's mark),
    /// the table's blank lines, page furniture and notes after its rows, and a paragraph's number found among its cells
    /// put on the first line of text after it; the lines' count is kept.
    /// </summary>
    /// <param name="lines">The text's lines in reading order, each page's notes gathered at its foot.</param>
    /// <param name="opens">True for a line whose words open a paragraph (a lead, a number, a label, the formula).</param>
    /// <param name="width">The text's full line, in characters.</param>
    public static string[] Read(string[] lines, Func<string, bool> opens, int width)
    {
        var cellWidth = (int)(width * CellShare);
        var output = lines;
        for (var i = 0; i < output.Length; i++)
        {
            var words = Words(output[i]);
            var colon = words.EndsWith(":", StringComparison.Ordinal);
            if (!colon && !IsLetteredHeading(words, cellWidth * 2))
            {
                continue;
            }

            if (Region(output, i + 1, opens, cellWidth, colon) is not { } region)
            {
                continue;
            }

            output = output == lines ? (string[])lines.Clone() : output;
            Write(output, region);
            i = region.End - 1;
        }

        return output;
    }

    /// <summary>A table's lines: its cells, the lines between them kept as they are, a number found among them, where it ends.</summary>
    private sealed record Found(int Start, int End, List<int> Cells, List<int> Kept, int? Heading, int? Number, int? NumberGoesTo);

    /// <summary>The table that opens after line <paramref name="start"/>'s announcement; null where none does.</summary>
    private static Found? Region(string[] lines, int start, Func<string, bool> opens, int cellWidth, bool colon)
    {
        var cells = new List<int>();
        var kept = new List<int>();
        var blocks = 0;
        var afterBlank = true;
        int? number = null;
        int? heading = null;
        var inNotes = false;
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            var words = Words(line);
            if (line.IndexOf('\f') >= 0)
            {
                inNotes = false;
            }

            if (words.Length == 0)
            {
                afterBlank = true;
                kept.Add(i);
                continue;
            }

            // The page's foot and the next page's head: its number, its notes under their rule, the running header.
            if (inNotes || PageLayout.IsRule(words) || PageNumber.IsMatch(words) || line.IndexOf('\f') >= 0)
            {
                inNotes |= PageLayout.IsRule(words);
                kept.Add(i);
                continue;
            }

            if (cells.Count == 0 && colon && heading is null && IsLetteredHeading(words, cellWidth * 2))
            {
                // The table's own heading under the paragraph that announces it stands apart, as a line of its own.
                heading = i;
                afterBlank = true;
                continue;
            }

            if (NumberAlone.IsMatch(words) && number is null && cells.Count > 0 && NextWords(lines, i) is int below && IsCell(Words(lines[below]), opens, cellWidth))
            {
                // The next paragraph's number, set at the margin where the table's first column stands.
                number = i;
                continue;
            }

            if (!IsCell(words, opens, cellWidth) && !(cells.Count > 0 && LeadLikeCell(lines, i, cellWidth)))
            {
                break;
            }

            blocks += afterBlank ? 1 : 0;
            afterBlank = false;
            cells.Add(i);
        }

        // The blank lines and the page's foot after the last cell are the text's, not the table's.
        kept.RemoveAll(index => index >= (cells.Count > 0 ? cells[cells.Count - 1] : start));
        if (cells.Count < FewestCells || blocks < FewestBlocks)
        {
            return null;
        }

        // The number goes to the text after the table, where that text opens by no words of its own.
        int? goesTo = null;
        if (number is not null)
        {
            if (i < lines.Length && !opens(Words(lines[i])) && lines[i].IndexOf('\f') < 0)
            {
                goesTo = i;
            }
            else
            {
                cells.Add(number.Value);
                cells.Sort();
                number = null;
            }
        }

        return new Found(start, cells[cells.Count - 1] + 1, cells, kept, heading, number, goesTo);
    }

    /// <summary>
    /// Writes the table over its lines: its heading apart, its rows, a blank line, then the page's furniture and notes
    /// it held in their order, blank lines for the rest; the number found among its cells goes to the text after it.
    /// </summary>
    private static void Write(string[] lines, Found table)
    {
        var size = table.End - table.Start;
        var kept = table.Kept.Where(index => index < table.End && Words(lines[index]).Length > 0).ToList();
        var heading = table.Heading is int at ? lines[at] : null;
        var furniture = kept.Select(index => lines[index]).ToList();
        var rows = table.Cells.Select(index => Words(lines[index]) + "\t" + Templates.TableHeaderRows.SpannedCell).ToList();

        // The blank lines set the heading and the rows apart where the lines' count leaves room for them.
        var room = size - rows.Count - furniture.Count - (heading is null ? 0 : 1);
        var written = new List<string>(size);
        if (heading is not null)
        {
            if (room-- > 0)
            {
                written.Add(string.Empty);
            }

            written.Add(heading);
            if (room-- > 0)
            {
                written.Add(string.Empty);
            }
        }

        written.AddRange(rows);
        if (furniture.Count > 0 && room-- > 0)
        {
            written.Add(string.Empty);
        }

        written.AddRange(furniture);
        while (written.Count < size)
        {
            written.Add(string.Empty);
        }

        var numberText = table.Number is int number ? Words(lines[number]) : null;
        for (var i = 0; i < size; i++)
        {
            lines[table.Start + i] = written[i];
        }

        if (numberText is not null && table.NumberGoesTo is int goesTo)
        {
            lines[goesTo] = numberText + " " + Words(lines[goesTo]);
        }
    }

    /// <summary>A table's cell: a line no wider than a column, opening no paragraph by its words.</summary>
    private static bool IsCell(string words, Func<string, bool> opens, int cellWidth) =>
        words.Length <= cellWidth && (!opens(words) || BracketedFigure.IsMatch(words)) && !Lettered.IsMatch(words);

    /// <summary>
    /// True when line <paramref name="index"/>, which opens as a paragraph does by a word of its own ("Peacekeeping
    /// operations", a participle over a word in lower case, A/RES/77/264 A), is a cell among the table's: it ends no
    /// unit and the line after it is a cell's too, where a paragraph's first line, short, would be the whole paragraph
    /// and end its unit, or run on in a line of the text's width.
    /// </summary>
    private static bool LeadLikeCell(string[] lines, int index, int cellWidth)
    {
        var words = Words(lines[index]);
        return words.Length <= cellWidth && char.IsLetter(words[0]) && !FlowingText.EndsUnit(words) && !Lettered.IsMatch(words)
            && NextWords(lines, index) is int next && Words(lines[next]).Length <= cellWidth;
    }

    /// <summary>A lettered heading's line: "A. Pension Administration", short, without a unit's punctuation.</summary>
    private static bool IsLetteredHeading(string words, int most) =>
        Lettered.IsMatch(words) && words.Length <= most && !FlowingText.EndsUnit(words);

    /// <summary>The next line with words after <paramref name="index"/>, on the same page; null where none is.</summary>
    private static int? NextWords(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (lines[i].IndexOf('\f') >= 0)
            {
                return null;
            }

            if (Words(lines[i]).Length > 0)
            {
                return i;
            }
        }

        return null;
    }
}
