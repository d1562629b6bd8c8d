using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Puts back under its number or label the words that introduce a list, where a PDF's reading order printed them after
/// the page's number, as the page's last text: pdftotext gives the number over the list's first label, each alone, and
/// the paragraph's words, ending with the colon that introduces the list, after the whole page ("48." / "(a)" /
/// "Employment, entrepreneurship …" … "14/16" / "Encourages Governments, in cooperation with … on women’s:",
/// A/RES/77/181; "2." / "(a)" … "2/4" / "Also decides that:", A/RES/75/283; "(a)" / "(i)" … "2/14" / "To identify
/// further ways … with the primary focus on:", A/RES/77/335).
/// </summary>
/// <remarks>
/// A UN paragraph or item opens with its words, never with its list's first label: a number or label alone over
/// "(a)" or "(i)" lost its words. They are the page's last block of text, after its number, where that block opens
/// with words of its own (an operative lead under a paragraph's number) and ends with a colon; the page must hold one
/// such number or label alone, or the block goes nowhere. A paragraph whose words the page printed after its number
/// and before its list ("17." / "4/14" / "Underlines … and:" / "(a)", A/RES/77/335) has them in place already.
/// </remarks>
internal static class ChapeauAtFoot
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>An operative number or a list item's label alone: "12.", "(a)", "(iv)".</summary>
    private static readonly Regex LabelAlone = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex NumberAlone = new(@"^\d{1,3}\.$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A list's first label alone: "(a)", "(i)", "(1)".</summary>
    private static readonly Regex FirstLabel = new(@"^\((?:a|i|1)\)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line opening with a number or a label: "12.", "(b) To invite …".</summary>
    private static readonly Regex Labelled = new(@"^(?:\d{1,3}\.|\((?:[a-z]{1,5}|\d{1,3})\))(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that introduces a list, a raised note number after its colon as plain digits or not.</summary>
    private static readonly Regex Introduces = new(@":\d{0,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The lines with each page's last block of words that introduces a list moved under the number or label alone over
    /// that list's first label; <paramref name="opensOperative"/> tells a line that opens by an operative lead.
    /// </summary>
    public static string[] Restore(string[] lines, Func<string, bool> opensOperative)
    {
        var output = (string[])lines.Clone();
        var start = 0;
        for (var i = 1; i <= output.Length; i++)
        {
            if (i < output.Length && output[i].IndexOf('\f') < 0)
            {
                continue;
            }

            MovePageChapeau(output, start, i, opensOperative);
            start = i;
        }

        return output;
    }

    private static void MovePageChapeau(string[] lines, int start, int end, Func<string, bool> opensOperative)
    {
        var textEnd = end;
        for (var i = start; i < end; i++)
        {
            if (PageLayout.IsRule(Words(lines[i])))
            {
                textEnd = i;
                break;
            }
        }

        var number = -1;
        for (var i = textEnd - 1; i > start && number < 0; i--)
        {
            number = FlowingText.IsPageNumber(Words(lines[i])) ? i : -1;
        }

        if (number < 0 || Block(lines, number, textEnd) is not (int first, int last))
        {
            return;
        }

        var opening = Words(lines[first]);
        if (Labelled.IsMatch(opening) || !(char.IsLetter(opening[0]) || opening[0] is '“' or '"') || !Introduces.IsMatch(Words(lines[last])))
        {
            return;
        }

        var label = -1;
        for (var i = start; i < number; i++)
        {
            var words = Words(lines[i]);
            if (!LabelAlone.IsMatch(words) || Next(lines, i, number) is not int below || !FirstLabel.IsMatch(Words(lines[below])))
            {
                continue;
            }

            if (label >= 0 || (NumberAlone.IsMatch(words) && !opensOperative(opening)))
            {
                return;
            }

            label = i;
        }

        if (label < 0)
        {
            return;
        }

        // The block goes right under its label, a blank line before it where one stood before the block; the lines
        // between move down, so the page keeps its number of lines.
        var block = new List<string>();
        var between = Enumerable.Range(label + 1, first - label - 1).Select(index => lines[index]).ToList();
        if (between.Count > 0 && Words(between[between.Count - 1]).Length == 0)
        {
            between.RemoveAt(between.Count - 1);
            block.Add(string.Empty);
        }

        block.AddRange(Enumerable.Range(first, last - first + 1).Select(index => lines[index]));
        block.AddRange(between);
        for (var k = 0; k < block.Count; k++)
        {
            lines[label + 1 + k] = block[k];
        }
    }

    /// <summary>The first and last lines of the one block of words after the page's number, up to the page's notes; null where there are more or none.</summary>
    private static (int First, int Last)? Block(string[] lines, int number, int textEnd)
    {
        int first = -1, last = -1;
        for (var i = number + 1; i < textEnd; i++)
        {
            if (Words(lines[i]).Length == 0)
            {
                continue;
            }

            if (first >= 0 && last < i - 1)
            {
                return null;
            }

            first = first < 0 ? i : first;
            last = i;
        }

        return first < 0 ? null : (first, last);
    }

    /// <summary>The next line of words under line <paramref name="index"/>, past blank lines and the page's number, before <paramref name="end"/>.</summary>
    private static int? Next(string[] lines, int index, int end)
    {
        for (var i = index + 1; i < end; i++)
        {
            var words = Words(lines[i]);
            if (words.Length > 0 && !FlowingText.IsPageNumber(words))
            {
                return i;
            }
        }

        return null;
    }
}
