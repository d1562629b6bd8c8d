using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A committee report's own annex after its last draft (a summary of an informal meeting, a statement) stays out of
/// the draft: the report's texts import as they do without it, and the annex is reported as report text with its
/// lines. Arranged from the seeds' own structure: their last recommended text, then an annex as UN reports print one.
/// </summary>
public sealed class ReportAnnexImportTests
{
    // An annex of the report, not of a draft: its label, a title, numbered paragraphs in the report's voice, a note.
    private const string InformalMeetingAnnex =
        "Annex\n\n"
        + "Summary of the informal meeting of the Third Committee on crime prevention and criminal justice\n\n"
        + "1. On 6 October 2017, the Third Committee held an informal meeting and heard a briefing by the Executive Director of the United Nations Office on Drugs and Crime.¹\n\n"
        + "2. Delegations welcomed the briefing and raised questions on the implementation of the mandates of the Office.\n\n"
        + "¹ The statement is available on the website of the Third Committee.\n";

    private const string TwoAnnexes =
        "Annex I\n\n"
        + "Statement by the Chair of the Third Committee\n\n"
        + "1. The Chair recalled that the programme of work of the Committee had been adopted at its 1st meeting.\n\n"
        + "Annex II\n\n"
        + "List of documents before the Third Committee under agenda item 108\n\n"
        + "Report of the Secretary-General on the implementation of the mandates of the United Nations crime prevention and criminal justice programme\n";

    public static TheoryData<string, string> Reports() => new()
    {
        { SeedCorpus.Report000, InformalMeetingAnnex },
        { SeedCorpus.Report000, TwoAnnexes },
        { SeedCorpus.Report002, InformalMeetingAnnex },
        { SeedCorpus.Report002, TwoAnnexes },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_reports_own_annex_after_its_last_draft_stays_out_of_the_draft(string seed, string annex)
    {
        var report = File.ReadAllText(SeedCorpus.SeedPath(seed)).TrimEnd('\n') + "\n\n";
        var without = UnDocumentImporter.ImportText("report.txt", report);
        var with = UnDocumentImporter.ImportText("report.txt", report + annex);

        Assert.Equal(without.Texts.Select(t => t.FileName), with.Texts.Select(t => t.FileName));
        for (var i = 0; i < without.Texts.Count; i++)
        {
            Assert.Equal(ModelDump.Write(without.Texts[i].Document), ModelDump.Write(with.Texts[i].Document));
        }

        // Not lost: the annex's lines are reported as report text, from its label to its last line.
        var annexLine = report.Count(c => c == '\n') + 1;
        var lastLine = annexLine + annex.TrimEnd('\n').Count(c => c == '\n');
        var skipped = Assert.Single(with.Diagnostics, d => d.Id == "DK0101" && d.Span.Line == annexLine);
        Assert.Equal(lastLine, skipped.Span.EndLine);
        Assert.Contains("from 'Annex", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drafts_annex_that_the_draft_announces_stays_with_the_draft()
    {
        // An annex after a draft that says "contained in the annex to the present resolution" is the draft's.
        var text = "III. Recommendations of the Third Committee\n\n"
            + "20. The Third Committee recommends to the General Assembly the adoption of the following draft resolution:\n\n"
            + "Draft resolution I\n\nFollow-up to the Thirteenth United Nations Congress\n\nThe General Assembly,\n\n"
            + "1. *Approves* the provisional agenda for the Fourteenth Congress contained in the annex to the present resolution.¹\n\n"
            + "¹ Resolution 70/174, annex.\n\n"
            + "Annex\n\nProvisional agenda for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice\n\n"
            + "1. Opening of the Congress.\n\n2. Election of the President and of the other officers.\n";

        var document = Assert.Single(UnDocumentImporter.ImportText("report.txt", text).Texts).Document;

        var annex = Assert.Single(document.Annexes);
        Assert.Equal("Provisional agenda for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice", annex.Title!.PlainText);
        Assert.Equal(new[] { "1", "2" }, annex.Blocks.OfType<TextParagraph>().Select(p => p.Label));
        Assert.Single(document.Footnotes);
    }

    [Fact]
    public void A_reports_annex_after_a_draft_that_names_only_another_documents_annex_is_the_reports()
    {
        // "resolution 70/174, annex" names another text's annex, not the draft's own.
        var text = "Draft resolution I\n\nFollow-up to the Thirteenth United Nations Congress\n\nThe General Assembly,\n\n"
            + "*Recalling* the Doha Declaration, adopted by the Thirteenth Congress and endorsed in resolution 70/174, annex,\n\n"
            + "1. *Requests* the Secretary-General to report on the implementation of the present resolution.\n\n"
            + InformalMeetingAnnex;

        var result = UnDocumentImporter.ImportText("report.txt", text);

        var document = Assert.Single(result.Texts).Document;
        Assert.Empty(document.Annexes);
        Assert.Empty(document.Footnotes);
        Assert.Single(document.OperativeParagraphs());
        Assert.Contains(result.Diagnostics, d => d.Id == "DK0101" && d.Span.Line == 11);
    }
}
