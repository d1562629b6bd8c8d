using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>Importing a Word document with italic runs and real footnotes, built from the text of seed 003.</summary>
public sealed class DocxImportTests
{
    [Fact]
    public void Resolution_74_177_as_a_word_document_imports_as_the_seed_text()
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md");
        using var docx = new MemoryStream(SeedDocx.Build(SeedCorpus.SeedPath(text.Seed), text.FirstLine, text.LastLine));

        var result = UnDocumentImporter.ImportDocx("A-RES-74-177.docx", docx);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var imported = Assert.Single(result.Texts);
        Assert.Equal("A-RES-74-177.res.md", imported.FileName);
        var expected = SeedReference.Lines(SeedCorpus.SeedPath(text.Seed), text.FirstLine, text.LastLine, text.Quoted, text.SymbolLine);
        var actual = UnTextRenderer.Render(imported.Document).Split('\n').Where(line => line.Length > 0).ToList();
        Assert.Null(SeedCorpusTests.Compare(expected, actual));
    }

    [Fact]
    public void Word_footnotes_and_italic_leads_arrive_in_the_model()
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md");
        using var docx = new MemoryStream(SeedDocx.Build(SeedCorpus.SeedPath(text.Seed), text.FirstLine, text.LastLine));

        var document = Assert.Single(UnDocumentImporter.ImportDocx("A-RES-74-177.docx", docx).Texts).Document;

        Assert.Equal(36, document.Footnotes.Count);
        Assert.Equal("United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.", ModelDump.Inline(document.Footnotes[0].Text));
        Assert.Equal(new[] { "Reaffirming", "Reaffirming also", "Recalling", "Welcoming" }, document.PreambularParagraphs().Take(4).Select(paragraph => paragraph.Lead));
        Assert.Equal(65, document.OperativeParagraphs().Count());
        Assert.All(document.OperativeParagraphs(), paragraph => Assert.NotNull(paragraph.Lead));
    }

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var text in SeedCorpus.Texts)
        {
            data.Add(text.ToString());
        }

        return data;
    }

    /// <summary>
    /// Every seed text as a Word document of its own (a quoted draft or an unlabelled decision with the report
    /// paragraph before it, which names the draft or announces the decision) imports as the seed text, like the text extraction does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_seed_text_as_a_word_document_imports_as_the_seed_text(string name) => ImportsAsSeedText(name, autoNumbered: false);

    /// <summary>
    /// Issue 15: every seed text as a drafter's Word sets it, its paragraph and item labels Word's automatic numbering
    /// rather than typed text (<see cref="WordList"/>), imports as the seed text: the labels come back from the
    /// numbering definitions.
    /// </summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_seed_text_numbered_by_word_imports_as_the_seed_text(string name) => ImportsAsSeedText(name, autoNumbered: true);

    private static void ImportsAsSeedText(string name, bool autoNumbered)
    {
        using var docx = new MemoryStream(SeedAsWord(name, autoNumbered));
        Assert.Null(DifferenceFromSeed(name, UnDocumentImporter.ImportDocx(name + ".docx", docx)));
    }

    /// <summary>
    /// The seed text <paramref name="name"/> as a Word document: a quoted draft or an unlabelled decision with the
    /// report paragraph before it, which names the draft or announces the decision.
    /// </summary>
    internal static byte[] SeedAsWord(string name, bool autoNumbered, WordItalics italics = WordItalics.Direct)
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.ToString() == name);
        var seed = SeedCorpus.SeedPath(text.Seed);
        var lines = File.ReadAllLines(seed);
        var first = text.FirstLine;
        if (text.Quoted || text.File == "draft-decision.res.md")
        {
            first--;
            while (first > 1 && lines[first - 1].Trim().Length == 0)
            {
                first--;
            }
        }

        return SeedDocx.Build(seed, System.Math.Max(1, first), text.LastLine, autoNumbered, italics);
    }

    /// <summary>The first line where the import of the seed text <paramref name="name"/> differs from the seed text; null when none does.</summary>
    internal static string? DifferenceFromSeed(string name, ImportResult result)
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.ToString() == name);
        if (result.Texts.Count != 1)
        {
            return $"{result.Texts.Count} texts: {string.Join("; ", result.Diagnostics)}";
        }

        var imported = result.Texts[0];
        if (!text.File.EndsWith(imported.FileName, System.StringComparison.Ordinal))
        {
            // The report's section letter is outside the fragment.
            return "named " + imported.FileName;
        }

        var fromText = UnTextRenderer.Render(DraftingKit.Templates.TemplateReader.ReadFile(SeedCorpus.TemplatePath(text)).Document);
        return SeedCorpusTests.Compare(
            fromText.Split('\n').Where(line => line.Length > 0).ToList(),
            UnTextRenderer.Render(imported.Document).Split('\n').Where(line => line.Length > 0).ToList());
    }

    [Fact]
    public void An_empty_word_footnote_is_reported_at_its_marker_and_makes_no_block_of_its_own()
    {
        using var stream = new MemoryStream();
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("The General Assembly,"))),
                new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 70/175,") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new W.Run(new W.FootnoteReference { Id = 1 })),
                new W.Paragraph(new W.Run(new W.Text("1. Decides to remain seized of the matter.")))));
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>().Footnotes = new W.Footnotes(
                new W.Footnote(new W.Paragraph(new W.Run(new W.FootnoteReferenceMark()), new W.Run())) { Id = 1 });
            main.Document.Save();
        }

        stream.Position = 0;
        var result = UnDocumentImporter.ImportDocx("empty-note.docx", stream);

        var document = Assert.Single(result.Texts).Document;
        Assert.Equal(["Recalling"], document.PreambularParagraphs().Select(paragraph => paragraph.Lead));
        Assert.DoesNotContain(document.Parts[0].Preamble.Concat(document.Parts[0].OperativePart), block => block is Heading);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "DK0103" && diagnostic.Span.Line == 3);
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_reported_not_thrown()
    {
        using var garbage = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("The General Assembly,"));

        var result = UnDocumentImporter.ImportDocx("broken.docx", garbage);

        Assert.Empty(result.Texts);
        Assert.Equal("DK0108", Assert.Single(result.Diagnostics).Id);
    }
}
