using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: what a page break of a PDF's text layer cuts, the importer makes whole, and only that: a table row cut in
/// its text (A/RES/76/247 A-C, "… small island developing" over the page "States   7 320 200"), while a whole row
/// at a page's foot stays a row; the closing's meeting line after a page break is not the last paragraph's words
/// (A/RES/76/244 B).
/// </summary>
public sealed class PageBreakTextLayerTests
{
    private const string Row = "| 10 | Least developed countries, landlocked developing countries and small island developing States | 7 320 200 |";

    private static ResolutionDocument FromTextLayer(ResolutionDocument original)
    {
        var result = UnDocumentImporter.ImportText("layer.txt", PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.PageFoot));
        return Assert.Single(result.Texts).Document;
    }

    private static List<string> Rows(ResolutionDocument document) => document.Parts[0].OperativePart.OfType<Table>().First().Rows
        .Select(row => string.Join(" | ", row.Cells.Select(cell => cell.PlainText))).ToList();

    private static string Budget() => File.ReadAllText(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-76-247-A-C.res.md"));

    [Fact]
    public void A_table_row_a_page_break_cuts_in_its_text_is_one_row()
    {
        var original = TemplateReader.Read("A-RES-76-247-A-C.res.md", Budget()).Document;
        var layer = PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.PageFoot);
        Assert.Contains("small island developing\n", layer, StringComparison.Ordinal);

        var rows = Rows(FromTextLayer(original));

        Assert.Contains("10 | Least developed countries, landlocked developing countries and small island developing States | 7 320 200", rows);
        Assert.Equal(Rows(original), rows);
    }

    [Fact]
    public void A_row_cut_in_its_last_cell_goes_on_in_the_lower_case_words_over_the_page()
    {
        // 77/100, annex I, item 13: the page ends on "… clean title to the", the next opens "ship, or, if it is not known …".
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-77-100.res.md")).Document;
        var layer = PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.PageFoot);
        Assert.Matches(@"clean title to the\n\n[^\f]*\f[^\n]*\n\nship, or, if it is not known", layer);

        var imported = FromTextLayer(original);

        static List<string> AnnexRows(ResolutionDocument document) => document.Annexes[0].Blocks.OfType<Table>().SelectMany(table => table.Rows)
            .Select(row => string.Join(" | ", row.Cells.Select(cell => cell.PlainText))).ToList();
        Assert.Contains(AnnexRows(imported), row => row.StartsWith("13. | Statement either confirming", StringComparison.Ordinal) && row.EndsWith("would not confer clean title", StringComparison.Ordinal));
        Assert.Equal(AnnexRows(original), AnnexRows(imported));
        Assert.DoesNotContain(imported.Annexes[0].Blocks, block => block is Heading heading && heading.Text.PlainText.StartsWith("ship", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_the_text_that_recurs_and_ends_a_page_is_no_running_footer()
    {
        // 75/1: with every note after the text, the declaration's first "* * *" is the last line of page 2, over the
        // job number; the second stands inside page 4. The running header, at the top of every page, still goes.
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-75-1.res.md")).Document;
        var layer = PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.AfterText);
        Assert.Matches(@"\n\* \* \*\n\n20-15678\n", layer);

        var imported = Assert.Single(UnDocumentImporter.ImportText("layer.txt", layer).Texts).Document;

        static List<string> Headings(ResolutionDocument document) => document.Parts[0].OperativePart.OfType<Heading>().Select(heading => heading.Text.PlainText.Trim()).ToList();
        Assert.Equal(2, Headings(original).Count(text => text == "* * *"));
        Assert.Equal(Headings(original), Headings(imported));
        Assert.DoesNotContain(CarriedModel.AsPlainText(imported).Split('\n'), line => line.EndsWith(": A/RES/75/1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_row_at_the_foot_of_a_page_stays_a_row()
    {
        // The row shortened to one line: the page now ends on whole rows, none of which goes on over the page.
        var template = Budget();
        Assert.Contains(Row, template, StringComparison.Ordinal);
        var original = TemplateReader.Read("A-RES-76-247-A-C.res.md", template.Replace(Row, "| 10 | Least developed countries | 7 320 200 |", StringComparison.Ordinal)).Document;

        var rows = Rows(FromTextLayer(original));

        Assert.Contains("10 | Least developed countries | 7 320 200", rows);
        Assert.Equal(Rows(original), rows);
    }

    [Fact]
    public void The_meeting_line_after_a_page_break_closes_the_text()
    {
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-76-244-B.res.md")).Document;
        Assert.Contains("\f", PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.PageFoot).Split("89th plenary meeting")[0].Split("Darfur”.").Last(), StringComparison.Ordinal);

        var document = FromTextLayer(original);

        Assert.Equal("89th plenary meeting", document.Header.Meeting);
        Assert.EndsWith("Hybrid Operation in Darfur”.", document.OperativeParagraphs().Last().Text.PlainText, StringComparison.Ordinal);
    }
}
