using System.Text.RegularExpressions;
using DraftingKit.Rendering;
using DraftingKit.Reports;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Reports;

/// <summary>The seed reports as Markdown: the report's own blocks, the texts as MarkdownRenderer writes them, notes by the kind's scheme.</summary>
public sealed class ReportMarkdownRendererTests
{
    private static string Markdown(string seed) => ReportMarkdownRenderer.Render(ReportReader.ReadFile(ReportSeeds.ReportPath(seed)).Report);

    [Fact]
    public void Seed_000_matches_snapshot()
    {
        Snapshot.Verify(Markdown("000_88cf70b5d62246a4"), extension: "md");
    }

    [Theory]
    [InlineData("000_88cf70b5d62246a4")]
    [InlineData("001_5c6eab6134220b08")]
    [InlineData("002_1571e35c9475b5fc")]
    public void Every_footnote_label_is_defined_once_and_every_reference_has_its_definition(string seed)
    {
        var markdown = Markdown(seed);
        var defined = Regex.Matches(markdown, @"^\[\^([^\]]+)\]: ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var referenced = Regex.Matches(markdown, @"\[\^([^\]]+)\](?!:)").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined.Count, defined.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(defined.ToHashSet(StringComparer.Ordinal), referenced.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Committee_report_numbers_its_own_notes_from_1_and_each_draft_from_1_under_its_label()
    {
        var defined = Regex.Matches(Markdown("000_88cf70b5d62246a4"), @"^\[\^([^\]]+)\]: ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal("1", defined[0]);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => "draft-resolution-I-" + n), defined.Skip(1).Take(5));
        Assert.Equal("draft-resolution-II-1", defined[6]);
        Assert.Equal(Enumerable.Range(1, 14).Select(n => "draft-resolution-II-" + n), defined.Skip(6).Take(14));
    }

    [Fact]
    public void Commission_report_runs_notes_1_to_72_through_the_chapter()
    {
        var defined = Regex.Matches(Markdown("001_5c6eab6134220b08"), @"^\[\^([^\]]+)\]: ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Enumerable.Range(1, 72).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), defined);
    }

    [Fact]
    public void Recommended_texts_are_the_bodies_MarkdownRenderer_writes()
    {
        var report = ReportReader.ReadFile(ReportSeeds.ReportPath("000_88cf70b5d62246a4")).Report;
        var markdown = ReportMarkdownRenderer.Render(report);
        var first = report.Texts().First().Document!;

        // The template of draft resolution I, front matter and footnote definitions aside, stands in the report as it is.
        var template = MarkdownRenderer.Render(first);
        var body = template.Substring(template.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5).Trim();
        var paragraphs = body.Split("\n\n").Where(p => !p.StartsWith("[^", StringComparison.Ordinal)).Select(p => Regex.Replace(p, @"\[\^[^\]]+\]", "[^]")).ToList();
        var shown = Regex.Replace(markdown, @"\[\^[^\]]+\]", "[^]");
        Assert.All(paragraphs, paragraph => Assert.Contains("\n\n" + paragraph + "\n\n", shown, StringComparison.Ordinal));
        Assert.Contains("\n\n### Draft resolution I\n\n#### " + first.Header.Title + "\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_sentence_decision_takes_the_report_paragraph_number()
    {
        var markdown = Markdown("001_5c6eab6134220b08");

        Assert.Matches(new Regex(@"\n### Draft decision III\n\n(#### [^\n]+\n\n)?4\. ", RegexOptions.None), markdown);
    }

    [Fact]
    public void Masthead_text_that_Markdown_would_read_as_a_list_or_emphasis_is_escaped()
    {
        var frontMatter = ReportText.CommitteeFrontMatter.Replace("session: 72\n", "session: 72\nagenda-item: \"107\"\nagenda-title: \"1. Crime prevention *and* criminal justice\"\n", StringComparison.Ordinal);
        var read = ReportText.Read("# I. Introduction\n\n1. Text.\n", frontMatter);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DraftingKit.Diagnostics.DraftingSeverity.Error);

        var blocks = ReportMarkdownRenderer.Blocks(read.Report);

        Assert.Contains("1\\. Crime prevention \\*and\\* criminal justice", blocks);
        Assert.Contains("**Report of the Third Committee**", blocks);
        Assert.Contains("1. Text.", blocks);
    }
}
