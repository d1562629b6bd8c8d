using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// One convention of PDF text layers per test, arranged with the words of resolution 75/10 (INTERPOL): what must
/// be read (a split adoption line, plain-number notes and markers, page furniture, a bare draft) and what must be
/// left alone (numbers that are not markers, a wrapped line opening with a number).
/// </summary>
public sealed class TextLayerConventionsTests
{
    private const string Masthead = "A/RES/75/10\nGeneral Assembly\nDistr.: General\n30 November 2020\n\nSeventy-fifth session\nAgenda item 130 (y)\n\n";

    private static ResolutionDocument ImportOne(string text)
    {
        var result = UnDocumentImporter.ImportText("layer.txt", text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Texts).Document;
    }

    [Fact]
    public void An_adoption_line_split_over_two_lines_is_read_with_its_date()
    {
        var document = ImportOne(Masthead + "Resolution adopted by the General Assembly on\n23 November 2020\n\n75/10. Cooperation between the United Nations and the International Criminal Police\nOrganization (INTERPOL)\n\nThe General Assembly,\n\n1. Welcomes the cooperation;\n\n53rd plenary meeting\n23 November 2020\n");

        Assert.Equal("2020-11-23", document.Header.Adopted?.ToIsoString());
        Assert.Equal("A/RES/75/10", document.Header.Symbol);
        Assert.Equal("Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)", document.Header.Title);
        Assert.Equal("53rd plenary meeting", document.Header.Meeting);
        Assert.Equal(new[] { "1" }, document.OperativeParagraphs().Select(p => p.DisplayNumber.TrimEnd('.')));
    }

    [Fact]
    public void Notes_after_a_rule_line_with_plain_numbers_keep_their_markers_printed_as_bare_numbers()
    {
        var document = ImportOne(Masthead + "Resolution adopted by the General Assembly on 23 November 2020\n\n75/10. Cooperation\n\nThe General Assembly,\n\n"
            + "Recalling also the cooperation agreement of 1997 between the United Nations and INTERPOL1 and all\nother relevant cooperation agreements between them,\n\n"
            + "Recalling further the United Nations Global Counter-Terrorism Strategy,2 and 1,000 officers\nof 1.5 million, including those of COVID-19 and A/75/L.20 and the 2030 Agenda,\n\n"
            + "1. Welcomes the cooperation;\n\n__________________\n1 United Nations, Treaty Series, vol. 2011, No. 1157.\n2 Resolution 60/288.\n");

        Assert.Equal(new[] { "United Nations, Treaty Series, vol. 2011, No. 1157.", "Resolution 60/288." }, document.Footnotes.Select(note => note.Text.PlainText));
        var preamble = document.PreambularParagraphs().ToList();
        Assert.Equal(2, preamble.Count);
        Assert.Single(preamble[0].Text.FootnoteReferences());
        Assert.Single(preamble[1].Text.FootnoteReferences());
        Assert.Contains("and 1,000 officers of 1.5 million, including those of COVID-19 and A/75/L.20 and the 2030 Agenda,", preamble[1].Text.PlainText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bracketed_markers_and_notes_are_read_but_a_bracketed_link_is_not_a_marker()
    {
        var document = ImportOne("Draft resolution I\n\nCooperation\n\nThe General Assembly,\n\nRecalling its resolution [71/19](#) and the Strategy,[1]\n\n1. Welcomes the cooperation;\n\n[1] Resolution 60/288.\n");

        Assert.Equal("Resolution 60/288.", Assert.Single(document.Footnotes).Text.PlainText);
        var recalling = Assert.Single(document.PreambularParagraphs());
        Assert.Single(recalling.Text.FootnoteReferences());
        Assert.Contains("resolution 71/19 and", recalling.Text.PlainText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Page_furniture_goes_and_a_paragraph_cut_by_the_page_after_a_full_line_is_whole()
    {
        var line = "Recognizing the contribution of the cooperation between the United Nations and INTERPOL,";
        var text = Masthead + "Resolution adopted by the General Assembly on 23 November 2020\n\n75/10. Cooperation\n\nThe General Assembly,\n\n"
            + "Recalling its resolution 51/1 of 15 October 1996, in which it invited the International\nCriminal Police Organization to participate as an observer,\n\n"
            + line + "\n\n20-15678\n2/3\n\fA/RES/75/10\n\nand of its national central bureaux,\n\n"
            + "1. Welcomes the cooperation;\n\n20-15678\n3/3\n\fA/RES/75/10\n\n2. Requests the Secretary-General to report;\n\n53rd plenary meeting\n23 November 2020\n";

        var document = ImportOne(text);

        Assert.Equal("A/RES/75/10", document.Header.Symbol);
        Assert.Equal(2, document.PreambularParagraphs().Count());
        Assert.EndsWith("INTERPOL, and of its national central bureaux,", document.PreambularParagraphs().Last().Text.PlainText, System.StringComparison.Ordinal);
        Assert.Equal(2, document.OperativeParagraphs().Count());
        Assert.DoesNotContain("20-15678", DraftingKit.Rendering.UnTextRenderer.Render(document), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_label_is_one_text_and_a_one_sentence_text_is_a_decision()
    {
        var draft = ImportOne("A/C.3/74/L.11\nGeneral Assembly\n\nStrengthening the programme\n\nThe General Assembly,\n\nRecalling its resolution 73/186,\n\n1. Requests the Secretary-General to report;\n");
        var decision = ImportOne("Document considered by the General Assembly\n\nThe General Assembly takes note of the note by the Secretary-General.\n");

        Assert.Equal(DocumentKind.Resolution, draft.Header.Kind);
        Assert.Equal(DocumentStatus.Draft, draft.Header.Status);
        Assert.Equal("A/C.3/74/L.11", draft.Header.Symbol);
        Assert.Equal("Strengthening the programme", draft.Header.Title);
        Assert.Equal(DocumentKind.Decision, decision.Header.Kind);
        Assert.Equal("Document considered by the General Assembly", decision.Header.Title);
    }

    [Fact]
    public void A_text_without_formula_still_reports_that_no_text_was_found()
    {
        var result = UnDocumentImporter.ImportText("notes.txt", "Some notes\n\nNothing here is a resolution.\n");

        Assert.Empty(result.Texts);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "DK0106");
    }
}
