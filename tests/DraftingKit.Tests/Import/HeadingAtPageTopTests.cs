using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A section's heading at the top of a page, under a paragraph that ended at the page's foot with a full line: the
/// heading opens nothing by a lead or a number, yet it is no rest of the paragraph above, for a paragraph's rest ends
/// with its punctuation (<see cref="PageStitcher"/>). A financing resolution's headings run to two lines and end on a
/// year (A/RES/75/250 B).
/// </summary>
public sealed class HeadingAtPageTopTests
{
    /// <summary>A/RES/75/250 B, paragraph 39's last lines as pdftotext gives them in reading order; the page is 88 wide.</summary>
    private static readonly string[] Paragraph39 =
    {
        "71/307, paragraph 14 of resolution 72/299, paragraph 16 of resolution 73/322 and",
        "paragraph 3 of resolution 75/250 A, stresses once again that Israel shall pay the amount",
        "of 1,117,005 dollars resulting from the incident at Qana on 18 April 1996, and requests",
        "the Secretary-General to report on this matter to the General Assembly at its seventy-sixth session;",
    };

    private static readonly string[] Heading =
    {
        "Budget performance report for the period from 1 July 2019 to 30 June",
        "2020",
    };

    [Fact]
    public void A_heading_of_two_lines_ending_on_a_year_stands_apart_from_the_paragraph_above()
    {
        var stitched = Stitch(Paragraph39, Heading);

        Assert.Equal(2, stitched.Count);
        Assert.Equal(string.Join(" ", Heading), stitched[1].Text);
    }

    [Fact]
    public void Words_under_a_paragraph_that_ended_on_a_comma_go_on_in_it()
    {
        // A preamble's sentence goes on past its clauses' commas: the page's first lines are its rest.
        var above = Paragraph39.Take(3).Append("the Secretary-General to report on this matter to the General Assembly at its next session,").ToArray();

        Assert.Single(Stitch(above, Heading));
    }

    [Fact]
    public void Three_lines_that_close_no_unit_are_a_paragraphs_rest_not_a_heading()
    {
        var rest = new[] { "Member States to consider the report of the Secretary-General on the budget", "performance of the Force for the period from 1 July 2019 to 30 June", "2020" };

        Assert.Single(Stitch(Paragraph39, rest));
    }

    private static List<SourceBlock> Stitch(string[] above, string[] below) => AcrossPage.Stitch("A-RES-75-250-B.txt", above, below, 88);
}
