namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// A committee report (<c>*.report.md</c>) in a drafting project is checked by the report rules in the build, its
/// included texts read from the project's AdditionalFiles (an analyzer reads no file itself). The report is seed
/// 000 re-authored (tests/corpus/reports); its one slip is "At its 43 meeting" in paragraph 13.
/// </summary>
public sealed class ReportAnalyzerTests
{
    private static readonly string Reports = Path.Combine(AnalyzerHarness.Root, "tests", "corpus", "reports");
    private static readonly string Report = Path.Combine(Reports, "000_88cf70b5d62246a4.report.md");
    private static readonly string Texts = Path.Combine(AnalyzerHarness.Root, "tests", "corpus", "seeds", "000_88cf70b5d62246a4");

    [Fact]
    public async Task The_seed_report_draws_only_its_meeting_ordinal_slip_with_its_texts_read_from_the_project()
    {
        var files = Directory.GetFiles(Texts, "*.res.md").Append(Report).Select(path => (path, File.ReadAllText(path)));

        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(files);

        Assert.Empty(exceptions);
        var inReport = diagnostics.Where(d => d.Location.GetLineSpan().Path == Report).ToList();
        var slip = Assert.Single(inReport);
        Assert.Equal("DK8006", slip.Id);
        Assert.Equal("1. At its 43 meeting, on 7 November", Line(Report, slip.Location.GetLineSpan().StartLinePosition.Line)[..35]);
    }

    [Fact]
    public async Task An_included_text_that_is_not_an_additional_file_is_DK0020_even_when_it_is_on_disk()
    {
        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(new[] { (Report, File.ReadAllText(Report)) });

        Assert.Empty(exceptions);
        var notRead = diagnostics.Where(d => d.Id == "DK0020").ToList();
        Assert.NotEmpty(notRead);
        Assert.All(notRead, d => Assert.Contains("no file", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/p/reports/../seeds/a.res.md", "/p/seeds/a.res.md")]
    [InlineData("/p/./reports/x.report.md", "/p/reports/x.report.md")]
    [InlineData(@"C:\p\reports\..\seeds\a.res.md", "C:/p/seeds/a.res.md")]
    public void Paths_are_compared_with_their_dot_segments_resolved(string written, string normal) =>
        Assert.Equal(normal, DraftingRulesAnalyzer.NormalPath(written));

    private static string Line(string path, int zeroBased) => File.ReadAllLines(path)[zeroBased];
}
