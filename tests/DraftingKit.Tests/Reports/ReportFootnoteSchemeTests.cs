using DraftingKit.Rendering;
using DraftingKit.Reports;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// Footnote numbering is a property of the kind of report: a committee report numbers its own notes from 1 and
/// every recommended draft from 1 again (seed 000); a commission report runs one count through its chapter (seed 001).
/// </summary>
public sealed class ReportFootnoteSchemeTests
{
    private static readonly string Body =
        "## A. Drafts\n\n1. The report's own note.[^a]\n\n[^a]: A/C.3/72/SR.5.\n\n2. The following draft resolutions are recommended:\n\n"
        + ReportText.Include("draft-resolution-I") + ReportText.Include("draft-resolution-II")
        + "## B. More\n\n3. Another note.[^b]\n\n[^b]: A/C.3/72/SR.6.\n";

    [Fact]
    public void The_kind_sets_the_scheme()
    {
        Assert.Equal(ReportFootnoteScheme.RestartPerText, ReportKinds.FootnoteScheme(ReportKind.CommitteeReport));
        Assert.Equal(ReportFootnoteScheme.Continuous, ReportKinds.FootnoteScheme(ReportKind.CommissionReport));
    }

    [Fact]
    public void Committee_report_restarts_each_draft_at_1()
    {
        var notes = Notes(ReportText.CommitteeFrontMatter);

        // The report's note 1 before the drafts; draft I's 1–5; draft II's 1–14 (seed 000 prints the same); the
        // report's note 2 at the end.
        Assert.Equal(new[] { 1, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2 }, notes);
    }

    [Fact]
    public void Commission_report_runs_one_count_through_the_chapter()
    {
        var notes = Notes("---\nkind: commission-report\norgan: Economic and Social Council\nyear: 2017\n---\n\n");
        Assert.Equal(Enumerable.Range(1, 21), notes);
    }

    [Fact]
    public void Seed_000_draft_II_restarts_at_1_and_seed_001_draft_II_of_section_A_goes_on_at_6()
    {
        var committee = ReportTextRenderer.Render(ReportReader.ReadFile(ReportSeeds.ReportPath("000_88cf70b5d62246a4")).Report);
        var commission = ReportTextRenderer.Render(ReportReader.ReadFile(ReportSeeds.ReportPath("001_5c6eab6134220b08")).Report);
        Assert.StartsWith("¹ ", FirstNoteAfter(committee, "Draft resolution II\n"), System.StringComparison.Ordinal);
        Assert.StartsWith("⁶ ", FirstNoteAfter(commission, "Draft resolution II\n"), System.StringComparison.Ordinal);
    }

    private static string FirstNoteAfter(string text, string label)
    {
        var after = text.Substring(text.IndexOf(label, System.StringComparison.Ordinal));
        return after.Split("\n\n").First(p => "¹²³⁴⁵⁶⁷⁸⁹".IndexOf(p[0]) >= 0);
    }

    /// <summary>The numbers of the footnote texts in the order the rendering prints them.</summary>
    private static int[] Notes(string frontMatter)
    {
        var read = ReportText.Read(Body, frontMatter);
        Assert.Empty(read.Diagnostics);
        return ReportText.Body(read.Report)
            .Where(p => p.Length > 0 && "¹²³⁴⁵⁶⁷⁸⁹".IndexOf(p[0]) >= 0)
            .Select(p => int.Parse(new string(p.TakeWhile(c => c != ' ').Select(c => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c))).ToArray()), System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
    }
}
