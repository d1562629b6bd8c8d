using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Plain text as PDFs and other tools give it: every fifth resolution of the UN corpus (sessions 75–77, imported
/// from the UN's AKN4UN XML) printed by <see cref="PdfTextLayer"/> in each convention (markers as superscript
/// characters, &lt;sup&gt;, bare numbers or [n]; notes at the page foot or after the text, after a rule line;
/// lines broken at 90 columns, pages with running header, job number and page number) imports with every
/// footnote and every paragraph's kind, and the same words.
/// </summary>
public sealed class PdfTextLayerImportTests
{
    private readonly ITestOutputHelper output;

    public PdfTextLayerImportTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Texts that do not come back whole from a text layer in any convention, each with the reason.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["A-RES-76-256.res.md"] = "the UN's file numbers the first operative paragraph 'l.' (a letter for 1): the text reads it as the preamble's",
        ["A-RES-75-293.res.md"] = "in annex I, an office's name in italics over the line that describes its posts ('Department of Peace Operations/…' over 'Establishment of …'), both without closing punctuation: read as one heading, the name run on into its line",
        ["A-RES-75-246.res.md"] = "the UN's file sets the line 'A. Pension Administration' over the staffing table after 'as set out in the table below:' as a heading, where 76/246 and 77/258 set the same print as a point 'A.' of the paragraph: plain text reads the point, as most of the files have it",
    };

    /// <summary>Only with bare numbers for markers, where the number cannot be told from the text's own digits.</summary>
    private static readonly Dictionary<string, string> KnownBare = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Only with every note after the text (no page-foot notes between the pages).</summary>
    private static readonly Dictionary<string, string> KnownAfterText = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<MarkerConvention, NotePlacement> Conventions()
    {
        var data = new TheoryData<MarkerConvention, NotePlacement>();
        foreach (var markers in Enum.GetValues<MarkerConvention>())
        {
            foreach (var placement in Enum.GetValues<NotePlacement>())
            {
                data.Add(markers, placement);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Corpus_resolutions_printed_as_a_text_layer_import_whole(MarkerConvention markers, NotePlacement placement)
    {
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % 5 == 0).ToList();
        var figures = new TextLayerFigures(CarriedModel.AsPlainText, CarriedModel.AsPlainTextAsRead);
        foreach (var file in files)
        {
            var original = TemplateReader.ReadFile(file).Document;
            figures.Add(file, original, UnDocumentImporter.ImportText(file, PdfTextLayer.Render(original, markers, placement)));
        }

        output.WriteLine($"{markers}, {placement}: {figures}");
        var failures = figures.Failures;
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        var known = (markers == MarkerConvention.Bare ? Known.Concat(KnownBare) : Known)
            .Concat(placement == NotePlacement.AfterText ? KnownAfterText : Enumerable.Empty<KeyValuePair<string, string>>())
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        var failed = failures.Select(failure => failure.Substring(0, failure.IndexOf(':'))).ToHashSet(StringComparer.Ordinal);
        var unexplained = failures.Where(failure => !known.ContainsKey(failure.Substring(0, failure.IndexOf(':')))).ToList();
        var mended = known.Keys.Where(name => files.Any(file => Path.GetFileName(file) == name) && !failed.Contains(name)).ToList();
        Assert.True(figures.StaleSlips.Count == 0, string.Join("\n", figures.StaleSlips));
        Assert.True(unexplained.Count == 0, $"{markers}, {placement}: {unexplained.Count} of {files.Count} differ without a stated reason:\n" + string.Join("\n", unexplained.Take(10)));
        Assert.True(mended.Count == 0, $"{markers}, {placement}: listed as not coming back but now whole (remove them from the list): " + string.Join(", ", mended));
        Assert.True(figures.NotesKept >= figures.Notes - 8 && figures.Whole >= files.Count - known.Count, $"{markers}, {placement}: {figures}");
    }
}
