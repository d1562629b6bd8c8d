using System.Linq;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

public sealed class DotnetNewTemplateTests
{
    [Fact]
    public void The_new_resolution_item_template_is_a_clean_template()
    {
        var result = TemplateReader.ReadFile(RepositoryPaths.InRepository("templates", "resolution", "draft-resolution.res.md"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(81, result.Document.Header.Session);
        Assert.Single(result.Document.OperativeParagraphs());
    }
}
