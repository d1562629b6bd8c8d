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
    /// A note cited again, set apart, after other words than its first marker's, is its marker where its clause names
    /// again what its first marker's clause named ("… and Public Participation 12 in" where note 12 first closed "the
    /// Doha Declaration … and Public Participation, adopted …, held in Qatar in April 2015,"), also where a page cut that
    /// clause ("… the cultural heritage of" / the page's number / "peoples in the form of movable property,12 taking into
    /// account the views and comments expressed by Member States, 11 and", 002 draft resolution II): every draft is
    /// whole. The chapters listed under a colon
    /// ("Chapter 3: Legislation and frameworks" / "Chapter 4: Criminalization", resolution 26/4) are read, as laid out
    /// and in the reading order (<see cref="NamedEntries"/>).
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) Floor = (35, 286, 1475);

    /// <summary>The figures pdftotext's reading order reaches on the same drafts.</summary>
    /// <remarks>
    /// A list item's label that pdftotext sets at its page's foot, among the notes, away from its text at the page's top
    /// (000 and 001 A draft resolution II, "(c)" / "(b)"), goes back on its text (<see cref="FlowingFootLabels"/>): every
    /// paragraph kind comes back. The hyphens at a line's end come back by the evidence each has (<see cref="LostHyphens"/>):
    /// "identityrelated" (a noun by its ending before "-related"), "counterterrorism" inside a line (the draft writes
    /// "counter-terrorism" eight times, in a line a join made longer than the page's). What is left: "multijurisdictional",
    /// which these drafts of 2013 write whole inside a line and the Assembly's sessions 75–77 write "multi-jurisdictional"
    /// (twice, never whole), so that the UN's usage gives it a hyphen (002 A/C.3/68/L.21 and draft resolution XI).
    /// </remarks>
    private static readonly (int Whole, int Notes, int Kinds) FlowFloor = (33, 286, 1475);

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
