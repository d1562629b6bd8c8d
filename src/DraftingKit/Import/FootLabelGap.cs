using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Finds, for a list item's label that a PDF's reading order printed at the foot of its page (<see cref="FlowingFootLabels"/>),
/// the place on that page its list lacks it: a line that opens an item's text with no label, after the colon that
/// introduces the list or after the end of the item before it, whose list goes on with the label's next one. pdftotext
/// may set the label of an item in the middle of a page after the page's number ("… the review process, and decides:"
/// / "To invite non-governmental organizations …" / "(b)" … "10/11" / "(a)", A/RES/77/246; "… continue consideration
/// of the following items at its substantive session of 2023:" / "Recommendations for achieving …" / "(b)" … "2/3" /
/// "(a)", A/RES/77/90; "… international level;" / "To consider ways …" / "(e)" … "6/11" / "(d)", A/RES/76/163).
/// </summary>
/// <remarks>
/// The label's own list says where it goes, not the page's top: a UN list runs its labels without gaps, so a text set
/// apart between the label's predecessor (or the colon, for a list's first label) and its successor is the item that
/// lost it. The place is taken only where the page holds exactly one such text, below a line of the page itself (a
/// page's first line is left to <see cref="FlowingFootLabels"/>, whose text may be the next page's), and only where
/// the item after it bears the label's successor before any numbered paragraph.
/// </remarks>
internal static class FootLabelGap
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A line opening with a list item's label, alone or with its text: "(b)", "(iii) The maintenance …".</summary>
    private static readonly Regex LabelOpens = new(@"^\((?<label>[a-z]{1,5}|\d{1,3})\)(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An operative number, alone or with its text: "12.", "12. Requests".</summary>
    private static readonly Regex NumberOpens = new(@"^\d{1,3}\.(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An item's text that opens with an amount and goes on in words: "81,945,300 dollars, being …" (A/RES/77/261).</summary>
    private static readonly Regex AmountOpens = new(@"^\d+(?:[,.]\d+)*\s\p{L}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that introduces a list, a raised note number after its colon as plain digits or not: "… decides:", "… regarding:7".</summary>
    private static readonly Regex Introduces = new(@":\d{0,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The line between <paramref name="start"/> (the page's first line) and <paramref name="foot"/> (the label alone at
    /// its foot) whose item lacks that label; null where there is none or more than one.
    /// </summary>
    public static int? Place(string[] lines, int start, int foot)
    {
        var words = Words(lines[foot]);
        if (LabelOpens.Match(words) is not { Success: true } match)
        {
            return null;
        }

        var label = match.Groups["label"].Value;
        var before = ItemSequence.Previous(label).ToList();
        int? place = null;
        for (var i = start + 1; i < foot; i++)
        {
            var text = Words(lines[i]);
            if (!OpensItemText(text) || Above(lines, start, i) is not int above)
            {
                continue;
            }

            var line = Words(lines[above]);
            var follows = before.Contains(string.Empty)
                ? Introduces.IsMatch(line)
                : FlowingFootLabels.EndsItem(line) && !LabelOpens.IsMatch(line) && LastLabel(lines, i) is { } last && before.Contains(last);
            if (!follows || NextLabel(lines, i, foot) is not { } next || !ItemSequence.Previous(next).Contains(label))
            {
                continue;
            }

            if (place is not null)
            {
                return null;
            }

            place = i;
        }

        return place;
    }

    /// <summary>True when the line opens an item's text of its own: a letter, a quotation mark or an amount in words, no label or number.</summary>
    private static bool OpensItemText(string words) =>
        words.Length > 0 && !LabelOpens.IsMatch(words) && !NumberOpens.IsMatch(words)
        && (char.IsLetter(words[0]) || words[0] is '“' or '"' or '‘' || AmountOpens.IsMatch(words));

    /// <summary>The line of words above line <paramref name="index"/> on the same page, past blank lines and the page's number; null at the page's top.</summary>
    private static int? Above(string[] lines, int start, int index)
    {
        for (var i = index - 1; i >= start; i--)
        {
            var words = Words(lines[i]);
            if (words.Length > 0 && !FlowingText.IsPageNumber(words))
            {
                return i == start && lines[i].IndexOf('\f') >= 0 && !words.Any(char.IsLower) ? null : i;
            }
        }

        return null;
    }

    /// <summary>The label of the last item opened above line <paramref name="index"/>, back to its paragraph's number.</summary>
    private static string? LastLabel(string[] lines, int index) => NearestLabel(lines, index - 1, -1, -1);

    /// <summary>The label of the next item under line <paramref name="index"/>, before <paramref name="foot"/>; null where a numbered paragraph comes first.</summary>
    private static string? NextLabel(string[] lines, int index, int foot) => NearestLabel(lines, index + 1, 1, foot);

    /// <summary>
    /// The label of the nearest item from line <paramref name="start"/>, going by <paramref name="step"/> up to
    /// <paramref name="stop"/> (not read); null where a numbered paragraph comes first.
    /// </summary>
    private static string? NearestLabel(string[] lines, int start, int step, int stop)
    {
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            var words = Words(lines[i]);
            if (NumberOpens.IsMatch(words))
            {
                return null;
            }

            if (LabelOpens.Match(words) is { Success: true } match)
            {
                return match.Groups["label"].Value;
            }
        }

        return null;
    }
}
