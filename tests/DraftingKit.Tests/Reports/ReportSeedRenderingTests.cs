using DraftingKit.Rendering;
using DraftingKit.Reports;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// The proof of the report format: the seed reports re-authored as <c>*.report.md</c> (the recommended texts included
/// from the seed templates, the formulaic paragraphs of section II written from proceedings) render as the ORIGINAL
/// seed text, stretch by stretch and paragraph by paragraph.
/// </summary>
public sealed class ReportSeedRenderingTests
{
    /// <summary>
    /// Stretches whose rendering differs from the seed, each with its reason, as <c>SeedCorpusTests</c> lists them.
    /// The test fails when a listed stretch starts to match (remove it) or an unlisted one stops matching.
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        // The extraction lost the markers of footnotes 3 and 4 of this draft; its template numbers the others 1–13,
        // the seed 1, 2, 5–15. Every word is the same (SeedCorpusTests lists the same text for the same reason).
        ["draft-resolution-V.res.md"] = "footnote markers 3 and 4 missing from the extraction",
    };

    private readonly ITestOutputHelper output;

    public ReportSeedRenderingTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Seed_000_renders_as_the_seed_from_the_introduction_to_the_draft_decision()
    {
        var report = Read("000_88cf70b5d62246a4");
        AssertRendersAs(report, ReportSeeds.Expected(ReportSeeds.Report000, renumberFootnotes: true), skipHeader: true);
    }

    [Fact]
    public void Seed_000_header_block_is_the_seed_masthead()
    {
        var report = Read("000_88cf70b5d62246a4");
        var header = ReportTextRenderer.HeaderParagraphs(report.Header).SelectMany(p => p.Split('\n')).ToList();
        Assert.Equal(ReportSeeds.HeaderLines(Import.SeedCorpus.Report000, 5, 19), header);
    }

    [Fact]
    public void Seed_001_chapter_renders_as_the_seed_with_notes_running_from_1_to_72()
    {
        var report = Read("001_5c6eab6134220b08");
        AssertRendersAs(report, ReportSeeds.Expected(ReportSeeds.Report001, renumberFootnotes: false), skipHeader: false);
        var rendered = ReportTextRenderer.Render(report);
        Assert.Contains("\n⁷² General Assembly resolution 70/174, annex.", rendered, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_002_recommendations_render_as_the_seed()
    {
        var report = Read("002_1571e35c9475b5fc");
        AssertRendersAs(report, ReportSeeds.Expected(ReportSeeds.Report002, renumberFootnotes: true), skipHeader: true);
    }

    [Fact]
    public void Seed_002_header_block_is_the_seed_masthead()
    {
        var report = Read("002_1571e35c9475b5fc");
        var header = ReportTextRenderer.HeaderParagraphs(report.Header).SelectMany(p => p.Split('\n')).ToList();
        Assert.Equal(ReportSeeds.HeaderLines(Import.SeedCorpus.Report002, 5, 19), header);
    }

    private static ReportDocument Read(string seed)
    {
        var read = ReportReader.ReadFile(ReportSeeds.ReportPath(seed));
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics));
        return read.Report;
    }

    private void AssertRendersAs(ReportDocument report, List<(string Stretch, string Line)> expected, bool skipHeader)
    {
        var paragraphs = ReportTextRenderer.Paragraphs(report).ToList();
        if (skipHeader)
        {
            paragraphs = paragraphs.Skip(ReportTextRenderer.HeaderParagraphs(report.Header).Count()).ToList();
        }

        var actual = paragraphs.SelectMany(p => p.Split('\n')).Where(line => line.Trim().Length > 0).ToList();
        output.WriteLine($"{expected.Count} seed paragraphs, {actual.Count} rendered");
        Assert.Equal(expected.Count, actual.Count);

        // Paragraph counts agree, so each rendered paragraph belongs to the stretch of the seed paragraph it faces.
        var failures = new Dictionary<string, string>();
        for (var i = 0; i < expected.Count; i++)
        {
            var (stretch, want) = expected[i];
            if (want != actual[i] && !failures.ContainsKey(stretch))
            {
                failures[stretch] = $"paragraph {i + 1} of {expected.Count}:\n  seed:     {want}\n  rendered: {actual[i]}";
            }
        }

        var stretches = expected.Select(e => e.Stretch).Distinct().ToList();
        var unexpected = failures.Keys.Where(name => !Exceptions.ContainsKey(name)).ToList();
        var stale = Exceptions.Keys.Where(name => stretches.Contains(name) && !failures.ContainsKey(name)).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Select(name => name + ", " + failures[name])));
        Assert.True(stale.Count == 0, "Listed exceptions that now match (remove them): " + string.Join(", ", stale));
    }
}
