using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The drafts and decisions a report recommends, the L-documents of a Main Committee and a commission's resolutions
/// (the hand-made seed templates) rendered to Word, laid out into pages by LibreOffice and read back by pdftotext, as
/// a user who prints a draft and copies its text gives them to the importer. Drafts are short: many are a decision of
/// one paragraph with a single note at the page's foot, which the layout's signs (indents, a rule over the notes) do
/// not show in so few lines.
/// </summary>
public sealed class RealPdfDraftsImportTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Layout, string Flow)>> Printed = new(Print);

    private readonly ITestOutputHelper output;

    public RealPdfDraftsImportTests(ITestOutputHelper output) => this.output = output;

    /// <summary>The figures the layout reaches (texts whole, footnotes kept, paragraph kinds kept).</summary>
    /// <remarks>
    /// What is left, by class (the failures this test writes): a note cited again, set apart, after other words than
    /// its first marker's ("Participation 12 in" where note 12 first followed "2015,"); numbers and letters pdftotext
    /// stacks in the reading order; hyphens at a line's end that no source counts. The chapters listed under a colon
    /// ("Chapter 3: Legislation and frameworks" / "Chapter 4: Criminalization", resolution 26/4) are read, as laid out
    /// and in the reading order (<see cref="NamedEntries"/>).
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) Floor = (33, 286, 1475);

    /// <summary>The figures pdftotext's reading order reaches on the same drafts.</summary>
    /// <remarks>
    /// A list item's label that pdftotext sets at its page's foot, among the notes, away from its text at the page's top
    /// (000 and 001 A draft resolution II, "(c)" / "(b)"), goes back on its text (<see cref="FlowingFootLabels"/>): every
    /// paragraph kind comes back. What is left beyond the layout's: hyphens at a line's end that no source counts
    /// ("identityrelated", "multi-jurisdictional", "counterterrorism"), a note cited again set apart after other words than
    /// its first marker's ("Participation 12" in 000 draft resolution II, as in the layout; "thereto”, 7" in 002).
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) FlowFloor = (29, 286, 1475);

    [SkippableFact]
    public void Drafts_laid_out_as_PDF_import_whole()
    {
        var figures = Figures("drafts layout", reading => reading.Layout);
        Assert.True(figures.Reach(Floor), $"drafts layout: below the figures reached ({Floor.Whole} whole, {Floor.Notes} footnotes, {Floor.Kinds} kinds)");
    }

    [SkippableFact]
    public void Drafts_read_from_PDF_in_reading_order_import_whole()
    {
        var figures = Figures("drafts reading order", reading => reading.Flow);
        Assert.True(figures.Reach(FlowFloor), $"drafts reading order: below the figures reached ({FlowFloor.Whole} whole, {FlowFloor.Notes} footnotes, {FlowFloor.Kinds} kinds)");
    }

    /// <summary>Imports each seed from its printed text and gives the figures it reaches, writing what differs.</summary>
    private TextLayerFigures Figures(string reading, Func<(string Layout, string Flow), string> text)
    {
        var figures = new TextLayerFigures(CarriedModel.AsPrintedText, CarriedModel.AsPrintedTextAsRead);
        foreach (var (name, file) in Seeds())
        {
            figures.Add(name, TemplateReader.ReadFile(file).Document, UnDocumentImporter.ImportText(name, text(Printed.Value[name])));
        }

        output.WriteLine($"{reading}: {figures}");
        foreach (var failure in figures.Failures)
        {
            output.WriteLine(failure);
        }

        return figures;
    }

    /// <summary>Every seed template, named by its folder and file (the files' names repeat across folders).</summary>
    private static IReadOnlyList<(string Name, string File)> Seeds() =>
        Directory.GetDirectories(RepositoryPaths.InRepository("tests", "corpus", "seeds"))
            .SelectMany(folder => Directory.GetFiles(folder, "*.res.md").Select(file => (Path.GetFileName(folder) + "-" + Path.GetFileName(file), file)))
            .OrderBy(seed => seed.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every seed printed in one batch, so LibreOffice starts once.</summary>
    private static IReadOnlyDictionary<string, (string Layout, string Flow)> Print() =>
        PrintedPdfBatch.Read(Seeds().Select(seed => (seed.Name, DocxRenderer.Render(TemplateReader.ReadFile(seed.File).Document))).ToList());
}
