using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Import;

/// <summary>One behaviour of the importer per test, arranged with lines of the seeds.</summary>
public sealed class UnDocumentImporterTests
{
    private static string SeedLines(string seed, int first, int last) =>
        string.Join("\n", File.ReadAllLines(SeedCorpus.SeedPath(seed)).Skip(first - 1).Take(last - first + 1));

    private static ResolutionDocument ImportOne(string text)
    {
        var result = UnDocumentImporter.ImportText("fragment.txt", text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Texts).Document;
    }

    [Fact]
    public void Paragraph_split_by_a_page_of_footnotes_is_joined_and_keeps_both_markers()
    {
        // 000, draft resolution I: "… Intergovernmental Group of Experts on" / "¹ Resolution 46/152, annex." / "Lessons Learned …,²".
        var document = ImportOne(SeedLines(SeedCorpus.Report000, 91, 120));

        var paragraph = document.PreambularParagraphs().Single(p => p.Text.PlainText.StartsWith("Recalling also its resolution 62/173", System.StringComparison.Ordinal));
        Assert.Contains("Group of Experts on Lessons Learned from United Nations Congresses", paragraph.Text.PlainText, System.StringComparison.Ordinal);
        Assert.Equal("Recalling also", paragraph.Lead);
        Assert.Equal("Resolution [46/152→46/152], annex.", ModelDump.Inline(document.Footnotes[0].Text));
    }

