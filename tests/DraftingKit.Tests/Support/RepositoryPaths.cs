namespace DraftingKit.Tests.Support;

/// <summary>Finds the repository root and the shared folder beside it (seeds, UN corpus, catalog data).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only shared folder that sits beside the repository, locally and in CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string InRepository(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>Every template the repository and the seeds hold: samples, the dotnet new templates, the corpus, the fixtures.</summary>
    public static IEnumerable<string> EveryTemplate() =>
        new[] { InRepository("samples"), InRepository("templates"), InRepository("tests", "corpus"), InRepository("tests", "DraftingKit.Tests", "Fixtures"), Seeds }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.res.md", SearchOption.AllDirectories));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DraftingKit.sln not found above " + AppContext.BaseDirectory);
    }
}
