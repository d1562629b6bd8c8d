using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Rendering;

public sealed class DocxRendererTests
{
    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Open_XML_validator_reports_no_errors(string fixture)
    {
        using var package = Open(RenderingFixtures.Read(fixture));

        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Two_renderings_are_byte_identical(string fixture)
    {
        var document = RenderingFixtures.Read(fixture);

        Assert.Equal(DocxRenderer.Render(document), DocxRenderer.Render(document));
    }

    [Fact]
    public void Footnotes_are_real_Word_footnotes_in_order_of_first_reference()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.CrimePrevention));
        var notes = package.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        var body = package.MainDocumentPart.Document!.Body!;

        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), notes.Select(n => n.Id!.Value));
        Assert.Equal("United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.", notes[0].InnerText);
        Assert.Equal("Resolution 70/174, annex.", notes[5].InnerText);
        Assert.Equal("A/74/125.", notes[6].InnerText);
        Assert.Equal(7, body.Descendants<FootnoteReference>().Count());

        // "Treaty Series" is italic inside the footnote, as in the published text.
        Assert.Contains(notes[0].Descendants<Run>(), run => run.RunProperties?.Italic is not null && run.InnerText == "Treaty Series");

        // Paragraph 3 cites footnote 6 again: a NOTEREF to the bookmark on its first reference, not a second footnote.
        var field = Assert.Single(body.Descendants<SimpleField>());
        Assert.Equal(" NOTEREF _RefFootnote6 \\f \\h ", field.Instruction!.Value);
        Assert.Contains(body.Descendants<BookmarkStart>(), b => b.Name == "_RefFootnote6");
    }

    [Fact]
    public void Preambular_leads_are_italic_runs_and_every_paragraph_has_a_named_style()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.CrimePrevention));
        var body = package.MainDocumentPart!.Document!.Body!;
        var preambular = Styled(body, DocxStyles.Preambular).ToList();

        Assert.Equal(new[] { "Reaffirming", "Reaffirming also", "Recalling" }, preambular.Select(p => p.Elements<Run>().First().InnerText));
        Assert.All(preambular, p => Assert.NotNull(p.Elements<Run>().First().RunProperties?.Italic));
        Assert.Null(preambular[0].Elements<Run>().ElementAt(1).RunProperties?.Italic);

        var styles = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value!);
        Assert.All(body.Elements<Paragraph>(), p => Assert.True(styles.ContainsKey(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "?"), p.InnerText));
        Assert.Equal("UN Operative paragraph", styles[DocxStyles.Operative]);
        Assert.Equal("UN Preambular paragraph", styles[DocxStyles.Preambular]);
        Assert.Equal("footnote text", styles[DocxStyles.FootnoteText]);
        Assert.Contains(package.MainDocumentPart.StyleDefinitionsPart.Styles!.Descendants<RunFonts>(), f => f.Ascii == "Times New Roman");
    }

    [Fact]
    public void Header_block_title_line_and_closing_come_from_HeaderLines()
    {
        var document = RenderingFixtures.Read(RenderingFixtures.CrimePrevention);
        using var package = Open(document);
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal(HeaderLines.Masthead(document.Header), body.Elements<Paragraph>().Take(4).Select(p => p.InnerText));
        Assert.Equal("A/RES/74/177", Styled(body, DocxStyles.Symbol).Single().InnerText);
        Assert.Equal("Seventy-fourth session", Styled(body, DocxStyles.Session).Single().InnerText);
        Assert.Equal("Resolution adopted by the General Assembly on 18 December 2019", Styled(body, DocxStyles.AdoptionLine).Single().InnerText);
        var title = Styled(body, DocxStyles.Title).Single();
        Assert.Equal("74/177.", title.Elements<Run>().First().InnerText);
        Assert.Single(title.Descendants<TabChar>());
        Assert.Equal("50th plenary meeting18 December 2019", Styled(body, DocxStyles.Closing).Single().InnerText);
    }

    [Fact]
    public void Operative_paragraphs_subparagraphs_headings_and_annex_have_their_styles_numbers_and_labels()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.Revitalization));
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "13.", "58.", "60." }, Styled(body, DocxStyles.Operative).Select(p => p.Elements<Run>().First().InnerText));
        Assert.All(Styled(body, DocxStyles.Operative), p => Assert.NotNull(p.Elements<Run>().ElementAt(1).GetFirstChild<TabChar>()));
        Assert.Equal(new[] { "(a)", "(b)" }, Styled(body, DocxStyles.SubparagraphAt(1)).Select(p => p.Elements<Run>().First().InnerText));
        Assert.Equal(new[] { "(i)", "(ii)" }, Styled(body, DocxStyles.SubparagraphAt(2)).Select(p => p.Elements<Run>().First().InnerText));
        Assert.Equal(2, Styled(body, DocxStyles.HeadingAt(1)).Count());
        Assert.Equal("Annex", Styled(body, DocxStyles.AnnexLabel).Single().InnerText);
        Assert.Equal("Oath of office of the Secretary-General", Styled(body, DocxStyles.AnnexTitle).Single().InnerText);

        // 9 header-block paragraphs (masthead 4, session, agenda 2, adoption, reference), title, formula, 3 preambular,
        // 7 operative, 4 subparagraphs, 2 headings, closing, annex label, title and text.
        Assert.Equal(9 + 1 + 1 + 3 + 7 + 4 + 2 + 1 + 3, body.Elements<Paragraph>().Count());
        Assert.Equal(3, package.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Count(f => f.Id!.Value > 0));
    }

    [Fact]
    public void Document_properties_carry_title_and_symbol_and_no_dates()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.Revitalization));

        Assert.Equal("75/325. Revitalization of the work of the General Assembly", package.PackageProperties.Title);
        Assert.Equal("A/RES/75/325", package.PackageProperties.Subject);
        Assert.Equal("A/RES/75/325", package.PackageProperties.Identifier);
        Assert.Null(package.PackageProperties.Created);
        Assert.Null(package.PackageProperties.Modified);
    }

    [Fact]
    public void Draft_layout_prints_the_label_and_the_title_without_a_number()
    {
        var adopted = RenderingFixtures.Read(RenderingFixtures.CrimePrevention);
        var draft = adopted with
        {
            Header = adopted.Header with { Status = DocumentStatus.Draft, Symbol = "A/C.3/74/L.9/Rev.1", Distribution = "Limited", Label = "Draft resolution", Number = null, Adopted = null, Meeting = null, Reference = null },
        };
        using var package = Open(draft);
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal("Draft resolution", Styled(body, DocxStyles.DraftLabel).Single().InnerText);
        Assert.StartsWith("Strengthening the United Nations", Styled(body, DocxStyles.UnnumberedTitle).Single().InnerText, System.StringComparison.Ordinal);
        Assert.Empty(Styled(body, DocxStyles.Title));
        Assert.Empty(Styled(body, DocxStyles.AdoptionLine));
        Assert.Empty(Styled(body, DocxStyles.Closing));
        Assert.Equal("Distr.: Limited", Styled(body, DocxStyles.Distribution).First().InnerText);
        Assert.Empty(new OpenXmlValidator().Validate(package));
    }

    private static WordprocessingDocument Open(ResolutionDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);

    private static System.Collections.Generic.IEnumerable<Paragraph> Styled(Body body, string style) =>
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style);
}
