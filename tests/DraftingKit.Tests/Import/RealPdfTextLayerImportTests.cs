using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The text layer of a real PDF: every 40th resolution of the General Assembly's corpus (sessions 75–77) and of the
/// Security Council's (2020–2024) rendered to Word, laid out into pages by LibreOffice and read back by pdftotext
/// with <c>-layout</c>, imports with every footnote, every paragraph's kind and the same words.
/// What a real layout adds to <see cref="PdfTextLayer"/>'s synthetic one: notes at the foot of the page where
/// LibreOffice puts them, the running header and page number as Word's header and footer print them, the notes'
/// markers in the body as pdftotext gives a superscript (a bare number), lines broken where the fonts' widths say.
/// </summary>
public sealed class RealPdfTextLayerImportTests
{
    private const int Every = 40;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Printed = new(Print);

    private readonly ITestOutputHelper output;

    public RealPdfTextLayerImportTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// The figures the layout reaches (texts whole, footnotes kept, paragraph kinds kept), with what keeps the
    /// rest from coming back; a change that loses any of them fails.
    /// </summary>
    /// <remarks>
    /// Only the layout is held to figures: pdftotext's reading order (without <c>-layout</c>) brings back no text whole
    /// yet (0 of 32), so a floor for it could not fail. What is left, by class: the reading order sets no blank line and no indent between paragraphs, prints a
    /// note's raised number on a line of its own and drops the hyphen of a word broken at the end of a line
    /// ("seventysecond"), so paragraphs cannot be told apart. The layout's text cannot carry a non-breaking space or
    /// hyphen ("30\u00A0June", "non\u2011proliferation" print as a space and "-"), so the outlines are compared as printed
    /// (<see cref="CarriedModel.AsPrintedText"/>). What is left in the layout: the divider "* * *" of A/RES/75/1 comes
    /// out as "***", which the importer reads as a page break, so the heading is lost and the paragraph after it runs on.
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) Floor = (31, 243, 1302);

    [SkippableFact]
    public void Sampled_corpus_resolutions_laid_out_as_PDF_import_whole()
    {
        var printed = Printed.Value;
        int notes = 0, notesKept = 0, paragraphs = 0, kindsKept = 0, whole = 0;
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Sample())
        {
            var original = TemplateReader.ReadFile(file).Document;
            var result = UnDocumentImporter.ImportText(file, printed[Path.GetFileName(file)]);
            var expected = CarriedModel.AsPrintedText(original);
            var expectedKinds = PdfTextLayerImportTests.Kinds(expected);
            var expectedNotes = PdfTextLayerImportTests.Notes(expected);
            notes += expectedNotes.Count;
            paragraphs += expectedKinds.Count;
            RenderedOutputImportTests.Compare(file, expected, result, CarriedModel.AsPrintedText, failures);
            if (result.Texts.Count != 1)
            {
                continue;
            }

            var actual = CarriedModel.AsPrintedText(result.Texts[0].Document);
            var actualNotes = PdfTextLayerImportTests.Notes(actual);
            notesKept += expectedNotes.Count(actualNotes.Contains);
            kindsKept += expectedKinds.Zip(PdfTextLayerImportTests.Kinds(actual), (a, b) => a == b).TakeWhile(same => same).Count();
            whole += expected == actual ? 1 : 0;
        }

        output.WriteLine($"layout: {whole} of {Sample().Count} texts whole; footnotes {notesKept} of {notes}; paragraph kinds {kindsKept} of {paragraphs}");
        foreach (var failure in failures)
        {
            output.WriteLine(failure.Key + ": " + failure.Value);
        }

        Assert.True(whole >= Floor.Whole && notesKept >= Floor.Notes && kindsKept >= Floor.Kinds, $"layout: below the figures reached ({Floor.Whole} whole, {Floor.Notes} footnotes, {Floor.Kinds} kinds)");
    }

    /// <summary>Every 40th template of each organ's corpus, in name order.</summary>
    private static IReadOnlyList<string> Sample() =>
        new[] { "akn4un-templates", "akn4un-sc-templates" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", folder), "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % Every == 0))
            .ToList();

    private static IReadOnlyDictionary<string, string> Print() =>
        PrintedPdfBatch.Of(Sample().Select(file => (Path.GetFileName(file), DocxRenderer.Render(TemplateReader.ReadFile(file).Document))).ToList());
}
