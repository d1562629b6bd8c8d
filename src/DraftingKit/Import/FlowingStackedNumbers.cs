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
/// ("… and" / "Requests …") takes none.
/// The order of the numbers pairs a stacked number with a list's item: a number that follows the last one printed
/// ("7." after "6.") where no lead opened that one's text ("6." / "International cooperation …", an agenda's item)
/// numbers the list's next item, the next line that opens a text of its own after a unit's end, whatever its words
/// ("7." / "10." / "11." over item 6's "(a)" and "(b)", then "Adoption of the report of the Congress." / "Decides …" /
/// "Requests …", 000 draft resolution I); a number after a paragraph its lead opened waits for the next lead. A list
/// item's label over the next item's label ("(d)" / "(e)", S/RES/2584 (2021)), or over a label no list opens with (an
/// outer list's next, "(v)" / "(c)", A/RES/75/255), or over the next paragraph's number ("(g)" / "3.", S/RES/2682
/// (2023)), is stacked too, as no item's text opens with such a label or number, and its labels go in order to the next
/// lines that open a text of their own after an item's end (not a bare comma). The order is the list's, not the
/// stack's: a label that goes on the item opened last goes before an outer list's label that pdftotext set over it
/// ("(ii)" / "(f)" after "(e)": "(f)" takes the text under the stack, "(ii)" the title after "(h)", S/RES/2556 (2020)).
/// A stack none of whose numbers found a text before the next numbered paragraph
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

    /// <summary>A line opening a text of its own, no label before it: a capital or a quotation mark.</summary>
    private static readonly Regex OpensText = new(@"^[\p{Lu}“""]", RegexOptions.CultureInvariant, Timeout);

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
        var last = new PrintedNumber();
        var previousStacked = false;
        var lastLabel = string.Empty;
        var unled = false;
        var held = (Line: -1, Before: 0);
        for (var i = 0; i < output.Length; i++)
        {
            var words = Words(output[i]);
            if (words.Length == 0 || PageNumber.IsMatch(words))
            {
                continue;
            }

            // A number over a label alone, or a list item's label over the next item's ("(d)" / "(e)" / "Promotion and
            // protection of human rights", S/RES/2584 (2021)) or over the next paragraph's number ("(g)" / "3.", S/RES/2682
            // (2023)): no item's text opens with the next item's label or a paragraph's number. Labels that find no text
            // stand back where they were printed, under a colon too.
            var numberOverLabel = NumberAlone.IsMatch(words) && NextWords(output, i) is { } below && LabelAlone.IsMatch(below);
            if (numberOverLabel || Follows(NextWords(output, i), words) || (Bracketed(words) is not null && NextWords(output, i) is { } number && NumberAlone.IsMatch(number)))
            {
                if (stack.Count == 0)
                {
                    // Under a colon, the label below a number is the list that colon introduced, not the number's own.
                    introduced = numberOverLabel && previous.TrimEnd().EndsWith(":", StringComparison.Ordinal);
                    unled = false;
                }

                Stack(i, words);
                previous = words;
                previousStacked = true;
                continue;
            }

            if (stack.Count > 0 && NextWords(output, i) is { } text && !LabelAlone.IsMatch(text)
                && ((NumberAlone.IsMatch(words) && (NumberAlone.IsMatch(previous) || (previousStacked && Bracketed(previous) is not null))) || Follows(words, previous)))
            {
                // The stack's last number, over the first paragraph's text: that text is the stack's first number's. Under an
                // item's label, the next paragraph's number ("(g)" / "3." / "actively support …", S/RES/2682 (2023)).
                Stack(i, words);
                continue;
            }

            if (Bracketed(words) is not null || Bracketed(words.Split(' ')[0]) is not null)
            {
                // The label printed with or over its text: the last item opened, whose list a stacked label may go on.
                lastLabel = Bracketed(words.Split(' ')[0]) ?? string.Empty;
            }

            if (NumberAlone.IsMatch(words) || NumberOpens.IsMatch(words))
            {
                MoveHeld(i);
                held = (-1, 0);
                PutBack(lines, output, stack, stacked, introduced);
                unled = false;
                var itsText = NumberAlone.IsMatch(words) ? NextWords(output, i) : words.Substring(words.IndexOf(' ') + 1);
                last = new PrintedNumber(words, itsText is not null && opensOperative(itsText));
            }
            else if (stack.Count > 0 && (NumberAlone.IsMatch(previous) || previousStacked || (FlowingText.EndsUnit(previous) && !LabelAlone.IsMatch(previous))))
            {
                // A number that follows a list's item (no lead opened it) numbers that list's next item, whatever its
                // words, as a lettered item's label does; any other waits for the paragraph's lead. After a bare comma
                // a capital goes on the sentence ("… away from The Hague (Statute," / "Article 22), …", A/RES/75/255).
                // Numbers stacked over a text that opens with no lead number paragraphs that have none, an article's or an
                // annex's ("1." / "2." / "This Convention applies only to a judicial sale of a ship if:", A/RES/77/100): the
                // first takes that text, the next the next text set apart after a unit's end, past the first's items.
                // A text that introduces a list may be a label's further down the stack (StackedListCarrier).
                var carrier = StackedListCarrier.Carrier(stack.ToList(), words, NextWords(output, i));
                var head = stack.ElementAt(carrier);
                unled |= previousStacked && Bracketed(head) is null && OpensText.IsMatch(words) && !opensOperative(words);
                var listItem = Bracketed(head) is not null || last.OpensListItemBefore(head);
                var unledText = unled && OpensText.IsMatch(words) && FlowingFootLabels.EndsItem(previous) && i > 0 && Words(output[i - 1]).Length == 0;
                if (listItem ? (OpensText.IsMatch(words) && (previousStacked || NumberAlone.IsMatch(previous) || FlowingFootLabels.EndsItem(previous))) || (previousStacked && char.IsLetter(words[0])) : opensOperative(words) || (unled && (previousStacked || unledText)))
                {
                    var feed = output[i].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                    MoveHeld(i);
                    last = Bracketed(head) is null ? new PrintedNumber(head, !listItem) : last;
                    lastLabel = Bracketed(head) ?? lastLabel;
                    stack = new Queue<string>(stack.Where((_, at) => at != carrier));
                    output[i] = feed + head + " " + words;
                    if (carrier > 0)
                    {
                        // Its text goes after the texts of the labels stacked before its label.
                        held = (i, carrier);
                    }
                }
            }

            previous = words;
            previousStacked = false;
        }

        MoveHeld(output.Length);
        PutBack(lines, output, stack, stacked, introduced);
        return output;

        // A held text whose label's stacked predecessors have all found their texts goes right before the line at
        // <paramref name="index"/>, the next text a label opens (or the next paragraph's number, or the end); the lines
        // between move up by one, so the text keeps its number of lines.
        void MoveHeld(int index)
        {
            if (held.Line < 0)
            {
                return;
            }

            if (held.Before > 0)
            {
                held = (held.Line, held.Before - 1);
                return;
            }

            var line = output[held.Line];
            var target = index - 1;
            while (target > held.Line && Words(output[target]).Length == 0 && output[target].IndexOf('\f') < 0)
            {
                target--;
            }

            Array.Copy(output, held.Line + 1, output, held.Line, target - held.Line);
            output[target] = line;
            held = (-1, 0);
        }

        // Takes the line's number or label onto the stack, its place left blank (a page's feed kept). A label that goes on
        // the list of the item opened last goes first, before one of an outer list that pdftotext set over it.
        void Stack(int index, string words)
        {
            if (stack.Count > 0 && GoesOnInner(words, stack.Peek(), lastLabel))
            {
                stack = new Queue<string>(new[] { words }.Concat(stack));
            }
            else
            {
                stack.Enqueue(words);
            }

            stacked.Add(index);
            output[index] = output[index].IndexOf('\f') >= 0 ? "\f" : string.Empty;
        }
    }

    /// <summary>
    /// The last operative number printed with its text, and whether a lead opened that text: "6." over "International
    /// cooperation …" is an agenda's item, and a stacked "7." after it that list's next item (000 draft resolution I).
    /// </summary>
    private readonly struct PrintedNumber
    {
        private readonly string number;
        private readonly bool operative;

        public PrintedNumber(string label, bool operative)
        {
            number = label.TrimEnd('.');
            this.operative = operative;
        }

        /// <summary>True when <paramref name="label"/> ("7.") follows this number and no lead opened this one's text.</summary>
        public bool OpensListItemBefore(string label) =>
            number is not null && !operative && ItemSequence.Previous(label.TrimEnd('.')).Contains(number, StringComparer.Ordinal);
    }

    /// <summary>The letter or numeral of a list item's label alone ("d" for "(d)"); null for any other line.</summary>
    private static string? Bracketed(string? words) =>
        words is not null && words.Length > 2 && words[0] == '(' && words[words.Length - 1] == ')' && LabelAlone.IsMatch(words)
            ? words.Substring(1, words.Length - 2)
            : null;

    /// <summary>
    /// True when <paramref name="label"/> alone, under the label alone <paramref name="before"/>, is a later item's: the
    /// item's after it ("(e)" under "(d)") or one that goes on an outer list, which no list opens with ("(c)" under
    /// "(v)", A/RES/75/255), so <paramref name="before"/>'s text cannot open with it. A label that opens a list ("(i)"
    /// under "(a)") may be the first of the item's own list.
    /// </summary>
    private static bool Follows(string? label, string before) =>
        Bracketed(label) is { } after && Bracketed(before) is { } first
        && (ItemSequence.Previous(after).Contains(first, StringComparer.Ordinal) || !ItemSequence.Previous(after).Contains(string.Empty, StringComparer.Ordinal));

    /// <summary>
    /// True when the stacked <paramref name="label"/> follows <paramref name="last"/>, the item opened last, and
    /// <paramref name="head"/>, the label stacked above it, does not: an outer list's label that pdftotext set over the
    /// inner list's next ("(ii)" / "(f)" at a page's top, where "(f) Work with the authorities …" goes on "(e)" and "(ii)
    /// Support to stabilisation …" heads the items after "(h)", S/RES/2556 (2020)). Its text comes first.
    /// </summary>
    private static bool GoesOnInner(string label, string head, string last) =>
        last.Length > 0 && Bracketed(label) is { } inner && Bracketed(head) is { } outer
        && ItemSequence.Previous(inner).Contains(last, StringComparer.Ordinal) && !ItemSequence.Previous(outer).Contains(last, StringComparer.Ordinal);

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
