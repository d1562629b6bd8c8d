using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A table in a PDF's reading order, printed cell by cell and column by column (<see cref="FlowingTable"/>): under the
/// paragraph that announces it, or under a lettered heading of its own, its short lines are kept as a table, one line a
/// row, apart from the text; a paragraph's number the reading order sets among its first column's cells goes to the
/// text after it. Lines from the corpus as pdftotext prints them without <c>-layout</c>.
/// </summary>
public sealed class FlowingTableTests
{
    private const int Width = 88;

    private static readonly string[] Preamble =
    {
        "The General Assembly,", "Recalling its resolution 76/246 on the United Nations Joint Staff Pension Fund,",
        "Having considered the report of the United Nations Joint Staff Pension Board on its sixty-ninth session,",
        "Noting the report of the Advisory Committee on Administrative and Budgetary Questions on the matter,",
    };

    /// <summary>A/RES/77/258, paragraph 35: the staffing table's first page, its heading run on under the paragraph.</summary>
    private static readonly string[] Staffing =
    {
        "35.", "", "Approves the changes to the staffing table as set out in the table below:", "A. Pension Administration", "", "Action", "", "Title of post", "", "Category/ level", "", "Number", "", "New post", "New post", "New post", "",
        "Legal Officer", "Treasurer", "Benefits Officer", "", "P-3", "P-3", "P-3", "", "1", "1", "1", "",
        "Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).", "36.", "",
        "Approves the estimates of 126,336,000 United States dollars for the administration of the Fund for 2023;",
    };

    private static bool Opens(string line) =>
        LeadVocabulary.Default.OperativeLeadAtStart(line) is not null || line.StartsWith("(", StringComparison.Ordinal) || (char.IsDigit(line[0]) && line.Contains('.'));

    private static List<string> Paragraphs(IEnumerable<string> lines) =>
        FlowingText.Paragraphs(string.Join("\n", Preamble.Concat(lines)), LeadVocabulary.Openers)
            .Split("\n\n")
            .Select(block => string.Join(" | ", block.Split('\n').Select(line => line.Replace("\f", string.Empty).Trim()).Where(line => line.Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();

    [Fact]
    public void A_tables_cells_are_its_rows_apart_from_the_paragraph()
    {
        var paragraphs = Paragraphs(Staffing);

        Assert.Contains(paragraphs, p => p.EndsWith("as set out in the table below:", StringComparison.Ordinal));
        Assert.Contains("A. Pension Administration", paragraphs);
        var table = Assert.Single(paragraphs, p => p.StartsWith("Action\t<", StringComparison.Ordinal));
        Assert.Equal(16, table.Split(" | ").Length);
        Assert.EndsWith("1\t<", table, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.StartsWith("Abbreviations:", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("36. Approves the estimates", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraphs_number_among_the_first_columns_cells_goes_to_the_text_after_the_table()
    {
        // A/RES/77/264 A: "2." stands under the section numbers, over the amounts' column.
        var lines = new[]
        {
            "Appropriations totalling 3,396,308,300 United States dollars are hereby approved for", "the following purposes:",
            "Section", "", "30", "", "31", "32", "33", "", "34", "", "35", "36", "", "2.", "", "Amount (United States", "dollars)",
            "22 134 600", "22 134 600", "", "8 214 300", "87 688 000", "",
            "In addition to the appropriations approved under paragraph 1 above, an amount of",
            "75,000 dollars is appropriated for 2023 from the accumulated income of the Library",
            "Endowment Fund for the purchase of books, periodicals, maps and library equipment.",
        };

        var read = FlowingTable.Read(lines, Opens, Width);

        Assert.Equal(lines.Length, read.Length);
        Assert.Equal("Section\t<", read[2]);
        Assert.DoesNotContain("2.", read);
        Assert.Contains("Amount (United States\t<", read);
        Assert.Equal("2. In addition to the appropriations approved under paragraph 1 above, an amount of", read[25]);
    }

    [Fact]
    public void A_cell_that_opens_as_a_participle_does_is_a_cell()
    {
        // A/RES/77/264 A: "Peacekeeping operations" under "Disarmament", a cell of the section's titles.
        var lines = new[]
        {
            "Appropriations are hereby approved for the following purposes:", "Section", "", "3", "4", "5", "6", "",
            "Political affairs", "Disarmament", "Peacekeeping operations", "Peaceful uses of outer space", "",
            "839 094 400", "13 835 800", "", "Decides that the appropriations shall be financed in accordance with its resolutions;",
        };

        var read = FlowingTable.Read(lines, line => Opens(line) || line.StartsWith("Peacekeeping", StringComparison.Ordinal), Width);

        Assert.Equal("Peacekeeping operations\t<", read.Single(line => line.StartsWith("Peacekeeping", StringComparison.Ordinal)));
        Assert.Contains(lines[^1], read);
    }

    [Fact]
    public void A_short_list_under_a_colon_is_no_table()
    {
        // A/RES/77/264 B: two columns of four lines stay the paragraph's lines; a table holds more cells.
        var lines = new[]
        {
            "Estimates of income totalling 321,949,500 United States dollars are approved as", "follows:", "",
            "Income section", "", "Amount (United States dollars)", "", "1. Income from staff assessment",
        };

        Assert.Equal(lines, FlowingTable.Read(lines, Opens, Width));
    }

    [Fact]
    public void Lines_of_the_texts_width_under_a_colon_are_no_table()
    {
        var lines = new[]
        {
            "Decides that the Committee shall have the following mandate:", "",
            "to examine the reports of the States parties and to make general recommendations on", "the basis of the information received,",
            "to report annually on its activities to the General Assembly through the Secretary-General;",
        };

        Assert.Equal(lines, FlowingTable.Read(lines, Opens, Width));
    }

    [Fact]
    public void Numbers_alone_that_no_note_pairs_with_stay_in_the_pages_text()
    {
        // A/RES/77/264 A, its first page: the sections' numbers under "Section", and no note on the page.
        var page = new[] { "the following purposes:", "", "Section", "", "1", "2", "", "3", "4", "5", "6", "", "Amount (United States", "dollars)", "", "1/4" };
        var next = 1;

        var gathered = FlowingNotes.Gather(page, ref next, Opens);

        Assert.Equal(page, gathered);
        Assert.Equal(1, next);
    }
}
