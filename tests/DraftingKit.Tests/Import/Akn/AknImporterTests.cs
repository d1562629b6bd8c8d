using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>The AKN4UN importer on real UN files (tests/corpus/akn4un), one construct at a time.</summary>
public sealed class AknImporterTests
{
    private static AknImportResult Import(string file) => AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un", file));

    [Fact]
    public void Header_holds_symbol_number_session_agenda_item_dates_report_title_and_meeting()
    {
        var header = Import("A_RES_76_101-2118705E.xml").Document.Header;

        Assert.Equal(DocumentKind.Resolution, header.Kind);
        Assert.Equal(DocumentStatus.Adopted, header.Status);
        Assert.Equal("A/RES/76/101", header.Symbol);
        Assert.Equal("76/101", header.Number);
        Assert.Equal(76, header.Session);
        Assert.Equal("63", header.AgendaItem);
        Assert.Equal("Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples", header.AgendaTitle);
        Assert.Equal("General", header.Distribution);
        Assert.Equal(new UnDate(2021, 12, 16), header.Issued);
        Assert.Equal(new UnDate(2021, 12, 9), header.Adopted);
        Assert.Equal("on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/76/425, para. 37)", header.Reference);
        Assert.Equal("Question of Tokelau", header.Title);
        Assert.Equal("49th plenary meeting", header.Meeting);
    }

    [Fact]
    public void Formula_preambular_containers_and_numbered_paragraphs_keep_their_leads_and_numbers()
    {
        var result = Import("A_RES_76_101-2118705E.xml");
        var part = Assert.Single(result.Document.Parts);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("The General Assembly,", part.Formula!.Text.PlainText);
        Assert.Equal(17, part.Preamble.Count);
        Assert.Equal("Having considered", Assert.IsType<PreambularParagraph>(part.Preamble[0]).Lead);
        Assert.Equal("Noting with appreciation also", Assert.IsType<PreambularParagraph>(part.Preamble[4]).Lead);
        var operative = part.OperativePart.Cast<OperativeParagraph>().ToList();
        Assert.Equal(Enumerable.Range(1, 17).Cast<int?>(), operative.Select(p => p.Number));
        Assert.Equal("Acknowledges", operative[0].Lead);
        Assert.EndsWith("at its seventy-seventh session.", operative[16].Text.PlainText);
    }

    [Fact]
    public void Authorial_notes_become_footnote_references_and_footnotes_with_the_UN_marker_as_label()
    {
        var document = Import("A_RES_76_101-2118705E.xml").Document;
        var takingNote = Assert.IsType<PreambularParagraph>(document.Parts[0].Preamble[1]);

        Assert.Equal("1", Assert.Single(takingNote.Text.FootnoteReferences()).Label);
        Assert.Equal(new[] { "1", "2", "3", "4" }, document.Footnotes.Select(f => f.Label));
        var first = document.Footnotes[0];
        Assert.Equal("Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 23 (A/76/23).", first.Text.PlainText);
        Assert.Equal("*Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 23* ([A/76/23→A/76/23]).", ModelDump.Inline(first.Text));
    }

    [Fact]
    public void Links_cite_the_symbol_of_the_undocs_address()
    {
        var recalling = Assert.IsType<PreambularParagraph>(Import("A_RES_76_101-2118705E.xml").Document.Parts[0].Preamble[2]);
        var links = recalling.Text.Inlines.OfType<DocumentLink>().ToList();

        Assert.Equal(new[] { "A/RES/1514(XV)", "A/RES/75/118" }, links.Select(l => l.Target));
        Assert.Equal("1514 (XV)", links[0].Content.PlainText);
    }

    [Fact]
    public void Links_split_over_several_elements_to_one_address_are_one_citation()
    {
        var paragraph = Import("75_101A-B_E.xml").Document.OperativeParagraphs().Single(p => p.Number == 128);
        var link = paragraph.Text.Inlines.OfType<DocumentLink>().First();

        Assert.Equal("41/68 D", link.Content.PlainText);
        Assert.Equal("A/RES/41/68", link.Target);
    }

