using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a lettered line over a table after a paragraph that announces it ("… as set out in the table below:" then
/// "A. Pension Administration"). The UN's files mark the same print both ways: a point "A." of the paragraph in 76/246
/// and 77/258, a heading in 75/246. Plain text cannot tell them apart, so it reads what most files have, a point of
/// the paragraph, with or without a table under it; the next lettered line, after the table, heads the next table, as
/// those files have "B." and "C.". A laid-out page shows which it is by where it sets the line (TableHeadingLaidOutTests).
/// </summary>
public sealed class HeadingOverTableImportTests
{
    private const string Header =
        "A/RES/75/246\nGeneral Assembly\nDistr.: General\n8 January 2021\n\nSeventy-fifth session\nAgenda item 148\n\n"
        + "Resolution adopted by the General Assembly on 31 December 2020\n\n"
        + "75/246. United Nations pension system\n\nThe General Assembly,\n\n"
        + "Recalling its resolution 73/274 of 22 December 2018,\n\n"
        + "42. Takes note of the report of the Secretary-General;\n\n";

    private const string Closing = "\n\n44. Decides to include in the provisional agenda of its seventy-sixth session the item entitled “United Nations pension system”.\n\n"
        + "48th plenary meeting\n31 December 2020\n";

    private const string StaffingTable = "Action\tTitle of post\tCategory\tNumber\n"
        + "New post\tChief of Business Transformation and Accountability Unit\tP-5\t1\n"
        + "Conversion\tProgramme Management Officer (Risk)\tP-3\t1";

    private static List<BodyBlock> Operative(string body)
    {
        var result = UnDocumentImporter.ImportText("A-RES-75-246.txt", Header + body + Closing);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Texts).Document.Parts[0].OperativePart.ToList();
    }

    [Fact]
    public void A_lettered_line_over_a_table_after_a_colon_is_a_point_of_the_paragraph()
    {
        var operative = Operative("43. Approves the changes to the staffing table as set out in the table below:\n\n"
            + "A. Pension Administration\n\n" + StaffingTable + "\n\nB. Office of Investment Management\n\n" + StaffingTable);

        var paragraph = Assert.IsType<OperativeParagraph>(operative[1]);
        Assert.Equal("A. Pension Administration", paragraph.Subparagraphs[0].Text.PlainText.Trim());
        Assert.IsType<Table>(operative[2]);
        Assert.Equal("B. Office of Investment Management", Assert.IsType<Heading>(operative[3]).Text.PlainText.Trim());
        Assert.IsType<Table>(operative[4]);
    }

    [Fact]
    public void The_same_lines_after_a_colon_with_no_table_under_them_stay_items_of_the_paragraph()
    {
        var operative = Operative("43. Approves the changes to the staffing table in the following offices:\n\n"
            + "A. Pension Administration\n\nB. Office of Investment Management");

        var paragraph = Assert.IsType<OperativeParagraph>(operative[1]);
        Assert.Equal(new[] { "A. Pension Administration", "B. Office of Investment Management" }, paragraph.Subparagraphs.Select(item => item.Text.PlainText.Trim()));
        Assert.DoesNotContain(operative, block => block is Heading);
    }
}
