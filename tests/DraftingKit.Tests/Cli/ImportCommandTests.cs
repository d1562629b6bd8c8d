using DraftingKit.Cli;
using DraftingKit.Cli.Commands;
using DraftingKit.Tests.Import;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit import</c>: templates written, never overwritten without --force, exit codes as ExitCodes says.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "draftkit-import-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Import_writes_one_template_per_text_and_lists_them()
    {
        var stdout = new StringWriter();
        var exit = ImportCommand.Run(SeedCorpus.SeedPath(SeedCorpus.Report000), folder, force: false, stdout, new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(
            new[] { "draft-decision.res.md", "draft-resolution-I.res.md", "draft-resolution-II.res.md", "draft-resolution-III.res.md", "draft-resolution-IV.res.md", "draft-resolution-V.res.md" },
            Array.ConvertAll(Directory.GetFiles(folder), Path.GetFileName).AsSorted());
        Assert.Equal(6, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Existing_template_is_not_overwritten_without_force()
    {
        Directory.CreateDirectory(folder);
        var existing = Path.Combine(folder, "A-RES-74-177.res.md");
        File.WriteAllText(existing, "my own edits");
        var stderr = new StringWriter();

        var exit = ImportCommand.Run(SeedCorpus.SeedPath(SeedCorpus.Resolution003), folder, force: false, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageOrIoError, exit);
        Assert.Equal("my own edits", File.ReadAllText(existing));
        Assert.Contains($"draftkit: '{existing}' exists; use --force to overwrite it", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Force_overwrites_the_existing_template()
    {
        Directory.CreateDirectory(folder);
        var existing = Path.Combine(folder, "A-RES-74-177.res.md");
        File.WriteAllText(existing, "my own edits");

        var exit = ImportCommand.Run(SeedCorpus.SeedPath(SeedCorpus.Resolution003), folder, force: true, new StringWriter(), new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("---\nkind: resolution\nstatus: adopted\n", File.ReadAllText(existing), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_without_any_text_exits_with_input_errors()
    {
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "letter.txt");
        File.WriteAllText(input, "Letter dated 11 October 2017 from the Permanent Representative of the Russian Federation\n");
        var stderr = new StringWriter();

        var exit = ImportCommand.Run(input, Path.Combine(folder, "out"), force: false, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains(input + "(1,1): error DK0106: No resolution or decision was found", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void Missing_file_exits_with_usage_or_io_error()
    {
        var stderr = new StringWriter();

        var exit = ImportCommand.Run(Path.Combine(folder, "absent.txt"), folder, force: false, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageOrIoError, exit);
        Assert.Contains("the file does not exist", stderr.ToString(), StringComparison.Ordinal);
    }
}

internal static class SortExtensions
{
    public static string?[] AsSorted(this string?[] names)
    {
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }
}
