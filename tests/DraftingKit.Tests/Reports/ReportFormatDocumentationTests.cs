using DraftingKit.Rendering;
using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Reports;

/// <summary>The example of docs/report-format.md is read, linted and rendered as a test, so the page cannot drift.</summary>
public sealed class ReportFormatDocumentationTests
{
    private static string Page => File.ReadAllText(RepositoryPaths.InRepository("docs", "report-format.md"));

    private static string Block(string fence)
    {
        var page = Page;
        var start = page.IndexOf(fence + "\n", StringComparison.Ordinal) + fence.Length + 1;
        var close = fence.StartsWith("````", StringComparison.Ordinal) ? "\n````\n" : "\n```\n";
        var end = page.IndexOf(close, start - 1, StringComparison.Ordinal);
        return page.Substring(start, end - start + 1);
    }

    [Fact]
    public void The_example_reads_and_lints_without_any_finding()
    {
        var text = Block("````markdown");
        Assert.Empty(ReportLinter.Lint(ReportText.Path("example"), text).Select(f => f.ToString()));
        Assert.Equal(2, ReportReader.Read(ReportText.Path("example"), text).Report.Texts().Count());
    }

    [Fact]
    public void The_example_renders_as_the_page_shows()
    {
        var report = ReportReader.Read(ReportText.Path("example"), Block("````markdown")).Report;
        var rendered = ReportTextRenderer.Render(report);
        var shown = Block("```text");
        Assert.StartsWith(shown + "\nDraft resolution I\n", rendered, StringComparison.Ordinal);
    }
}
