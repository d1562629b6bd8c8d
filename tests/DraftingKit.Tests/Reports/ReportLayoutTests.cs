using DraftingKit.Rendering;
using DraftingKit.Reports;

namespace DraftingKit.Tests.Reports;

/// <summary>Labels, paragraph numbers and cross-references follow from where the texts stand.</summary>
public sealed class ReportLayoutTests
{
    [Fact]
    public void Inserting_a_draft_moves_the_labels_and_the_computed_cross_references()
    {
        var body = "# II. Consideration of proposals\n\n```proceeding\nadopted: A/C.3/72/L.6/Rev.1\ntext: L.6\nmeeting: 43\n```\n\n"
            + "# III. Recommendations of the Third Committee\n\n2. The Third Committee recommends the following draft resolutions:\n\n"
            + ReportText.Include("draft-resolution-I", "L.2") + "{0}" + ReportText.Include("draft-resolution-IV", "L.6");
        var before = ReportTextRenderer.Render(ReportText.Read(body.Replace("{0}", string.Empty, System.StringComparison.Ordinal)).Report);
        var after = ReportTextRenderer.Render(ReportText.Read(body.Replace("{0}", ReportText.Include("draft-resolution-II", "L.3"), System.StringComparison.Ordinal)).Report);

        Assert.Contains("1. At its 43rd meeting, the Committee adopted draft resolution A/C.3/72/L.6/Rev.1 (see para. 2, draft resolution II).", before, System.StringComparison.Ordinal);
        Assert.Contains("1. At its 43rd meeting, the Committee adopted draft resolution A/C.3/72/L.6/Rev.1 (see para. 2, draft resolution III).", after, System.StringComparison.Ordinal);
        Assert.Contains("\nDraft resolution III\n\nImproving the coordination of efforts against trafficking in persons\n", after, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_only_draft_decision_of_a_committee_report_has_no_label()
    {
        var read = ReportText.Read("1. The Committee recommends the following draft decision:\n\n" + ReportText.Include("draft-decision", "decision") + "2. Taken note of ({see decision}).\n");
        var layout = ReportLayout.For(read.Report);
        var text = read.Report.Texts().Single();
        Assert.Null(layout.LabelOf(text));
        Assert.Equal("see para. 1", layout.CrossReference(text));
    }

    [Fact]
    public void A_commission_report_numbers_drafts_afresh_in_each_section()
    {
        var read = ReportReader.ReadFile(ReportSeeds.ReportPath("001_5c6eab6134220b08"));
        var layout = ReportLayout.For(read.Report);
        Assert.Equal(
            new[] { "Draft resolution I", "Draft resolution II", "Draft resolution III", "Draft resolution I", "Draft resolution II", "Draft decision I", "Draft decision II", "Draft decision III", "Resolution 26/1", "Resolution 26/2", "Resolution 26/3", "Resolution 26/4" },
            read.Report.Texts().Select(layout.LabelOf));
    }

    [Fact]
    public void Numbering_starts_at_the_first_paragraph_s_written_number()
    {
        var read = ReportText.Read("47. First.\n\n1. Second.\n\n```proceeding\nbudget-statement: A/C.3/68/L.2\nat: same\n```\n");
        Assert.Equal(new[] { "47. First.", "48. Second.", "49. At the same meeting, the Secretary of the Committee read out a statement of the programme budget implications of draft resolution A/C.3/68/L.2." }, ReportText.Body(read.Report));
    }
}
