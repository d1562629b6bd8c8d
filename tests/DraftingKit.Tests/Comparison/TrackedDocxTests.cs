using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Comparison;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// The Word file of a comparison (issue 21): accepting every tracked change gives the revised text exactly as
/// <see cref="DocxRenderer"/> prints it, footnotes included; rejecting every change gives the base the same way.
/// </summary>
public sealed class TrackedDocxTests
{
    private static readonly DateTime When = new(2022, 11, 15, 9, 30, 0, DateTimeKind.Utc);

    internal static void AssertAcceptAndReject(ResolutionDocument baseText, ResolutionDocument revised)
    {
        var tracked = ComparisonDocxRenderer.Render(TextComparison.Compare(baseText, revised), "Secretariat", When);
        Assert.NotEqual(TrackedChanges.Accept(tracked), TrackedChanges.Reject(tracked));
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(revised)), TrackedChanges.Accept(tracked));
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(baseText)), TrackedChanges.Reject(tracked));
    }

    private static ResolutionDocument Corpus(string session, string file)
    {
        var result = AknImporter.ImportFile(Require.AknFile(session, file));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    [SkippableFact]
    public void Accept_all_gives_76_187_and_reject_all_75_196()
    {
        AssertAcceptAndReject(Corpus("75", "75_196_E.xml"), Corpus("76", "A_RES_76_187-2119242E.xml"));
    }

    [SkippableFact]
    public void Accept_all_gives_77_237_and_reject_all_76_187()
    {
        AssertAcceptAndReject(Corpus("76", "A_RES_76_187-2119242E.xml"), Corpus("77", "A_RES_77_237-2229003E.xml"));
    }

    [Fact]
    public void Accept_and_reject_hold_for_moves_splits_new_and_deleted_notes_and_subparagraphs()
    {
        var before = ComparedTexts.Draft(
            "*Reaffirming* its resolution 73/185 of 17 December 2018 on the rule of law,[^1]\n\n*Recalling* its resolution 74/172,[^2]\n\n"
            + "1. *Urges* Member States to strengthen cooperation, and invites them to ratify the Convention;\n\n"
            + "2. *Requests* the Office:\n\n   (a) To provide assistance;\n\n   (b) To report at its thirtieth session;\n\n"
            + "[^1]: Resolution 73/185.\n[^2]: Resolution 74/172.\n");
        var after = ComparedTexts.Draft(
            "*Recalling* its resolution 74/172,[^2]\n\n*Noting* the report of the Secretary-General,[^3]\n\n*Reaffirming* its resolution 73/185 of 17\u00A0December 2018 on the rule of law,[^1]\n\n"
            + "1. *Urges* Member States to strengthen cooperation;\n\n2. *Invites* Member States to ratify the Convention;\n\n"
            + "3. *Requests* the Office:\n\n   (a) To report at its thirty-first session;\n\n"
            + "[^1]: Resolution 73/185, annex.\n[^2]: Resolution 74/172.\n[^3]: A/76/122.\n");

        AssertAcceptAndReject(before, after);
    }

    [SkippableFact]
    public void A_title_that_loses_its_number_tracks_its_former_style()
    {
        var adopted = Corpus("76", "A_RES_76_187-2119242E.xml");
        var draft = adopted with { Header = adopted.Header with { Status = DocumentStatus.Draft, Number = null, Symbol = "A/C.3/77/L.14" } };

        AssertAcceptAndReject(adopted, draft);
    }

    [SkippableFact]
    public void Every_change_is_tracked_with_its_author_and_date_in_the_un_layout()
    {
        var tracked = ComparisonDocxRenderer.Render(TextComparison.Compare(Corpus("75", "75_196_E.xml"), Corpus("76", "A_RES_76_187-2119242E.xml")), "Secretariat", When);

        using var package = WordprocessingDocument.Open(new MemoryStream(tracked), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var changes = body.Descendants<InsertedRun>().Select(change => (change.Author?.Value, change.Date?.Value, change.Id?.Value))
            .Concat(body.Descendants<DeletedRun>().Select(change => (change.Author?.Value, change.Date?.Value, change.Id?.Value)))
            .ToList();
        Assert.True(changes.Count > 50, changes.Count + " changes");
        Assert.All(changes, change => Assert.Equal(("Secretariat", (DateTime?)When), (change.Item1, change.Item2)));
        Assert.Equal(changes.Count, changes.Select(change => change.Item3).Distinct().Count());

        // The UN styles of DocxRenderer, a deleted paragraph's mark tracked, and changes inside the footnotes.
        Assert.Contains(body.Descendants<ParagraphStyleId>(), style => style.Val == DocxStyles.Operative);
        Assert.Contains(body.Descendants<ParagraphMarkRunProperties>(), mark => mark.GetFirstChild<Deleted>() is not null);
        Assert.NotEmpty(package.MainDocumentPart.FootnotesPart!.Footnotes!.Descendants<InsertedRun>());
    }

    [SkippableFact]
    public void The_same_text_gives_a_file_without_tracked_changes()
    {
        var text = Corpus("76", "A_RES_76_187-2119242E.xml");

        var tracked = ComparisonDocxRenderer.Render(TextComparison.Compare(text, text), "Secretariat", When);

        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(text)), TrackedChanges.Plain(tracked));
    }

    [SkippableFact]
    public void The_same_comparison_gives_the_same_bytes()
    {
        var comparison = TextComparison.Compare(Corpus("75", "75_196_E.xml"), Corpus("76", "A_RES_76_187-2119242E.xml"));

        Assert.Equal(ComparisonDocxRenderer.Render(comparison, "Secretariat", When), ComparisonDocxRenderer.Render(comparison, "Secretariat", When));
    }
}
