using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Puts back on their texts the operative numbers that a PDF's reading order stacks in the margin: where a page
/// printed a paragraph's number beside a text that begins with a list ("6." / "(a)" / "continue to …"), or two
/// paragraphs' numbers beside each other's first lines ("5." / "6." / "Encourages …"), pdftotext gives the numbers
/// one under the other, each without its text. The numbers of such a stack go, in order, to the next paragraphs that
/// open by an operative lead without a number of their own ("Encourages …", then after the list "Decides …").
/// </summary>
/// <remarks>
/// A number is stacked when the next line with words under it is another label alone (a page's number between
/// says nothing): UN paragraphs open with their lead, so a number over a label never has text of its own there. A
/// list item's label in the stack keeps its place, over its own text. A number taken from the stack opens only a
/// line whose lead opens a paragraph after a line that closed a unit, so a lead word a sentence wrapped onto a line
/// ("… and" / "Requests …") takes none. A stack none of whose numbers found a text before the next numbered paragraph
/// (or the end) numbered a paragraph that opens with its list ("11." / "(a)" / "Expresses concern …", S/RES/2592
/// (2021); "58." / "(a)" / "Requests the Secretary-General to report …", S/RES/2605 (2021)): its numbers stand back
/// where they were printed, each a paragraph whose words are its items.
/// </remarks>
internal static class FlowingStackedNumbers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex NumberAlone = new(@"^\d{1,3}\.$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A label alone: an operative number or a list item's label ("12.", "(a)", "(iv)").</summary>
    private static readonly Regex LabelAlone = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line opening with an operative number and its text: "12. Requests".</summary>
    private static readonly Regex NumberOpens = new(@"^\d{1,3}\.\s", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex PageNumber = new(@"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The lines with each stacked operative number moved onto the text it numbers (its place left blank, so the text
    /// keeps its number of lines); <paramref name="opensOperative"/> tells a line that opens by an operative lead.
    /// </summary>
    public static string[] Spread(string[] lines, Func<string, bool> opensOperative)
    {
        var output = (string[])lines.Clone();
        var stack = new Queue<string>();
        var stacked = new List<int>();
        var introduced = false;
        var previous = string.Empty;
        for (var i = 0; i < output.Length; i++)
        {
            var words = Words(output[i]);
            if (words.Length == 0 || PageNumber.IsMatch(words))
            {
                continue;
            }

            if (NumberAlone.IsMatch(words) && NextWords(output, i) is { } below && LabelAlone.IsMatch(below))
            {
                if (stack.Count == 0)
                {
                    // Under a colon, the label below is the list that colon introduced, not the number's own.
                    introduced = previous.TrimEnd().EndsWith(":", StringComparison.Ordinal);
                }

                stack.Enqueue(words);
                stacked.Add(i);
                output[i] = output[i].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                previous = words;
                continue;
            }

            if (stack.Count > 0 && NumberAlone.IsMatch(words) && NextWords(output, i) is { } text && !LabelAlone.IsMatch(text) && NumberAlone.IsMatch(previous))
            {
                // The stack's last number, over the first paragraph's text: that text is the stack's first number's.
                stack.Enqueue(words);
                stacked.Add(i);
                output[i] = output[i].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                continue;
            }

            if (NumberAlone.IsMatch(words) || NumberOpens.IsMatch(words))
            {
                PutBack(lines, output, stack, stacked, introduced);
            }
            else if (stack.Count > 0 && opensOperative(words) && (NumberAlone.IsMatch(previous) || (FlowingText.EndsUnit(previous) && !LabelAlone.IsMatch(previous))))
            {
                var feed = output[i].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                output[i] = feed + stack.Dequeue() + " " + words;
            }

            previous = words;
        }

        PutBack(lines, output, stack, stacked, introduced);
        return output;
    }

    /// <summary>
    /// Empties the stack: where none of its numbers went to a text and the line above the stack closed its paragraph
    /// (not <paramref name="introduced"/> a list by its colon: "… in the field of …:" / "7." / "(a)", an agenda's item
    /// whose own text follows the list), each stands back on its own line, a paragraph that opens with its list; numbers
    /// left after others found their texts are left out, for their order is lost.
    /// </summary>
    private static void PutBack(string[] lines, string[] output, Queue<string> stack, List<int> stacked, bool introduced)
    {
        if (stack.Count > 0 && stack.Count == stacked.Count && !introduced)
        {
            foreach (var index in stacked)
            {
                output[index] = lines[index];
            }
        }

        stack.Clear();
        stacked.Clear();
    }

    /// <summary>The words of the next line after <paramref name="index"/> that has any, past blank lines and a page's number.</summary>
    private static string? NextWords(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            var words = Words(lines[i]);
            if (words.Length > 0 && !PageNumber.IsMatch(words))
            {
                return words;
            }
        }

        return null;
    }
}
