using DraftingKit.Tests.Rendering;

namespace DraftingKit.Tests.Support;

/// <summary>
/// What a test needs from outside the repository: the UN corpus beside it, LibreOffice, Poppler, Chromium. A test
/// whose need is missing reports Skipped with the reason (in CI, scripts/test.sh fails on any skip); it never
/// passes having checked nothing.
/// </summary>
internal static class Require
{
    /// <summary>A folder of the shared UN corpus (<c>../shared/corpus/…</c>), or the test is skipped.</summary>
    public static string CorpusFolder(params string[] parts)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "corpus", Path.Combine(parts));
        Skip.IfNot(Directory.Exists(path), "the UN corpus is not at " + path + " (../shared beside the repository)");
        return path;
    }

    /// <summary>
    /// One file of the AKN4UN corpus: skipped when the corpus is absent, but a failure when the corpus is there and
    /// the file is not, so that renaming a file cannot silence the test that reads it.
    /// </summary>
    public static string AknFile(string session, string name)
    {
        var folder = CorpusFolder("akn4un", "en", session);
        var path = Path.Combine(folder, name);
        Assert.True(File.Exists(path), "The AKN4UN corpus is at " + folder + " but " + name + " is not in it; the test reads that file.");
        return path;
    }

    /// <summary>The full path of the first of <paramref name="names"/> on PATH, or the test is skipped.</summary>
    public static string Tool(string package, params string[] names)
    {
        var found = ExternalTools.Find(names);
        Skip.If(found is null, "needs " + string.Join(" or ", names) + " on PATH (Debian package " + package + "; .ci/run installs it)");
        return found!;
    }
}
