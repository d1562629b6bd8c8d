using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Headings in a text read in a PDF's reading order, with no blank line to set them apart (issue 15): a heading stands
/// on lines of its own after a unit's end, and the text after it opens a paragraph of its own.
/// </summary>
public sealed class HeadingsInReadingOrderTests
{
    private const string Formula = "The General Assembly,\nRecalling its resolution 74/1,\n";

    [Fact]
    public void A_long_heading_over_a_number_stands_apart()
    {
        // A/RES/75/250 B: fourteen words, over "40.".
        var blocks = Blocks(Formula + "1.\n\nDecides to report on this matter at its seventy-sixth session;\nBudget performance report for the period from 1 July 2019 to 30 June 2020\n40.\n\nTakes note of the report;\n");

        Assert.Contains("Budget performance report for the period from 1 July 2019 to 30 June 2020", blocks);
        Assert.Equal("40. Takes note of the report;", blocks[^1]);
    }

    [Fact]
    public void The_lead_under_a_heading_opens_a_paragraph()
    {
        // A/RES/76/241: the heading ends no unit, the preambular lead under it opens nonetheless.
        var blocks = Blocks(Formula + "Activities of the Office of Internal Oversight Services\nRecalling its resolutions 48/218 B and 54/244,\nNoting the report,\n");

        Assert.Equal(new[] { "Activities of the Office of Internal Oversight Services", "Recalling its resolutions 48/218 B and 54/244,", "Noting the report," }, blocks.Skip(2).ToArray());
    }

    [Fact]
    public void Headings_over_each_other_stay_apart()
    {
        var blocks = Blocks(Formula + "1.\n\nDecides that the staffing table shall be as set out in the annex;\nPart I\nOverall policymaking, direction and coordination\nSection 1\nOverall policymaking, direction and coordination\n32.\n\nRecalls its resolution 72/279;\n");

        Assert.Equal(new[] { "Part I", "Overall policymaking, direction and coordination", "Section 1", "Overall policymaking, direction and coordination", "32. Recalls its resolution 72/279;" }, blocks.Skip(3).ToArray());
    }

    [Fact]
    public void A_heading_runs_on_over_a_full_line()
    {
        // A/RES/77/128 A: the heading's first line is full and ends with a comma.
        var wide = string.Concat(Enumerable.Repeat("Recalling also its resolution 74/1 of 2 April 2020 on the work of its seventy-second session,\n", 8));
        var blocks = Blocks(Formula + wide + "1.\n\nDecides to continue;\nRole of the Department of Global Communications in United Nations peacekeeping operations,\nspecial political missions and peacebuilding\n89.\n\nStresses the importance;\n");

        Assert.Contains("Role of the Department of Global Communications in United Nations peacekeeping operations, special political missions and peacebuilding", blocks);
    }

    [Fact]
    public void A_capitalised_line_that_goes_on_in_lower_case_is_no_heading()
    {
        // The first line of a paragraph whose lead the vocabulary does not know, after a unit's end.
        var blocks = Blocks(Formula + "Bearing firmly in mind the principles of the Charter of the United Nations\nand of international law,\nNoting the report,\n");

        Assert.Contains("Bearing firmly in mind the principles of the Charter of the United Nations and of international law,", blocks);
    }

    [Fact]
    public void The_closing_meeting_its_date_the_annex_and_its_title_stand_apart()
    {
        // A/RES/76/7: the meeting, its date, "Annex", a title over two lines, then the annex's text.
        var wide = string.Concat(Enumerable.Repeat("Recalling also its resolution 74/1 of 2 April 2020 on the work of its seventy-second session,\n", 8));
        var blocks = Blocks(Formula + wide + "1.\n\nAdopts the political declaration annexed to the present resolution.\n37th plenary meeting\n22 November 2021\nAnnex\n2021 Political Declaration on the Implementation of the United Nations Global Plan of\nAction to Combat Trafficking in Persons\nWe, the States Members of the United Nations, reaffirm the Global Plan of Action.\n");

        Assert.Equal(
            new[] { "37th plenary meeting 22 November 2021", "Annex", "2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons", "We, the States Members of the United Nations, reaffirm the Global Plan of Action." },
            blocks.TakeLast(4).ToArray());
    }

    [Fact]
    public void A_heading_at_the_pages_foot_heads_the_number_on_the_next_page()
    {
        var text = Formula + "1.\n\nTakes note of the report for the period from 1 July 2019 to 30 June 2020;\nBudget estimates for the period from 1 July 2021 to 30 June 2022\n\n\n1/2\n\f"
            + "A/RES/75/250 B\n\n41.\n\nDecides to appropriate the amount;\n2.\n\nDecides to remain seized of the matter.\n";

        var blocks = FlowingText.Unpaged(text, LeadVocabulary.Default).Split("\n\n").Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && line != "---"))).Where(block => block.Length > 0).ToList();

        Assert.Contains("Budget estimates for the period from 1 July 2021 to 30 June 2022", blocks);
        Assert.Contains("41. Decides to appropriate the amount;", blocks);
    }

    /// <summary>The blocks of <paramref name="text"/> read in reading order, their lines joined.</summary>
    private static List<string> Blocks(string text) =>
        FlowingText.Paragraphs(text, LeadVocabulary.Default)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();
}
