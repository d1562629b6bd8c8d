using System.IO;
using System.Linq;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The two forms of operative subparagraphs in the UN's AKN4UN files: list/point (79 files) and unnumbered
/// paragraphs opening "(a)&#9;" (58 files, e.g. 75/101 A-B). The importer says which form a file uses and the
/// export writes it back in that form.
/// </summary>
public sealed class AknSubparagraphMarkupTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private static ResolutionDocument Handwritten()
    {
        var path = RepositoryPaths.InRepository("tests", "corpus", "handwritten", "A-RES-81-1.res.md");
        return TemplateReader.Read(path, File.ReadAllText(path)).Document;
    }

    [Fact]
    public void Paragraph_form_writes_each_subparagraph_as_an_unnumbered_paragraph_after_its_own()
    {
        var xml = AknRenderer.Render(Handwritten(), new AknRenderOptions(AknSubparagraphMarkup.Paragraphs));
        var body = XDocument.Parse(xml).Descendants(Akn + "mainBody").Single();

        Assert.Empty(body.Descendants(Akn + "point"));
        var texts = body.Elements(Akn + "paragraph").Where(p => p.Element(Akn + "num") is null && p.Element(Akn + "content") is not null)
            .Select(p => p.Element(Akn + "content")!.Value.Trim().Split('\t')[0]).ToList();
        Assert.Equal(new[] { "(a)", "(i)", "(ii)", "(b)" }, texts);
        Assert.Empty(AknSchema.Validate(xml));
    }

    [Fact]
    public void Either_form_imports_back_into_the_same_subparagraphs()
    {
        var document = Handwritten();
        foreach (var markup in new[] { AknSubparagraphMarkup.Points, AknSubparagraphMarkup.Paragraphs })
        {
            var result = AknImporter.Import("A-RES-81-1.xml", AknRenderer.Render(document, new AknRenderOptions(markup)));

            Assert.Equal(markup, result.SubparagraphMarkup);
            var paragraph = result.Document.OperativeParagraphs().Single(p => p.Number == 2);
            Assert.Equal(new[] { "a", "b" }, paragraph.Subparagraphs.Select(s => s.Label));
            Assert.Equal(new[] { "i", "ii" }, paragraph.Subparagraphs[0].Items.Select(s => s.Label));
        }
    }

    [SkippableFact]
    public void The_UN_file_of_75_101_uses_paragraphs_and_that_of_75_325_points()
    {
        Assert.Equal(AknSubparagraphMarkup.Paragraphs, AknImporter.ImportFile(Require.AknFile("75", "75_101A-B_E.xml")).SubparagraphMarkup);
        Assert.Equal(AknSubparagraphMarkup.Points, AknImporter.ImportFile(Require.AknFile("75", "75_325_E.xml")).SubparagraphMarkup);
    }
}
