using DraftingKit.Import;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Word files the UN itself circulates: a sample of the corpus (every 20th text of the General Assembly, every 10th
/// of the Security Council) written in the shapes of the UN's own template (<see cref="UnWordFile"/>: its styles, labels
/// typed between tabs, runs split anywhere, the masthead in the first page's header, the job number and barcode in its
/// footer, notes with their marks and tabs, a closing rule) imports with the same words, notes and paragraph kinds,
/// italics included.
/// </summary>
public sealed class UnWordFileImportTests
{
    private const int AssemblyEvery = 20, CouncilEvery = 10;

    /// <summary>The figures the UN's Word files reach (texts whole, footnotes kept, paragraph kinds kept), italics compared.</summary>
    /// <remarks>
    /// First measured at 0 of 77 whole (449 of 452 notes): the masthead in the first page's own header was never read,
    /// so every text lost its distribution and date of issue, and notes whose ids start after separators at 0 and 1
    /// were labelled by id. Now read (<see cref="FirstPageMasthead"/>, <see cref="WordNoteNumbers"/>). What is left, by
    /// class: bold the text sets on a part's title or a heading ("**Measures**", S/RES/2716 (2023); A/RES/77/128 A-B),
    /// which Word carries on the runs but the import does not read from Word (a Word file sets headings bold by style
    /// or on the run whether or not the text holds bold); a paragraph of the declaration of A/RES/75/1 that opens
    /// without italics ("We, the Heads of State …"), which the import gives the lead a resolution's paragraph takes.
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) Floor = (74, 452, 2902);

    /// <summary>The same, the words alone (as plain text carries them): every text whole.</summary>
    private static readonly (int Whole, int Notes, int Kinds) WordsFloor = (77, 452, 2902);

    private readonly ITestOutputHelper output;

    public UnWordFileImportTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_UNs_own_word_files_import_whole()
    {
        var figures = new TextLayerFigures(CarriedModel.AsWordText, document => CarriedModel.AsFormatted(document, linkTargets: false), asPrinted: false);
        var plain = new TextLayerFigures(CarriedModel.AsPlainText, CarriedModel.AsPlainTextAsRead, asPrinted: false);
        // A folder named here keeps the files written, to open in Word or lay out with LibreOffice.
        var keep = Environment.GetEnvironmentVariable("DRAFTINGKIT_UN_WORD_DIR");
        foreach (var file in Sample())
        {
            var original = TemplateReader.ReadFile(file).Document;
            var bytes = UnWordFile.Write(original);
            if (!string.IsNullOrEmpty(keep))
            {
                File.WriteAllBytes(Path.Combine(keep, Path.GetFileName(file).Replace(".res.md", ".docx")), bytes);
            }

            using var stream = new MemoryStream(bytes);
            var result = UnDocumentImporter.ImportDocx(Path.GetFileName(file).Replace(".res.md", ".docx"), stream);
            figures.Add(file, original, result);
            plain.Add(file, original, result);
        }

        output.WriteLine("UN Word files: " + figures);
        output.WriteLine("UN Word files, words alone: " + plain);
        foreach (var failure in figures.Failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(figures.Reach(Floor), $"UN Word files: below the figures reached ({Floor.Whole} whole, {Floor.Notes} footnotes, {Floor.Kinds} kinds)");
        Assert.True(plain.Reach(WordsFloor), $"UN Word files, words alone: below the figures reached ({WordsFloor.Whole} whole, {WordsFloor.Notes} footnotes, {WordsFloor.Kinds} kinds)");
    }

    /// <summary>Every 20th template of the Assembly's corpus and every 10th of the Council's, in name order.</summary>
    private static IReadOnlyList<string> Sample() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % AssemblyEvery == 0)
            .Concat(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates"), "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % CouncilEvery == 0))
            .ToList();
}
