using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A lettered line over a table on a laid-out page (<see cref="TableHeading"/>): at the margin, where the table's first
/// cells stand or left of them, it heads the table ("A. Pension Administration", A/RES/75/246); set in at the
/// paragraph's text column it is the paragraph's point (A/RES/77/258), as plain text reads it.
/// </summary>
public sealed class TableHeadingLaidOutTests
{
    private static readonly string[] Table =
    {
        "                Action                 Title of post             Category             Number",
        "",
        "                New post               Chief of Business         P-5                  1",
        "                                       Transformation and",
        "                                       Accountability Unit",
        "                Conversion             Programme                 P-3                  1",
        "                                       Management Officer",
    };

    private static List<string> Marked(params string[] above)
    {
        var output = above.ToList();
        TableHeading.Mark(output, 16);
        return output;
    }

    [Fact]
    public void A_lettered_line_at_the_margin_over_a_table_is_a_heading() =>
        Assert.Equal("               ## A. Pension Administration", Marked("", "               A. Pension Administration").Last());

    [Fact]
    public void A_lettered_line_at_the_paragraphs_text_column_stays_a_point() =>
        Assert.Equal("                     A. Pension Administration", Marked("35.   Approves the changes to the staffing table as set out in the table below:", "", "                     A. Pension Administration").Last());

    [Theory]
    [InlineData("               A. Approves the changes to the staffing table;")]
    [InlineData("               Pension Administration")]
    public void Other_lines_at_the_margin_are_left_as_they_are(string line) => Assert.Equal(line, Marked("", line).Last());

    [Fact]
    public void A_paragraphs_last_line_over_a_table_is_no_heading() =>
        Assert.Equal("               B. Office of Investment Management", Marked("               43.     Approves the changes to the staffing table as set", "               B. Office of Investment Management").Last());

    [Fact]
    public void The_heading_the_layout_shows_is_read_as_a_heading_under_a_colon()
    {
        var text = string.Join("\n", new[]
        {
            "A/RES/75/246", "", "               United Nations                                            A/RES/75/246", "               General Assembly                    Distr.: General",
            "                                                                   8 January 2021", "               Seventy-fifth session", "               Agenda item 148", "",
            "               Resolution adopted by the General Assembly on 31 December 2020", "",
            "               75/246.        United Nations pension system", "",
            "                      The General Assembly,",
            "                      Recalling its resolution 73/274 of 22 December 2018,",
            "               42.     Takes note of the report of the Secretary-General;",
            "               43.     Approves the changes to the staffing table as set out in the table below:", "",
            "               A. Pension Administration",
        }.Concat(Table).Concat(new[]
        {
            "", "               44.     Decides to include in the provisional agenda of its seventy-sixth session the item",
            "                       entitled “United Nations pension system”.", "",
            "                                                                               48th plenary meeting",
            "                                                                               31 December 2020",
        })) + "\n\f";

        var result = UnDocumentImporter.ImportText("A-RES-75-246.txt", text);

        var operative = Assert.Single(result.Texts).Document.Parts[0].OperativePart.ToList();
        var heading = Assert.Single(operative.OfType<Heading>());
        Assert.Equal("A. Pension Administration", heading.Text.PlainText.Trim());
        Assert.IsType<Table>(operative[operative.IndexOf(heading) + 1]);
        Assert.Empty(((OperativeParagraph)operative[operative.IndexOf(heading) - 1]).Subparagraphs);
    }
}
