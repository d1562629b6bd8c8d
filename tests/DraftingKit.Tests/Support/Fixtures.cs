using DraftingKit.Templates;

namespace DraftingKit.Tests.Support;

/// <summary>The template fixtures under tests/DraftingKit.Tests/Fixtures, read as a drafter's file would be.</summary>
internal static class Fixtures
{
    public static string PathOf(string name) => RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Reads a fixture with a repository-relative path, so snapshots do not depend on the machine.</summary>
    public static TemplateReadResult Read(string name) => TemplateReader.Read("Fixtures/" + name, Text(name));
}
