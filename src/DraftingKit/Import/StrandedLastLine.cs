using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// A paragraph's last line that a PDF's reading order reads before the paragraph. pdftotext reads a paragraph of two
/// lines, its first set in and its last short at the margin, as two blocks and may give the short one first, under
/// the paragraph above: "… decision 57/573 of" / "20 December 2002," / "2022," / "Recalling also its resolutions …
/// and 76/235 B of 29 June" / "Having considered, …" (A/RES/77/253). The words say where it belongs: a paragraph that
/// opens with its lead stops mid-sentence right before the next paragraph opens, on the same page, and the line just
/// above it ends its unit, opens nothing of its own and is shorter than that paragraph's first line, under a line
/// that ended a unit too; pdftotext sets the cut line apart as a block of its own, with a blank line over and under
/// it (a line a sentence wrapped onto a lead's word, "… the Assembly" / "Decides …", has none). The short line moves
/// under the cut line, the lines' count kept.
/// </summary>
internal static class StrandedLastLine
{
    /// <summary>The lines with each stranded last line moved under its paragraph's first line.</summary>
    /// <param name="lines">The text's lines in reading order.</param>
    /// <param name="opens">True for a line whose words open a paragraph (a lead, a number, a label, the formula).</param>
    public static string[] Restore(string[] lines, Func<string, bool> opens)
    {
        var output = lines.ToList();
        for (var i = 1; i < output.Count; i++)
        {
            var first = Words(output[i]);
            if (first.Length == 0 || output[i].IndexOf('\f') >= 0 || FlowingText.EndsUnit(first) || !opens(first)
                || Nearest(output, i, +1) is not int next || next == i + 1 || !opens(Words(output[next]))
                || Nearest(output, i, -1) is not int stray || stray == i - 1 || Nearest(output, stray, -1) is not int above)
            {
                continue;
            }

            var last = Words(output[stray]);
            if (FlowingText.EndsUnit(last) && !opens(last) && last.Length < first.Length && FlowingText.EndsUnit(Words(output[above])))
            {
                var line = output[stray];
                output.RemoveAt(stray);
                output.Insert(i, line);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The lines, their notes gathered under each page's rule (<see cref="FlowingNotes"/>), with each stranded last line
    /// moved under its paragraph's first line where the line above it or the paragraph after it stands on another page:
    /// "… 12 December 2021, in accordance with the Nouméa Accord," / the page's notes / "2019," / "Recalling the
    /// successful conduct … on 12 May" / "Recalling also …" (A/RES/77/142), "… including for energy and food security," /
    /// "75/7,1" / "Taking note of the report … pursuant to resolution" / the page's notes / "1." (A/RES/77/19). The short
    /// line and the paragraph's first line stand on one page, as one paragraph's lines do; the page's running header,
    /// number and notes are no lines of the text.
    /// </summary>
    public static string[] RestoreAcrossPages(string[] lines, Func<string, bool> opens)
    {
        var output = lines.ToList();
        var text = TextLines(output);
        for (var p = 1; p + 1 < text.Count; p++)
        {
            int stray = text[p - 1], first = text[p], next = text[p + 1];
            var above = p >= 2 ? text[p - 2] : (int?)null;
            var crosses = above is null || PageBreakBetween(output, above.Value, stray) || PageBreakBetween(output, first, next);
            var cut = Words(output[first]);
            var last = Words(output[stray]);
            if (!crosses || PageBreakBetween(output, stray, first) || first - stray < 2 || next - first < 2
                || FlowingText.EndsUnit(cut) || !opens(cut) || !opens(Words(output[next]))
                || !FlowingText.EndsUnit(last) || opens(last) || last.Length >= cut.Length
                || (above is int line && !FlowingText.EndsUnit(Words(output[line]))))
            {
                continue;
            }

            var moved = output[stray];
            output.RemoveAt(stray);
            output.Insert(first, moved);
            text = TextLines(output);
        }

        return output.ToArray();
    }

    /// <summary>The indexes of the text's lines with words: not a page's running header, number, rule or notes under it.</summary>
    private static List<int> TextLines(List<string> lines)
    {
        var text = new List<int>();
        var inNotes = false;
        var headed = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IndexOf('\f') >= 0)
            {
                inNotes = false;
                headed = false;
            }

            var words = Words(lines[i]);
            if (words.Length == 0)
            {
                continue;
            }

            if (PageLayout.IsRule(words))
            {
                inNotes = true;
            }

            // A page's running header: its first line, a symbol of no small letter ("A/RES/77/142").
            var header = !headed && words.IndexOf('/') > 0 && !words.Any(char.IsLower);
            headed = true;
            if (!inNotes && !header && !FlowingText.IsPageNumber(words))
            {
                text.Add(i);
            }
        }

        return text;
    }

    /// <summary>True when a page's break stands after line <paramref name="from"/> up to line <paramref name="to"/>.</summary>
    private static bool PageBreakBetween(List<string> lines, int from, int to)
    {
        for (var i = from + 1; i <= to; i++)
        {
            if (lines[i].IndexOf('\f') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest line with words from <paramref name="index"/> in <paramref name="step"/>'s direction on the same page; null past a page's break.</summary>
    private static int? Nearest(List<string> lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[step > 0 ? i : i + 1].IndexOf('\f') >= 0)
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