    [Fact]
    public void Italics_spread_over_a_whole_paragraph_are_reduced_to_the_lead()
    {
        // 003: "*Convinced that … which, *inter alia*, includes …*": the extraction set the whole paragraph in italics.
        var document = ImportOne(SeedLines(SeedCorpus.Resolution003, 1, 60));

        var convinced = document.PreambularParagraphs().Last();
        Assert.Equal("Convinced", convinced.Lead);
        Assert.StartsWith("*Convinced* that the rule of law", ModelDump.Inline(convinced.Text), System.StringComparison.Ordinal);
        Assert.Contains("which, *inter alia*, includes", ModelDump.Inline(convinced.Text), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_draft_loses_its_quotation_marks_and_takes_title_and_symbol_from_the_report()
    {
        // 002, section II.H: draft resolution A/C.3/68/L.17 quoted in paragraph 27.
        var result = UnDocumentImporter.ImportText("fragment.txt", SeedLines(SeedCorpus.Report002, 94, 188));

        var text = Assert.Single(result.Texts);
        Assert.Equal("A-C.3-68-L.17.res.md", text.FileName);
        Assert.StartsWith("Improving the coordination of efforts against trafficking in persons", text.Document.Header.Title, System.StringComparison.Ordinal);
        Assert.Equal("The General Assembly,", text.Document.Parts[0].Formula!.Text.PlainText);
        var last = text.Document.OperativeParagraphs().Last();
        Assert.Equal(19, last.Number);
        Assert.EndsWith("sixty-ninth session a report on the implementation of the present resolution.", last.Text.PlainText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_missing_from_the_vocabulary_falls_back_to_the_first_word_and_is_reported()
    {
        // 002, draft resolution VII: "Viewing with appreciation …" is not a lead of the UN corpus.
        var result = UnDocumentImporter.ImportText("fragment.txt", SeedLines(SeedCorpus.Report002, 1121, 1221));

        var viewing = result.Texts.Single().Document.PreambularParagraphs().Single(p => p.Text.PlainText.StartsWith("Viewing", System.StringComparison.Ordinal));
        Assert.Equal("Viewing", viewing.Lead);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0105");
        Assert.Equal(1179 - 1121 + 1, diagnostic.Span.Line); // line 1179 of the seed is line 59 of the fragment
    }

    [Fact]
    public void Footnotes_numbered_through_the_report_are_renumbered_from_one_per_text()
    {
        // 001, resolution 26/2: the report numbers its footnotes 44 to 55.
        var document = ImportOne(SeedLines(SeedCorpus.Report001, 658, 756));

        Assert.Equal(Enumerable.Range(1, document.Footnotes.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), document.Footnotes.Select(f => f.Label));
        Assert.Equal("General Assembly resolution 217 A (III).", document.Footnotes[0].Text.PlainText);
        Assert.StartsWith("Resolution 26/2\n\nEnsuring access to measures", UnTextRenderer.Render(document), System.StringComparison.Ordinal);
    }

    [Fact]
    public void One_sentence_decision_runs_on_from_its_formula()
    {
        var document = ImportOne(SeedLines(SeedCorpus.Report000, 896, 902));

        Assert.Equal(DocumentKind.Decision, document.Header.Kind);
        Assert.True(document.Parts[0].Formula!.RunsOn);
        Assert.StartsWith("takes note of the note by the Secretary-General", document.OperativeParagraphs().Single().Text.PlainText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_of_the_same_label_in_two_report_sections_get_different_names()
    {
        var result = UnDocumentImporter.ImportFile(SeedCorpus.SeedPath(SeedCorpus.Report001));

        Assert.Contains(result.Texts, text => text.FileName == "A-draft-resolution-I.res.md" && text.Document.Header.Organ == Organ.GeneralAssembly);
        Assert.Contains(result.Texts, text => text.FileName == "B-draft-resolution-I.res.md" && text.Document.Header.Organ == Organ.EconomicAndSocialCouncil);
        Assert.Contains(result.Texts, text => text.FileName == "resolution-26-1.res.md" && text.Document.Header.Status == DocumentStatus.Adopted && text.Document.Header.Organ.Name == "Commission on Crime Prevention and Criminal Justice");
    }

    [Fact]
    public void Decision_announced_without_its_text_is_reported()
    {
        // 001 closes with "Decision 26/1", whose wording the report does not give (paragraph 6 reports it).
        var result = UnDocumentImporter.ImportFile(SeedCorpus.SeedPath(SeedCorpus.Report001));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0107");
        Assert.Equal(913, diagnostic.Span.Line);
    }

    [Fact]
    public void Footnote_marker_without_footnote_text_stays_as_a_superscript_and_is_reported()
    {
        var result = UnDocumentImporter.ImportText("fragment.txt", "Draft resolution I\n\nTitle\n\nThe General Assembly,\n\n1. *Requests* the Secretary-General to report thereon.⁷\n");

        var document = Assert.Single(result.Texts).Document;
        Assert.Empty(document.Footnotes);
        Assert.EndsWith("thereon.⁷", UnTextRenderer.Render(document).Split('\n').First(line => line.StartsWith("1.", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
        Assert.Equal(7, Assert.Single(result.Diagnostics, d => d.Id == "DK0103").Span.Line);
    }

    [Fact]
    public void Annex_after_the_operative_part_keeps_its_label_title_and_numbered_paragraphs()
    {
        // No seed text carries an annex; this one is arranged from seed text: the last operative paragraph of
        // 000 draft resolution I, then its provisional agenda set out as an annex, as resolutions often do.
        var lines = File.ReadAllLines(SeedCorpus.SeedPath(SeedCorpus.Report000));
        var text = "Draft resolution I\n\nFollow-up to the Thirteenth United Nations Congress\n\nThe General Assembly,\n\n"
            + "1. *Approves* the provisional agenda for the Fourteenth Congress, contained in the annex to the present resolution.\n\n"
            + "Annex\n\nProvisional agenda for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice\n\n"
            + string.Join("\n", lines.Skip(152).Take(6)) + "\n\n" + lines[159] + "\n\n" + lines[161] + "\n" + lines[162] + "\n\n" + lines[164] + "\n";

        var result = UnDocumentImporter.ImportText("fragment.txt", text);

        var document = Assert.Single(result.Texts).Document;
        var annex = Assert.Single(document.Annexes);
        Assert.Equal("Annex", annex.Label);
        Assert.Equal("Provisional agenda for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice", annex.Title!.PlainText);
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6", "7" }, annex.Blocks.OfType<TextParagraph>().Select(p => p.Label));
        var item6 = annex.Blocks.OfType<TextParagraph>().Single(p => p.Label == "6");
        Assert.Equal(new[] { "(a)", "(b)" }, item6.Subparagraphs.Select(s => s.DisplayLabel));
        Assert.Equal("¹ Resolution 70/174, annex.", UnTextRenderer.Render(document).TrimEnd().Split('\n').Last());
        var template = MarkdownRenderer.Render(document);
        Assert.Equal(ModelDump.Write(document), ModelDump.Write(DraftingKit.Templates.TemplateReader.Read("annex.res.md", template).Document));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001 *** [ ](( <sup></sup> ¹²³")]
    [InlineData("Draft resolution I")]
    public void Input_without_any_text_is_reported_never_thrown(string input)
    {
        var result = UnDocumentImporter.ImportText("odd.txt", input);

        Assert.Empty(result.Texts);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Id == "DK0106");
    }
}
