using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Puts back on their texts the list items' labels that a PDF's reading order prints at the foot of the page whose
/// top holds their texts: where an item opens a page, pdftotext may give its label after the page's text, beside the
/// page's notes ("Serving as the main support vehicle …" at the page's top, "14" / "4/5" / "(c)" / "Resolution 70/1."
/// at its foot, 000 draft resolution II; "(b)" likewise in 001). The labels go, in order, to the page's first line and
/// to the next lines on it that open a text after a unit's end.
/// </summary>
/// <remarks>
/// Reads a page whose notes are already gathered under its rule line (<see cref="FlowingNotes"/>), so a note's number
/// is never taken: only labels in brackets alone on their lines, the last words of the page's text, move. They move
/// only where the page opens with a text of its own (a letter or a quotation mark, no label or number) after a line
/// that ended a unit, and the first label follows one its paragraph opened before the page (or opens a list under a
/// colon). A label that ends a page with its text at the next page's top (the next page opening with words of no
/// label or number) keeps its place: that text may be its own.
/// </remarks>
internal static class FlowingFootLabels
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex LabelAlone = new("^" + PrintedLabel.Pattern + "$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line opening with a label, alone or with its text: "(b)", "(iii) The maintenance …".</summary>
    private static readonly Regex LabelOpens = new(@"^\((?<label>[a-z]{1,5}|\d{1,3})\)(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An operative number, alone or with its text: "12.", "12. Requests"; the paragraph that holds a list opens there.</summary>
    private static readonly Regex NumberOpens = new(@"^\d{1,3}\.(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that ends on a comma, past quotation marks and a raised number's digits: "… (Statute,", "… Nations,1".</summary>
    private static readonly Regex BareComma = new(@",[”’""]*\d{0,3}\s*$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The lines with each label at a page's foot moved onto the text it labels at that page's top (its place left blank).</summary>
    public static string[] Restore(string[] lines)
    {
        var output = (string[])lines.Clone();
        var pages = Pages(output);
        for (var p = 0; p < pages.Count; p++)
        {
            var (start, end) = pages[p];
            var foot = FootLabels(output, start, end);
            if (foot.Count == 0 && (Doubled(output, start, end) ?? BesidePageNumber(output, start, end)) is int stray)
            {
                foot.Add(stray);
            }

            if (foot.Count == 1 && FootLabelGap.Place(output, start, foot[0]) is int gap)
            {
                var feed = output[gap].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                output[gap] = feed + Words(output[foot[0]]) + " " + Words(output[gap]);
                output[foot[0]] = output[foot[0]].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                continue;
            }

            if (foot.Count == 0 || First(output, start, end) is not int top || top >= foot[0] || !OpensText(Words(output[top])))
            {
                continue;
            }

            // The next page opening with words of no label or number may be the foot label's own text: leave it.
            if (p + 1 < pages.Count && First(output, pages[p + 1].Start, pages[p + 1].End) is int nextTop && OpensText(Words(output[nextTop])))
            {
                continue;
            }

            var above = LastText(output, start);
            if (above is null || !EndsItem(Words(output[above.Value])) || !Continues(output, above.Value, Label(Words(output[foot[0]])), Words(output[above.Value])))
            {
                continue;
            }

            var targets = Targets(output, top, foot[0], foot.Count);
            if (targets is null)
            {
                continue;
            }

            for (var k = 0; k < foot.Count; k++)
            {
                var feed = output[targets[k]].IndexOf('\f') >= 0 ? "\f" : string.Empty;
                output[targets[k]] = feed + Words(output[foot[k]]) + " " + Words(output[targets[k]]);
                output[foot[k]] = output[foot[k]].IndexOf('\f') >= 0 ? "\f" : string.Empty;
            }
        }

        return output;
    }

    /// <summary>The pages as ranges of lines: each opens at the line that holds its form feed.</summary>
    private static List<(int Start, int End)> Pages(string[] lines)
    {
        var pages = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].IndexOf('\f') >= 0)
            {
                pages.Add((start, i));
                start = i;
            }
        }

        pages.Add((start, lines.Length));
        return pages;
    }

    /// <summary>The index past the page's text: its rule line over the gathered notes, or its end.</summary>
    private static int TextEnd(string[] lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (PageLayout.IsRule(Words(lines[i])))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>The labels alone that are the last lines of words of the page's text, in their order; none where its last line is other words.</summary>
    private static List<int> FootLabels(string[] lines, int start, int end)
    {
        var labels = new List<int>();
        for (var i = TextEnd(lines, start, end) - 1; i >= start; i--)
        {
            var words = Words(lines[i]);
            if (words.Length == 0 || FlowingText.IsPageNumber(words))
            {
                continue;
            }

            if (!LabelAlone.IsMatch(words))
            {
                break;
            }

            labels.Insert(0, i);
        }

        return labels;
    }

    /// <summary>
    /// A label alone over the same label alone on the page: no item's text opens with its own label, so the first is one
    /// the reading order set apart from its item ("2/7" / "(a)" / "(a)" / "General principles of law;", where paragraph
    /// 2's "(a)" lost its place after "… notes in particular:", A/RES/77/103).
    /// </summary>
    private static int? Doubled(string[] lines, int start, int end)
    {
        for (var i = start; i < TextEnd(lines, start, end); i++)
        {
            var words = Words(lines[i]);
            if (!LabelAlone.IsMatch(words))
            {
                continue;
            }

            for (var next = i + 1; next < end; next++)
            {
                var below = Words(lines[next]);
                if (below.Length > 0)
                {
                    if (below == words)
                    {
                        return i;
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A label alone right after the page's number, over another label alone: the reading order sets it where it prints
    /// the page's number, in the page's middle, and no list runs from it to the label under it ("4/5" / "(f)" / "(a)" /
    /// "To operate …", where item (f) of paragraph 2 lost its label at the page's top, A/RES/75/186).
    /// </summary>
    private static int? BesidePageNumber(string[] lines, int start, int end)
    {
        var textEnd = TextEnd(lines, start, end);
        for (var i = start; i < textEnd; i++)
        {
            if (!FlowingText.IsPageNumber(Words(lines[i])) || NextWords(lines, i, textEnd) is not int label
                || LabelOpens.Match(Words(lines[label])) is not { Success: true } own || !LabelAlone.IsMatch(Words(lines[label]))
                || NextWords(lines, label, textEnd) is not int under || LabelOpens.Match(Words(lines[under])) is not { Success: true } below
                || !LabelAlone.IsMatch(Words(lines[under])) || ItemSequence.Previous(below.Groups["label"].Value).Contains(own.Groups["label"].Value))
            {
                continue;
            }

            return label;
        }

        return null;
    }

    /// <summary>The next line of words after <paramref name="index"/>, before <paramref name="end"/>.</summary>
    private static int? NextWords(string[] lines, int index, int end)
    {
        for (var i = index + 1; i < end; i++)
        {
            if (Words(lines[i]).Length > 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The page's first line of words, past its number and a line of no small letter that is no number or label (a
    /// running header's symbol, "A/RES/75/255").
    /// </summary>
    private static int? First(string[] lines, int start, int end)
    {
        for (var i = start; i < TextEnd(lines, start, end); i++)
        {
            var words = Words(lines[i]);
            if (words.Length > 0 && !FlowingText.IsPageNumber(words) && (words.Any(char.IsLower) || NumberOpens.IsMatch(words) || LabelOpens.IsMatch(words)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The last line of the text before the page that opens at <paramref name="start"/>, past that page's notes and number.</summary>
    private static int? LastText(string[] lines, int start)
    {
        var pageStart = start - 1;
        while (pageStart > 0 && lines[pageStart].IndexOf('\f') < 0)
        {
            pageStart--;
        }

        if (pageStart < 0)
        {
            return null;
        }

        for (var i = TextEnd(lines, pageStart, start) - 1; i >= pageStart; i--)
        {
            var words = Words(lines[i]);
            if (words.Length > 0 && !FlowingText.IsPageNumber(words))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="label"/> follows a label its paragraph opened up to line <paramref name="last"/> (back to
    /// its operative number) and was not opened itself, or opens a list under a line that ended with a colon.
    /// </summary>
    private static bool Continues(string[] lines, int last, string label, string lineAbove)
    {
        var before = ItemSequence.Previous(label).ToList();
        if (before.Contains(string.Empty))
        {
            return lineAbove.EndsWith(":", StringComparison.Ordinal);
        }

        var opened = new HashSet<string>(StringComparer.Ordinal);
        for (var i = last; i >= 0; i--)
        {
            var words = Words(lines[i]);
            if (NumberOpens.IsMatch(words))
            {
                break;
            }

            if (LabelOpens.Match(words) is { Success: true } match)
            {
                opened.Add(match.Groups["label"].Value);
            }
        }

        return !opened.Contains(label) && before.Any(opened.Contains);
    }

    /// <summary>
    /// The lines the <paramref name="count"/> labels go to: the page's first line <paramref name="top"/>, then each next
    /// line before <paramref name="foot"/> that opens a text after a line that ended a unit; null where a labelled or
    /// numbered line comes first, or too few open.
    /// </summary>
    private static List<int>? Targets(string[] lines, int top, int foot, int count)
    {
        var targets = new List<int> { top };
        var previous = Words(lines[top]);
        for (var i = top + 1; i < foot && targets.Count < count; i++)
        {
            var words = Words(lines[i]);
            if (words.Length == 0 || FlowingText.IsPageNumber(words))
            {
                continue;
            }

            if (LabelOpens.IsMatch(words) || NumberOpens.IsMatch(words))
            {
                return null;
            }

            if (FlowingText.EndsUnit(previous) && OpensText(words))
            {
                targets.Add(i);
            }

            previous = words;
        }

        return targets.Count == count ? targets : null;
    }

    /// <summary>
    /// True when the line ends an item or the words that introduce a list: ";", ":" or ".", or "; and", ", or" before a
    /// list's last item; a bare comma may end a clause that the next page goes on.
    /// </summary>
    internal static bool EndsItem(string line) =>
        FlowingText.EndsUnit(line) ? !BareComma.IsMatch(line) : FlowingText.EndsBeforeLastItem(line);

    /// <summary>The letter or numeral of a label alone: "c" for "(c)".</summary>
    private static string Label(string words) => words.Substring(1, words.Length - 2);

    /// <summary>A line opening a text of its own: a letter or a quotation mark, no label or number before it.</summary>
    private static bool OpensText(string words) =>
        words.Length > 0 && (char.IsLetter(words[0]) || words[0] is '“' or '"' or '‘');
}
