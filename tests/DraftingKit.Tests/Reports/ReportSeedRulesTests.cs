using DraftingKit.Rules;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// The report rules over the seed reports re-authored as templates: no finding but the genuine slips of the seeds,
/// each listed here with its place.
/// </summary>
public sealed class ReportSeedRulesTests
{
    [Fact]
    public void Seed_000_has_one_finding_the_43_meeting_of_paragraph_13()
    {
        var path = ReportSeeds.ReportPath("000_88cf70b5d62246a4");
        var findings = ReportLinter.Lint(path, File.ReadAllText(path));
        var finding = Assert.Single(findings);
        Assert.Equal("DK8006", finding.Id);
        Assert.Equal("Meeting '43' is written without its ordinal suffix; write 'the 43rd meeting'", finding.Message);

        // The slip stands in the paragraph the report prints as 13 ("At its 43 meeting, on 7 November, …").
        var line = File.ReadAllLines(path)[finding.Span.Line - 1];
        Assert.StartsWith("1. At its 43 meeting, on 7 November, the Committee had before it", line, System.StringComparison.Ordinal);
        Assert.Equal("43", line.Substring(finding.Span.Column - 1, finding.Span.Length));
    }

    [Theory]
    [InlineData("001_5c6eab6134220b08")]
    [InlineData("002_1571e35c9475b5fc")]
    public void Seed_report_has_no_finding(string seed)
    {
        var path = ReportSeeds.ReportPath(seed);
        Assert.Empty(ReportLinter.Lint(path, File.ReadAllText(path)).Select(f => f.ToString()));
    }

    [Fact]
    public void Fixing_seed_000_leaves_no_finding()
    {
        var path = ReportSeeds.ReportPath("000_88cf70b5d62246a4");
        var text = File.ReadAllText(path);
        var fixedText = DraftingLinter.ApplyFixes(text, ReportLinter.Lint(path, text), out var applied);
        Assert.Equal(1, applied);
        Assert.Contains("1. At its 43rd meeting, on 7 November, the Committee had before it", fixedText, System.StringComparison.Ordinal);
        Assert.Empty(ReportLinter.Lint(path, fixedText));
    }
}
