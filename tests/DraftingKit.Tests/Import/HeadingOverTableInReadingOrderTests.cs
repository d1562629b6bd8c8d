using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a heading over a table in a PDF's reading order ("… as set out in the table below:" / "A. Pension
/// Administration" / "Action\tTitle of post\tCategory\tNumber", A/RES/75/246) stands apart from the chapeau; inside a
/// table, a line without a tab over a row is a cell the page's width broke, no heading.
/// </summary>
public sealed class HeadingOverTableInReadingOrderTests
{
    private static List<string> Paragraphs(params string[] lines) =>
        FlowingText.Paragraphs(string.Join("\n", new[] { "The General Assembly,", "Recalling its resolution 74/263 on the United Nations Joint Staff Pension Fund,", "Having considered the report of the United Nations Joint Staff Pension Board,", "Noting the report of the Advisory Committee on Administrative and Budgetary Questions,", "1.", string.Empty }.Concat(lines)), LeadVocabulary.Openers)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Replace("\f", string.Empty).Trim()).Where(line => line.Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();

    [Fact]
    public void A_heading_over_a_tables_first_row_stands_apart()
    {
        var paragraphs = Paragraphs(
            "Approves the changes to the staffing table as set out in the table below:",
            "A. Pension Administration",
            "Action\tTitle of post\tCategory\tNumber",
            "New post\tChief of Business Transformation and Accountability Unit\tP-5\t1");

        Assert.Contains("A. Pension Administration", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("as set out in the table below:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_the_width_broke_inside_a_table_is_no_heading()
    {
        var paragraphs = Paragraphs(
            "Approves the changes to the staffing table as set out in the table below:",
            "Action\tTitle of post\tCategory\tNumber",
            "Reclassification\tSenior Human Resources Assistant\tGS (PL)\t1",
            "Redeployment to the Risk",
            "Management Unit\tRisk Management Officer\tP-4\t1");

        Assert.DoesNotContain("Redeployment to the Risk", paragraphs);
    }

    [Theory]
    [InlineData("Action\tTitle of post\tCategory", true)]
    [InlineData("\tSubtotal, part IV\t260 683 300", true)]
    [InlineData("A. Pension Administration", false)]
    [InlineData("\t", false)]
    public void A_row_is_told_by_a_tab_between_its_words(string line, bool row) => Assert.Equal(row, PrintedTable.IsRow(line));
}
