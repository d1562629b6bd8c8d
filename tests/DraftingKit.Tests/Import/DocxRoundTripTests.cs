using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>The Word files DraftingKit writes import back into the text they came from.</summary>
public sealed class DocxRoundTripTests
{
    [Theory]
    [InlineData(RenderingFixtures.CrimePrevention)]
    [InlineData(RenderingFixtures.Revitalization)]
    [InlineData("samples/A-RES-74-177.res.md")]
    public void A_rendered_DOCX_imports_back_to_the_same_UN_text(string template)
    {
        var original = template.StartsWith("samples/", System.StringComparison.Ordinal)
            ? Templates.TemplateReaderExtensions.ReadRepositoryFile(template)
            : RenderingFixtures.Read(template);
        using var docx = new MemoryStream();
        DocxRenderer.Write(original, docx);
        docx.Position = 0;

        var imported = UnDocumentImporter.ImportDocx("round-trip.docx", docx);

        Assert.False(imported.HasErrors, string.Join("\n", imported.Diagnostics));
        var text = Assert.Single(imported.Texts).Document;
        var expected = UnTextRenderer.Render(original);
        var actual = UnTextRenderer.Render(text);
        Assert.True(expected == actual, Snapshot.Diff(expected, actual));
    }
}
