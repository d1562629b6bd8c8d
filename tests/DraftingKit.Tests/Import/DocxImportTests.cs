using System.IO;
using System.Linq;
using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Import;

/// <summary>Importing a Word document with italic runs and real footnotes, built from the text of seed 003.</summary>
public sealed class DocxImportTests
{
    [Fact]
    public void Resolution_74_177_as_a_word_document_imports_as_the_seed_text()
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md");
        using var docx = new MemoryStream(SeedDocx.Build(SeedCorpus.SeedPath(text.Seed)));

        var result = UnDocumentImporter.ImportDocx("A-RES-74-177.docx", docx);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var imported = Assert.Single(result.Texts);
        Assert.Equal("A-RES-74-177.res.md", imported.FileName);
        var expected = SeedReference.Lines(SeedCorpus.SeedPath(text.Seed), text.FirstLine, text.LastLine, text.Quoted, text.SymbolLine);
        var actual = UnTextRenderer.Render(imported.Document).Split('\n').Where(line => line.Length > 0).ToList();
        Assert.Null(SeedCorpusTests.Compare(expected, actual));
    }

    [Fact]
    public void Word_footnotes_and_italic_leads_arrive_in_the_model()
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md");
        using var docx = new MemoryStream(SeedDocx.Build(SeedCorpus.SeedPath(text.Seed)));

        var document = Assert.Single(UnDocumentImporter.ImportDocx("A-RES-74-177.docx", docx).Texts).Document;

        Assert.Equal(36, document.Footnotes.Count);
        Assert.Equal("United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.", ModelDump.Inline(document.Footnotes[0].Text));
        Assert.Equal(new[] { "Reaffirming", "Reaffirming also", "Recalling", "Welcoming" }, document.PreambularParagraphs().Take(4).Select(paragraph => paragraph.Lead));
        Assert.Equal(65, document.OperativeParagraphs().Count());
        Assert.All(document.OperativeParagraphs(), paragraph => Assert.NotNull(paragraph.Lead));
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_reported_not_thrown()
    {
        using var garbage = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("The General Assembly,"));

        var result = UnDocumentImporter.ImportDocx("broken.docx", garbage);

        Assert.Empty(result.Texts);
        Assert.Equal("DK0108", Assert.Single(result.Diagnostics).Id);
    }
}
