using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A table on a page laid out by pdftotext <c>-layout</c> is read by its columns (<see cref="LaidOutTable"/>): a row a
/// line of tab-separated cells, a cell's further lines run into it, whatever the first cell holds. A number whose text
/// stands a few letters after it is a paragraph's, not a table's first cell. Lines from the corpus as LibreOffice lays
/// them out.
/// </summary>
public sealed class LaidOutTableTests
{
    /// <summary>A/RES/77/100, annex I: a table whose rows' first cell is a number, its text far off in the next column.</summary>
    private static readonly string[] NumberedRows =
    {
        "               Minimum information to be contained in the notice of judicial sale",
        "                1.                                                Statement that the notice of judicial sale is given",
        "                                                                  for the purposes of the United Nations",
        "                                                                  Convention on the International Effects of",
        "                                                                  Judicial Sales of Ships",
        "                2.                                                Name of State of judicial sale",
        "                3.                                                Court or other public authority ordering,",
        "                                                                  approving or confirming the judicial sale",
        "                5.                                                Name of ship",
        "                6.                                                Registry",
    };

    /// <summary>A/RES/75/246: a staffing table under its heading, cells of several lines, an empty header row, a figure a row.</summary>
    private static readonly string[] StaffingRows =
    {
        "               A. Pension Administration",
        "                Action                 Title of post             Category             Number",
        "",
        "                New post               Chief of Business         P-5                  1",
        "                                       Transformation and",
        "                                       Accountability Unit",
        "                Conversion             Benefits Assistant        GS (OL)              2",
        "                                       (Operations)",
        "                Total net changes                                                     4",
        "                Redeployment (from     Programme                 P-3                  1",
        "                executive direction    Management Officer",
        "                and management to",
        "                programme of work)",
        "                Conversion             Accounting Assistant      GS (OL)              1",
        "                Total conversions                                                     27",
    };

    private static List<string> Rows(params string[] lines) => LaidOutTable.Find(lines).SelectMany(table => table.Rows).ToList();

    [Fact]
    public void Rows_whose_first_cell_is_a_number_are_a_tables_rows()
    {
        var tables = LaidOutTable.Find(NumberedRows);

        var table = Assert.Single(tables);
        Assert.Equal(1, table.Start);
        Assert.Equal(
            new[]
            {
                "1.\tStatement that the notice of judicial sale is given for the purposes of the United Nations Convention on the International Effects of Judicial Sales of Ships",
                "2.\tName of State of judicial sale",
                "3.\tCourt or other public authority ordering, approving or confirming the judicial sale",
                "5.\tName of ship",
                "6.\tRegistry",
            },
            table.Rows);
    }

    [Fact]
    public void A_cells_further_lines_run_into_it_and_a_figure_ends_its_row()
    {
        var rows = Rows(StaffingRows);

        Assert.Equal(
            new[]
            {
                "Action\tTitle of post\tCategory\tNumber",
                "\t\t\t",
                "New post\tChief of Business Transformation and Accountability Unit\tP-5\t1",
                "Conversion\tBenefits Assistant (Operations)\tGS (OL)\t2",
                "Total net changes\t\t\t4",
                "Redeployment (from executive direction and management to programme of work)\tProgramme Management Officer\tP-3\t1",
                "Conversion\tAccounting Assistant\tGS (OL)\t1",
                "Total conversions\t\t\t27",
            },
            rows);
    }

    [Fact]
    public void Numbered_paragraphs_with_their_text_a_few_letters_on_are_no_table()
    {
        Assert.Empty(LaidOutTable.Find(new[]
        {
            "               4.      Endorses the conclusions and recommendations of the Advisory Committee on",
            "                       Administrative and Budgetary Questions;",
            "               5.      Emphasizes the existing prerogative of the General Assembly on matters pertaining to",
            "                       the Fund;",
            "               6.      Stresses the need for the Fund to address all the recommendations identified by the",
            "                       Board of Auditors and the Office of Internal Oversight Services, including in relation to",
        }));
    }

    [Fact]
    public void A_line_of_columns_alone_is_no_table()
    {
        Assert.Empty(LaidOutTable.Find(new[]
        {
            "75/1.          Declaration on the commemoration of the seventy-fifth anniversary of the",
            "               United Nations",
            "                      The General Assembly",
        }));
    }

    [Fact]
    public void A_laid_out_table_reads_as_rows_between_the_paragraphs_around_it()
    {
        var page = string.Join("\n", new[]
        {
            "A/RES/77/100", "", "               United Nations                                            A/RES/77/100", "               General Assembly                    Distr.: General",
            "               Seventy-seventh session", "               Agenda item 79", "               Resolution adopted by the General Assembly on 7 December 2022", "",
        }.Concat(NumberedRows).Concat(new[] { "", "               Annex II", "" })) + "\n\f";

        var text = LaidOutText.Paragraphs(page);

        Assert.Contains("\n1.\tStatement that the notice of judicial sale is given for the purposes of the United Nations Convention on the International Effects of Judicial Sales of Ships\n2.\tName of State of judicial sale\n", text, StringComparison.Ordinal);
        Assert.Contains("Minimum information to be contained in the notice of judicial sale\n\n1.\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_drops_the_header_rows_it_repeats_and_runs_a_cut_cell_on()
    {
        var above = new[] { "Section\t\tAmount (United States dollars)", "\t\t", "10\tLeast developed countries, landlocked developing countries and small island\t6 609 300" };

        Assert.Equal(new[] { "11\tUnited Nations support\t7 823 600" }, PrintedTable.BelowRepeatedHeader(above, new[] { "Section\t\tAmount (United States dollars)", "\t\t", "11\tUnited Nations support\t7 823 600" }));
        // The page's first row read already as its running line: the empty row under it repeats the header all the same.
        Assert.Equal(new[] { "\tdeveloping States\t" }, PrintedTable.BelowRepeatedHeader(above, new[] { "\t\t", "\tdeveloping States\t" }));
        Assert.Equal("10\tLeast developed countries, landlocked developing countries and small island developing States\t6 609 300", PrintedTable.CellGoesOn(above, new[] { "\tdeveloping States\t" }));
        Assert.Null(PrintedTable.CellGoesOn(above, new[] { "11\tUnited Nations support\t7 823 600" }));
        Assert.Null(PrintedTable.CellGoesOn(above, new[] { "\tSubtotal, part IV\t262 008 500" }));
    }
}
