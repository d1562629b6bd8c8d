using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Makes whole a paragraph that a page cut in a text read in a PDF's reading order (<see cref="FlowingText"/>): where
/// the page's last line of text ended with a comma ("… resolutions 2366 (2017), 2377 (2017),") or stopped on a word
/// ("… Trafficking in Persons, Especially Women", "… in the amount of"), and the next page goes on with words that open nothing of their own
/// (no lead, number, label, quotation or formula: "2435 (2018), and 2487 (2019), headed by …", "and Children, …", "294.4 million …"), those
/// words go on the paragraph, whatever the page's foot between (its notes, page number, job number, running header).
/// </summary>
/// <remarks>
/// A laid-out extraction says the same by the cut line's length, which runs to the page's width
/// (<see cref="PageStitcher"/>); in the reading order the length says nothing: a numbered paragraph's first line is
/// short by its indent, and a name with its number or a name of many words is not broken. The words that go on are
/// moved up before the page's foot, so the text keeps its number of lines. A single line that stops without
/// punctuation at the top of the page after a comma is a heading, not the rest of a sentence.
/// </remarks>
internal static class FlowingPageBreak
{
    /// <summary>A raised note number printed as plain digits after the comma ("Crime,6").</summary>
    private static readonly Regex CommaEnd = new(@",[”’""]?\d{0,3}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A line that stops on a word or a number, not on punctuation that ends a unit ("Especially Women").</summary>
    private static readonly Regex WordEnd = new(@"[\p{L}\d)]$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A paragraph that opens with its operative number: "44. Enrolment …".</summary>
    private static readonly Regex NumberedParagraph = new(@"^\d{1,3}\.\s\S", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A sentence's full stop, a raised note number after it as plain digits or not ("… countries.", "… 2015.12").</summary>
    private static readonly Regex SentenceEnd = new(@"\p{Ll}[”’""]?\.[”’""]?\d{0,3}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The lines of an unpaged text (page breaks as "---") with each paragraph a page cut made whole.</summary>
    public static string RunOn(string text, Func<string, string, bool> opens)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "---" || Cut(lines, i) is not int cut || Next(lines, i) is not int after)
            {
                continue;
            }

            var end = after;
            while (end + 1 < lines.Length && lines[end + 1].Trim().Length > 0 && lines[end + 1].Trim() != "---")
            {
                end++;
            }

            var above = lines[cut].Trim();
            var below = lines[after].Trim();
            var paragraph = lines[ParagraphStart(lines, cut)].Trim();
            if (NextItem(paragraph, below) || ListAcrossPage.Opens(below, lines[end], Next(lines, end) is int next ? lines[next] : null) || TitleOver(lines, ParagraphStart(lines, cut), cut, below) || !(GoesOn(above, below, end == after, opens) || NextSentence(paragraph, above, below, end > after, opens)))
            {
                continue;
            }

            // The words that go on take the place right under the cut line; the page's foot moves down under them.
            var hang = Hang(lines[cut]);
            (lines[cut], lines[after]) = WrappedLabel.RunUp(lines[cut], Unindented(lines[after]));
            var moved = Enumerable.Range(after, end - after + 1).Select(index => new string(' ', hang) + Unindented(lines[index])).ToList();
            var foot = Enumerable.Range(cut + 1, after - cut - 1).Select(index => lines[index]).ToList();
            moved.AddRange(foot);
            for (var k = 0; k < moved.Count; k++)
            {
                lines[cut + 1 + k] = moved[k];
            }

            i = end;
        }

        return string.Join("\n", lines);
    }

    /// <summary>True when <paramref name="below"/>, the first words of the next page, go on the paragraph whose line on the page above is <paramref name="above"/>.</summary>
    internal static bool GoesOn(string above, string below, bool oneLine, Func<string, string, bool> opens)
    {
        if (SentenceAcrossPage.GoesOn(above, below))
        {
            return true;
        }

        if (below.Length == 0 || !(char.IsLetterOrDigit(below[0]) || below[0] == '(') || opens(above, below))
        {
            return false;
        }

        if (CommaEnd.IsMatch(above))
        {
            // "(a)" or "12." opening the words below is a label, which opens(…) already told; a heading stands alone.
            return !(oneLine && WordEnd.IsMatch(below) && char.IsUpper(below[0]));
        }

        return WordEnd.IsMatch(above) && (char.IsLower(below[0]) || char.IsDigit(below[0]));
    }

    /// <summary>
    /// True when <paramref name="below"/>, the next page's first words, are the next sentence of the numbered paragraph
    /// <paramref name="paragraph"/> whose sentence the page's last line <paramref name="above"/> ended ("44. Enrolment …
    /// of the least developed countries." / the page's foot / "Most of them depend on aid for their education budgets.
    /// At the secondary …", A/RES/76/258): a numbered paragraph's next unit opens with a number, a label, a lead or
    /// another word that opens a unit, or is a heading; words that open none and run on over more than one line
    /// (<paramref name="runsOn"/>) are a sentence, and the reading order runs such a sentence on within a page too.
    /// </summary>
    internal static bool NextSentence(string paragraph, string above, string below, bool runsOn, Func<string, string, bool> opens) =>
        runsOn && NumberedParagraph.IsMatch(paragraph) && SentenceEnd.IsMatch(above) && FlowingNotes.EndsNote(above)
            && below.Length > 0 && char.IsUpper(below[0]) && !opens(above, below) && !DesignationLine.Is(below);

    /// <summary>
    /// True when <paramref name="below"/> opens with the label that follows the one its paragraph above opened with: the
    /// next item of the list, whatever the item above ended with ("(c) … Yemeni law, and" / "(d)  to facilitate …",
    /// S/RES/2505; "(vi)  efforts to counter terrorism," / "(vii)  efforts to promote …", S/RES/2628), a printed mark's
    /// too ("ii. removing administrative and bureaucratic restrictions and," / "iii. protecting humanitarian actors …",
    /// S/RES/2657 (2022)).
    /// </summary>
    internal static bool NextItem(string paragraph, string below)
    {
        var items = new ItemSequence();
        items.Open(paragraph);
        items.OpenMark(paragraph);
        return items.FollowsOpened(below);
    }

    /// <summary>
    /// True when the paragraph from <paramref name="start"/> to <paramref name="cut"/> is an item's title and
    /// <paramref name="below"/>, the next page's first words, opens its text (<see cref="ItemTitle.EndsOver"/>): "(iii)
    /// Assist peacebuilding, … in Darfur and the" / "Two Areas" / the page's foot / "a. Support Sudanese-led
    /// peacebuilding …" (S/RES/2579 (2021)).
    /// </summary>
    private static bool TitleOver(string[] lines, int start, int cut, string below) =>
        cut - start < ItemTitle.MostLines
        && ItemTitle.EndsOver(Enumerable.Range(start, cut - start + 1).Select(index => InlineParser.Plain(lines[index].Trim())).ToList(), InlineParser.Plain(below));

    /// <summary>The first line of the paragraph that holds the line at <paramref name="index"/>: under a blank line or a page break.</summary>
    private static int ParagraphStart(string[] lines, int index)
    {
        while (index > 0 && lines[index - 1].Trim().Length > 0 && lines[index - 1].Trim() != "---")
        {
            index--;
        }

        return index;
    }

    /// <summary>The last line of text on the page that the page break at <paramref name="index"/> closes, above the page's notes; null when there is none.</summary>
    private static int? Cut(string[] lines, int index)
    {
        var i = index - 1;
        while (i >= 0 && lines[i].Trim().Length == 0)
        {
            i--;
        }

        // The page's notes: a run of lines under a rule line.
        var top = i;
        while (top >= 0 && lines[top].Trim().Length > 0 && !PageLayout.IsRule(lines[top]))
        {
            top--;
        }

        if (top >= 0 && PageLayout.IsRule(lines[top]))
        {
            i = top - 1;
            while (i >= 0 && lines[i].Trim().Length == 0)
            {
                i--;
            }
        }

        return i >= 0 && lines[i].Trim() != "---" ? i : null;
    }

    /// <summary>The first line of text after <paramref name="index"/>; null at the end.</summary>
    private static int? Next(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return null;
            }

            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The line without its indent; a table's row keeps the tabs of its empty first and last cells ("\tSubtotal, part IV\t260 683 300", "\tPart V. Regional cooperation\t").</summary>
    private static string Unindented(string line) => line.Trim(' ');

    /// <summary>How far the lines of the cut line's paragraph are set in: as the cut line is, or under a label's text.</summary>
    private static int Hang(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        if (indent > 0)
        {
            return indent;
        }

        var match = Regex.Match(line, @"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")\s+(?=\S)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Length : 0;
    }
}
