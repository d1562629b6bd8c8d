using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The text other PDF extractors than pdftotext give of a real PDF, imported whole: templates rendered to Word, laid out
/// into pages by LibreOffice, and read back by MuPDF (<c>mutool draw -F txt</c>: every block set apart by a blank line,
/// a paragraph's first line a block of its own, a justified line's stretch kept as spaces, the page's number under its
/// notes, a note's number on a line over its text, markers glued to the word) and by pdf.js as its viewer copies all
/// pages (no form feed between pages, a number or label on the line of its text, a note's number on its text's line).
/// The sample is every 40th Assembly text of the corpus from the 40th and every 10th of the Council's, none of the
/// samples <see cref="RealPdfTextLayerImportTests"/> measures; LibreOffice prints it in about a minute.
/// </summary>
/// <remarks>
/// Before the extractors' ways were read (<see cref="ExtractorText"/>): MuPDF 0 whole, 66 notes, 1,368 kinds; pdf.js 6,
/// 0, 1,184. What is left, by class: MuPDF's text of one page, whose blocks no form feed alone between pages tells
/// (its blank lines and stretched gaps stay); (both extractors) a note's marker of two digits glued to a word ("Development,10", "20203"
/// for "2020" and note 3) that no place between the markers seen tells; a hyphen kept at a line's end in a compound the
/// UN writes closed ("front-line"); in pdf.js, an item's label on the line of its text under a line that ends without a
/// unit's punctuation ("… of the Joint Demarcation Committee" / "(7) National Monitors: …").
/// </remarks>
public sealed class OtherExtractorsImportTests
{
    private const int AssemblyEvery = 40, AssemblyStart = 39, CouncilEvery = 10, CouncilStart = 0;

    /// <summary>The figures MuPDF's text reaches (texts whole, footnotes kept, paragraph kinds kept).</summary>
    private static readonly (int Whole, int Notes, int Kinds) MuPdfFloor = (34, 150, 1701);

    /// <summary>The figures the text pdf.js's viewer copies reaches.</summary>
    private static readonly (int Whole, int Notes, int Kinds) PdfJsFloor = (39, 153, 1659);

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Printed = new(Print);

    private readonly ITestOutputHelper output;

    public OtherExtractorsImportTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Resolutions_read_from_PDF_by_MuPDF_import_whole()
    {
        var mutool = Require.Tool("mupdf-tools", "mutool");
        Holds("MuPDF", pdf => ExternalTools.Run(mutool, TimeSpan.FromMinutes(1), "draw", "-q", "-F", "txt", "-o", "-", pdf), MuPdfFloor);
    }

    [SkippableFact]
    public void Resolutions_copied_from_PDF_in_pdfjs_viewer_import_whole()
    {
        var node = Require.Tool("nodejs", "node");
        var dist = Environment.GetEnvironmentVariable("DRAFTKIT_PDFJS_DIST") is { Length: > 0 } set ? set : RepositoryPaths.InRepository("tests", "look", "node_modules", "pdfjs-dist");
        Skip.IfNot(File.Exists(Path.Combine(dist, "legacy", "build", "pdf.mjs")), "needs the npm package pdfjs-dist (npm install pdfjs-dist, then DRAFTKIT_PDFJS_DIST=its folder); it is not installed at " + dist);
        var script = RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Import", "Extractors", "pdfjs-copy-all.mjs");
        Holds("pdf.js", pdf => ExternalTools.Run(node, TimeSpan.FromMinutes(1), script, dist, pdf), PdfJsFloor);
    }

    /// <summary>Reads every printed PDF with <paramref name="extract"/>, imports its text and fails below <paramref name="floor"/>.</summary>
    private void Holds(string extractor, Func<string, (int ExitCode, string Output, string Error)> extract, (int Whole, int Notes, int Kinds) floor)
    {
        var folder = Directory.CreateTempSubdirectory("draftingkit-extractors-").FullName;
        try
        {
            var figures = new TextLayerFigures(CarriedModel.AsPrintedText, CarriedModel.AsPrintedTextAsRead);
            foreach (var file in Sample())
            {
                var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".pdf");
                File.WriteAllBytes(pdf, Printed.Value[Path.GetFileName(file)]);
                var text = extract(pdf);
                Assert.True(text.ExitCode == 0, $"{extractor} failed on {Path.GetFileName(file)}: {text.Error}");
                figures.Add(file, TemplateReader.ReadFile(file).Document, UnDocumentImporter.ImportText(file, text.Output));
            }

            output.WriteLine($"{extractor}: {figures}");
            foreach (var failure in figures.Failures)
            {
                output.WriteLine(failure);
            }

            Assert.True(figures.Reach(floor), $"{extractor}: below the figures reached ({floor.Whole} whole, {floor.Notes} footnotes, {floor.Kinds} kinds)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<string> Sample() =>
        Every("akn4un-templates", AssemblyEvery, AssemblyStart).Concat(Every("akn4un-sc-templates", CouncilEvery, CouncilStart)).ToList();

    private static IEnumerable<string> Every(string folder, int every, int start) =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", folder), "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % every == start);

    /// <summary>The sample printed to PDF in one LibreOffice call.</summary>
    private static IReadOnlyDictionary<string, byte[]> Print() =>
        PrintedPdfBatch.Convert(Sample().Select(file => (Path.GetFileName(file), DocxRenderer.Render(TemplateReader.ReadFile(file).Document))).ToList(), "pdf")
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
