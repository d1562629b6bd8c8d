using System.Globalization;
using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's resolutions as a user hands them back: every template of the Council's corpus (2020–2024,
/// tests/corpus/akn4un-sc-templates) rendered as the Council prints it (masthead "S/RES/2618 (2022)", "Resolution
/// 2618 (2022)", "Adopted by the Security Council at its 8956th meeting, on 27 January 2022", no title, "The Security
/// Council,") and as Word, and imported back: the importer must recognise the organ from the text and keep every
/// paragraph, heading, list item and footnote. Figures are printed per year.
/// </summary>
public sealed class CouncilRenderedImportTests
{
    private readonly ITestOutputHelper output;

    public CouncilRenderedImportTests(ITestOutputHelper output) => this.output = output;

    private static IReadOnlyList<string> Templates { get; } = Directory
        .GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates"), "*.res.md")
        .OrderBy(path => path, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Council texts that do not come back whole, one entry per file with its reason and the hash of what differs
    /// through plain text and through Word (keyed as every allow-list is: the file and a hash of every outline line
    /// that differs); a format whose hash is null brings the file back whole.
    /// </summary>
    private static readonly KnownDifference[] Known =
    {
        new("S-RES-2551-2020.res.md", "5104325f", "5104325f", "the UN's file sets annex B as a heading inside annex A, where print shows an annex of its own: without pages that show it run on (AnnexOnItsPage), it reads as an annex"),
        new("S-RES-2607-2021.res.md", "622f446c", "622f446c", "the UN's file sets annexes B and C as headings inside annex A, where print shows annexes of their own: without pages that show them run on (AnnexOnItsPage), they read as annexes"),
        new("S-RES-2610-2021.res.md", "15e777d5", "15e777d5", "the UN's file sets annex II as a heading inside annex I, and paragraphs without closing punctuation ('Information gathering (four months)') that print as headings"),
        new("S-RES-2713-2023.res.md", "46428309", "46428309", "in annex A, paragraphs lettered 'a.' ('a. Note: …') print with their mark: read back as paragraphs of text without a label (the items marked 'a.' under a colon come back as items)"),
        new("S-RES-2734-2024.res.md", "06d2e659", "06d2e659", "the UN's file sets annex II as a heading inside annex I, where print shows an annex of its own"),
        new("S-RES-2744-2024.res.md", "3b6dc7bc", null, "the UN's file sets annex II as a heading inside annex I: plain text, without pages, reads an annex of its own; through Word it comes back whole (AnnexOnItsPage)"),
    };

    /// <summary>Council texts that do not come back whole through plain text, keyed as <see cref="AllowList"/> reads them.</summary>
    private static Dictionary<string, string> KnownInText => KnownDifference.Keyed(Known, entry => entry.TextHash);

    /// <summary>Council texts that do not come back whole through Word.</summary>
    private static Dictionary<string, string> KnownInWord => KnownDifference.Keyed(Known, entry => entry.WordHash);

    [Fact]
    public void Council_UN_text_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            var result = UnDocumentImporter.ImportText(path, UnTextRenderer.Render(original));
            RenderedOutputImportTests.Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainTextAsRead, failures);
        }

        Report("Council UN text", failures, KnownInText);
    }

    [Fact]
    public void Council_Word_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            using var stream = new MemoryStream(DocxRenderer.Render(original));
            var result = UnDocumentImporter.ImportDocx(path, stream);
            RenderedOutputImportTests.Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainTextAsRead, failures);
        }

        Report("Council Word", failures, KnownInWord);
    }

    private void Report(string format, Dictionary<string, string> failures, Dictionary<string, string> known)
    {
        Assert.True(Templates.Count >= 200, "The Council's templates should number 261; found " + Templates.Count);
        output.WriteLine(format + ": " + (Templates.Count - failures.Count) + " of " + Templates.Count + " import back to the same model");
        output.WriteLine("year  files  same model");
        foreach (var year in Templates.GroupBy(Year).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var differ = failures.Keys.Count(key => Year(key.Split(' ')[0]) == year.Key);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-5} {1,5}  {2,10}", year.Key, year.Count(), year.Count() - differ));
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure.Key + ": " + failure.Value);
        }

        AllowList.AssertExact(format, known, failures);
    }

    /// <summary>The year of "S-RES-2618-2022.res.md".</summary>
    private static string Year(string path)
    {
        var stem = Path.GetFileName(path).Split('.')[0];
        return stem.Substring(stem.LastIndexOf('-') + 1);
    }
}
