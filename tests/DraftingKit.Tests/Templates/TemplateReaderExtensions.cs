using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

internal static class TemplateReaderExtensions
{
    /// <summary>Reads a template by its path in the repository, failing the test when it has errors.</summary>
    public static ResolutionDocument ReadRepositoryFile(string relativePath)
    {
        var result = TemplateReader.ReadFile(RepositoryPaths.InRepository(relativePath.Split('/')));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document;
    }
}
