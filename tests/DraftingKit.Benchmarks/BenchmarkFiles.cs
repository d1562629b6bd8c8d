using System;
using System.IO;
using System.Linq;

namespace DraftingKit.Benchmarks;

/// <summary>The real files the benchmarks read: the sample 74/177 and the imported seed corpus.</summary>
internal static class BenchmarkFiles
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "A-RES-74-177.res.md");

    /// <summary>The 35 templates imported from seeds 000–003, in ordinal order so every run reads the same list.</summary>
    public static string[] SeedCorpus() =>
        Directory.GetFiles(Path.Combine(Root, "tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
