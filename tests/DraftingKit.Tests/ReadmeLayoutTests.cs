using DraftingKit.Tests.Support;

namespace DraftingKit.Tests;

/// <summary>
/// The README's Layout is complete (issue 19): it names every project under src/ and tests/, every folder of the
/// engine and every folder of scripts/, so a newcomer finds each one described.
/// </summary>
public sealed class ReadmeLayoutTests
{
    [Fact]
    public void Layout_names_every_project_folder_and_every_engine_folder()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepository("README.md"));
        var start = readme.IndexOf("## Layout", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no Layout section");
        var layout = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];

        var expected = Folders("src").Select(f => "src/" + f + "/")
            .Concat(Folders("tests").Select(f => "tests/" + f + "/"))
            .Concat(Folders("scripts").Select(f => f + "/"))
            .Concat(Folders("src", "DraftingKit").Where(f => f != "Polyfills").Select(f => f + "/"));
        Assert.All(expected, folder => Assert.Contains(folder, layout, StringComparison.Ordinal));
    }

    private static string[] Folders(params string[] path) =>
        Directory.GetDirectories(RepositoryPaths.InRepository(path))
            .Select(d => Path.GetFileName(d))
            .Where(name => name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
            .ToArray();
}
