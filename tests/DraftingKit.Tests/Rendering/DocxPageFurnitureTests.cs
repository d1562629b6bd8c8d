using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Rendering;
using DraftingKit.Reports;
using DraftingKit.Tests.Import;
using DraftingKit.Tests.Reports;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The page furniture and the typographic details of the Word output as the file states them (the pages
/// themselves are looked at in <see cref="PrintedPagesTests"/>): heads and feet by page kind, the reference line's
/// roman brackets, the italic enacting formula, the rule above the notes at the text block.
/// </summary>
public sealed class DocxPageFurnitureTests
{
    [Fact]
    public void Pages_after_the_first_carry_the_symbol_at_the_outer_edge_and_the_page_as_n_of_N()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.CrimePrevention));
        var main = package.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        string Head(HeaderFooterValues type) => ((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type! == type).Id!)).Header!.InnerText;
        Paragraph Foot(HeaderFooterValues type) => ((FooterPart)main.GetPartById(section.Elements<FooterReference>().Single(r => r.Type! == type).Id!)).Footer!.Elements<Paragraph>().Single();

        Assert.Equal("A/RES/74/177", Head(HeaderFooterValues.Default));
        Assert.Equal("A/RES/74/177", Head(HeaderFooterValues.Even));
        Assert.Equal(string.Empty, Head(HeaderFooterValues.First));
        Assert.Equal(new[] { " PAGE ", " NUMPAGES " }, Foot(HeaderFooterValues.Default).Elements<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.Contains(Foot(HeaderFooterValues.Default).Elements<Run>(), run => run.InnerText == "/");
        Assert.Equal(JustificationValues.Right, Foot(HeaderFooterValues.Default).ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Left, Foot(HeaderFooterValues.Even).ParagraphProperties!.Justification!.Val!.Value);
        Assert.Empty(Foot(HeaderFooterValues.First).Elements<SimpleField>());
    }

    [Fact]
    public void A_text_without_a_symbol_has_no_running_head_and_no_rule_but_keeps_its_page_numbers()
    {
        var document = RenderingFixtures.Read(RenderingFixtures.CrimePrevention);
        using var package = Open(document with { Header = document.Header with { Symbol = null } });
        var main = package.MainDocumentPart!;

        Assert.All(main.HeaderParts, part => Assert.Equal(string.Empty, part.Header!.InnerText));
        Assert.All(main.HeaderParts, part => Assert.Null(part.Header!.Descendants<ParagraphStyleId>().FirstOrDefault()));
        Assert.Equal(2, main.FooterParts.Count(part => part.Footer!.Descendants<SimpleField>().Any()));
    }

    [Fact]
    public void The_reference_line_is_italic_with_roman_square_brackets()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.CrimePrevention));
        var line = package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxStyles.ReferenceLine);
        var runs = line.Elements<Run>().ToList();

        Assert.Equal("[on the report of the Third Committee (A/74/400)]", line.InnerText);
        Assert.Equal(new[] { "[", "on the report of the Third Committee (A/74/400)", "]" }, runs.Select(r => r.InnerText));
        Assert.False(runs[0].RunProperties!.Italic!.Val!.Value);
        Assert.Null(runs[1].RunProperties?.Italic);
        Assert.False(runs[2].RunProperties!.Italic!.Val!.Value);
    }

    [Fact]
    public void The_enacting_formula_is_italic_by_its_style_in_a_draft_that_writes_it_in_roman()
    {
        var report = ReportReader.ReadFile(ReportSeeds.ReportPath(SeedCorpus.Report000)).Report;
        using var package = WordprocessingDocument.Open(new MemoryStream(ReportDocxRenderer.Render(report)), false);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>();
        var formula = styles.Single(s => s.StyleId == DocxStyles.Formula);
        var body = package.MainDocumentPart.Document!.Body!;

        Assert.NotNull(formula.StyleRunProperties!.Italic);
        Assert.Contains(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxStyles.Formula && p.InnerText == "The General Assembly,");
    }

    [Fact]
    public void The_rule_above_the_notes_starts_at_the_text_block()
    {
        using var package = Open(RenderingFixtures.Read(RenderingFixtures.CrimePrevention));
        var separators = package.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value <= 0).ToList();

        Assert.Equal(2, separators.Count);
        Assert.All(separators, s => Assert.Equal(DocxStyles.TextIndent.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Descendants<Indentation>().Single().Left!.Value));
    }

    private static WordprocessingDocument Open(DraftingKit.Model.ResolutionDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);
}
