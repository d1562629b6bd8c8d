using DraftingKit.Cli.Commands;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>draftkit lint</c> lints the files of a run in parallel and reports them in the order given: the report of a
/// folder of real texts must be the same on every run, each file's findings together and the files in path order.
/// </summary>
public sealed class LintParallelTests
{
    private static string Lint(string folder)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        LintCommand.Run(new[] { folder }, "text", new[] { "info" }, Array.Empty<string>(), fix: false, stdout, stderr);
        return stdout.ToString() + stderr.ToString();
    }

    [Fact]
    public void A_folder_of_real_texts_reports_the_same_findings_in_file_order_on_every_run()
    {
        var folder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates");
        var first = Lint(folder);

        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(first, Lint(folder));
        }

        var files = first.Split('\n')
            .Where(line => line.StartsWith(folder, StringComparison.Ordinal) && line.Contains(".res.md(", StringComparison.Ordinal))
            .Select(line => line.Substring(0, line.IndexOf(".res.md(", StringComparison.Ordinal)))
            .ToList();
        Assert.True(files.Distinct().Count() >= 10, "the Council's texts give findings in at least 10 files: " + files.Distinct().Count());
        Assert.Equal(files.OrderBy(path => path, StringComparer.Ordinal), files);
    }
}
