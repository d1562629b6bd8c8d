using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The templates the rendering tests run on: excerpts of adopted resolutions in Fixtures/ (every *.res.md there
/// is picked up, so adding a template adds it to the format-wide tests).
/// </summary>
internal static class RenderingFixtures
{
    /// <summary>Excerpt of A/RES/74/177 (seed 003): header block, preamble with six footnotes, one footnote referenced twice.</summary>
    public const string CrimePrevention = "A-RES-74-177.excerpt.res.md";

    /// <summary>Excerpt of A/RES/75/325 (UN AKN corpus): subparagraphs (a)/(i), headings in the operative part, an annex.</summary>
    public const string Revitalization = "A-RES-75-325.excerpt.res.md";

    public static string Folder => RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Rendering", "Fixtures");

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.res.md").Select(Path.GetFileName).OrderBy(name => name, System.StringComparer.Ordinal).Select(name => new object[] { name! });

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Reads a fixture and fails the test when the template itself has errors.</summary>
    public static ResolutionDocument Read(string name)
    {
        var result = TemplateReader.ReadFile(PathOf(name));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Document;
    }
}
