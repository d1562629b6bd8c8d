using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A resolution of a special or an emergency special session is numbered by its session ("S-32/1", "ES-11/4"), and its
/// printed title line carries that number ("ES-11/4. Territorial integrity of Ukraine …"): the import reads it as a
/// regular session's "75/1".
/// </summary>
public sealed class SpecialSessionNumberImportTests
{
    [Theory]
    [InlineData("A-RES-ES-11-4.res.md", "ES-11/4", "A/RES/ES-11/4")]
    [InlineData("A-RES-ES-11-1.res.md", "ES-11/1", "A/RES/ES-11/1")]
    [InlineData("A-RES-S-32-1.res.md", "S-32/1", "A/RES/S-32/1")]
    [InlineData("A-RES-75-1.res.md", "75/1", "A/RES/75/1")]
    public void The_title_lines_number_is_the_resolutions(string template, string number, string symbol)
    {
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", template)).Document;

        var header = UnDocumentImporter.ImportText(template, UnTextRenderer.Render(original)).Texts.Single().Document.Header;

        Assert.Equal(number, header.Number);
        Assert.Equal(symbol, header.Symbol);
    }
}