    [Fact]
    public void A_multi_part_resolution_has_one_part_per_component_with_designation_title_and_formula()
    {
        var result = Import("75_101A-B_E.xml");
        var document = result.Document;

        Assert.Equal("A/RES/75/101 A-B", document.Header.Symbol);
        Assert.Equal("75/101", document.Header.Number);
        Assert.Equal("Questions relating to information", document.Header.Title);
        Assert.Equal(new[] { "A", "B" }, document.Parts.Select(p => p.Designation));
        Assert.Equal("Information in the service of humanity", document.Parts[0].Title!.PlainText);
        Assert.Equal("United Nations global communications policies and activities", document.Parts[1].Title!.PlainText);
        Assert.All(document.Parts, part => Assert.Equal("The General Assembly,", part.Formula!.Text.PlainText));
        Assert.Equal("41st plenary meeting", document.Header.Meeting);

        Assert.Equal(document.Footnotes.Count, document.Footnotes.Select(f => f.Label).Distinct().Count());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.DraftingSeverity.Error);
    }

    [Fact]
    public void Subheadings_in_the_operative_part_become_headings()
    {
        var partB = Import("75_101A-B_E.xml").Document.Parts[1];
        var headings = partB.OperativePart.OfType<Heading>().Select(h => h.Text.PlainText).ToList();

        Assert.Equal(new[] { "I", "Introduction", "II", "General activities of the Department of Global Communications" }, headings.Take(4));
    }

    [Fact]
    public void Points_of_a_list_are_lettered_subparagraphs_of_their_paragraph()
    {
        var paragraph = Import("75_283_E.xml").Document.OperativeParagraphs().First(p => !p.Subparagraphs.IsEmpty);

        Assert.Equal(new[] { "a", "b", "c" }, paragraph.Subparagraphs.Take(3).Select(s => s.Label));
        Assert.All(paragraph.Subparagraphs, s => Assert.Equal(ListStyle.LowerLetter, s.Style));
        Assert.StartsWith("The opening plenary meeting", paragraph.Subparagraphs[0].Text.PlainText);
    }

    [Fact]
    public void Unnumbered_paragraphs_opening_with_a_label_nest_under_the_paragraph_before()
    {
        var document = Import("75_10_E.xml").Document;
        var host = document.OperativeParagraphs().Single(p => p.Subparagraphs.Count == 5);

        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, host.Subparagraphs.Select(s => s.Label));
        Assert.StartsWith("The INTERPOL I-24/7 global police secure communications system", host.Subparagraphs[0].Text.PlainText);
        Assert.DoesNotContain(document.Parts[0].OperativePart, block => block is TextParagraph);
    }

    [Fact]
    public void Roman_subparagraphs_nest_under_their_letter()
    {
        var urges = Import("75_101A-B_E.xml").Document.Parts[0].OperativePart.OfType<OperativeParagraph>().First();
        var e = urges.Subparagraphs.Single(s => s.Label == "e");

        Assert.Equal(new[] { "i", "ii", "iii", "iv" }, e.Items.Select(i => i.Label).Take(4));
        Assert.All(e.Items, i => Assert.Equal(ListStyle.LowerRoman, i.Style));
    }

    [Fact]
    public void A_single_unnumbered_paragraph_is_the_operative_part()
    {
        var part = Import("75_13_E.xml").Document.Parts[0];
        var paragraph = Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart));

        Assert.Null(paragraph.Number);
        Assert.Equal("Decides", paragraph.Lead);
    }

    [Fact]
    public void Tables_keep_their_rows_and_header_rows()
    {
        var table = Import("75_246_E.xml").Document.Parts[0].OperativePart.OfType<Table>().First();

        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(new[] { "Action", "Title of post", "Category", "Number" }, table.Rows[0].Cells.Select(c => c.PlainText));
        Assert.Contains(table.Rows, row => !row.IsHeader);
    }

    [Fact]
    public void Annexes_take_the_label_and_title_the_file_writes()
    {
        var annex = Assert.Single(Import("75_212_E.xml").Document.Annexes);

        Assert.Equal("Annex I", annex.Label);
        Assert.StartsWith("Provisional agenda of the United Nations Conference", annex.Title!.PlainText);
        Assert.Contains(annex.Blocks, block => block is TextParagraph { Label: "1" });
    }

    [Fact]
    public void An_annex_without_a_written_label_is_labelled_Annex()
    {
        var annex = Assert.Single(Import("75_129_E.xml").Document.Annexes);

        Assert.Equal("Annex", annex.Label);
        Assert.StartsWith("Terms of reference of the trust fund", annex.Title!.PlainText);
    }

    [Fact]
    public void Sections_of_a_budget_resolution_keep_subheadings_and_their_restated_preamble()
    {
        var operative = Import("75_245_E.xml").Document.Parts[0].OperativePart;

        Assert.Contains(operative, block => block is Heading { Text.PlainText: "Base/floor salary scale" });
        Assert.Contains(operative, block => block is TextParagraph paragraph && paragraph.Text.ItalicLead == "Recalling");
    }

    [Fact]
    public void The_French_file_is_imported_and_flagged()
    {
        var result = Import("75_274_F.xml");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0151");
        Assert.Contains("fra", diagnostic.Message);
        Assert.True(diagnostic.Span.Line > 0);
        Assert.Equal("L’Assemblée générale,", result.Document.Parts[0].Formula!.Text.PlainText);
    }

    [Fact]
    public void A_reissued_file_carries_the_symbol_of_the_original()
    {
        Assert.Equal("A/RES/76/16", Import("A_RES_76_16_reissue.xml").Document.Header.Symbol);
    }

    [Fact]
    public void A_part_issued_alone_keeps_its_designation_with_the_footnote_on_it()
    {
        var result = Import("75_245B_E.xml");

        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("B", part.Designation);
        Assert.Equal("75/245", result.Document.Header.Number);
        Assert.Equal("1", Assert.IsType<DraftingKit.Model.FootnoteReference>(Assert.Single(part.DesignationNote!.Inlines)).Label);
        Assert.Contains(result.Document.Footnotes, f => f.Label == "1" && f.Text.PlainText.StartsWith("Resolution 75/245, in section VI", System.StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0155");

        // Printed as the UN prints it, footnote 1 on the designation, and kept by the template.
        Assert.Contains("\nB¹\n", DraftingKit.Rendering.UnTextRenderer.Render(result.Document), System.StringComparison.Ordinal);
        var template = DraftingKit.Rendering.MarkdownRenderer.Render(result.Document);
        Assert.Contains("\n# B[^1]\n", template, System.StringComparison.Ordinal);
        Assert.Equal(part.DesignationNote, Assert.Single(DraftingKit.Templates.TemplateReader.Read("t.res.md", template).Document.Parts).DesignationNote, new InlineTextByLabels());
        var html = DraftingKit.Rendering.HtmlRenderer.Render(result.Document);
        var heading = html.Substring(html.IndexOf("class=\"part-designation\"", System.StringComparison.Ordinal));
        Assert.Contains("<sup", heading.Substring(0, heading.IndexOf("</h2>", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }

    /// <summary>Compares footnote references by label, not by where they stand in their file.</summary>
    private sealed class InlineTextByLabels : IEqualityComparer<DraftingKit.Model.InlineText?>
    {
        public bool Equals(DraftingKit.Model.InlineText? x, DraftingKit.Model.InlineText? y) =>
            x is not null && y is not null
            && x.Inlines.OfType<DraftingKit.Model.FootnoteReference>().Select(r => r.Label).SequenceEqual(y.Inlines.OfType<DraftingKit.Model.FootnoteReference>().Select(r => r.Label));

        public int GetHashCode(DraftingKit.Model.InlineText? obj) => 0;
    }

    [Fact]
    public void A_block_list_in_a_preambular_container_gives_the_paragraph_its_subparagraphs()
    {
        var paragraph = Import("A_RES_76_186-2119241E.xml").Document.PreambularParagraphs().First(p => !p.Subparagraphs.IsEmpty);

        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, paragraph.Subparagraphs.Select(s => s.Label));
    }

    [Fact]
    public void An_unnumbered_paragraph_among_numbered_ones_is_kept_as_text_and_reported_with_its_line()
    {
        var result = Import("75_246_E.xml");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0163");
        Assert.Equal((752, 8), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.EndsWith("75_246_E.xml", diagnostic.Span.Path);
        Assert.Contains(result.Document.Parts[0].OperativePart, block => block is TextParagraph paragraph && paragraph.Text.PlainText.StartsWith("Abbreviations: GS (OL)", System.StringComparison.Ordinal));
    }
}
