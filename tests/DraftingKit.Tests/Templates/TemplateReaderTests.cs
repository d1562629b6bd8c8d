using System.Linq;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Templates;

public sealed class TemplateReaderTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Test\n---\n\n";

    [Fact]
    public void Formula_preamble_and_numbered_operative_paragraphs_are_placed_in_their_part()
    {
        var result = TemplateReader.Read("t.res.md", FrontMatter + "The General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Requests* the Secretary-General to report.\n");

        Assert.Empty(result.Diagnostics);
        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("The General Assembly,", part.Formula!.Text.PlainText);
        var preambular = Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble));
        Assert.Equal("Recalling", preambular.Lead);
        var operative = Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart));
        Assert.Equal(1, operative.Number);
        Assert.Equal("Requests", operative.Lead);
    }
}
