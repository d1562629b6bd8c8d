using System.Text.RegularExpressions;
using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a text whose first section heading stands right after the formula ("The General Assembly,", "I", the
/// section's title, its restated preamble "Recalling …", then "1. Reaffirms …"; the budget resolutions 75/247, 76/241,
/// 77/259) opens its operative part with that heading, as the UN's AKN4UN files set it (the section in the main body,
/// its preambular paragraphs as cross-headings there). The template reader and the text importer read it so alike.
/// </summary>
public sealed class SectionAfterFormulaImportTests
{
    // A line wholly in italics but for its closing comma (the formula), then a heading line.
    private static readonly Regex HeadingAfterFormula = new(@"^\*[^*\r\n]+\*,\r?\n(?:\r?\n)+#", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    /// <summary>Texts of this class that differ for another reason, keyed as in <see cref="RenderedOutputImportTests"/>, each with the reason.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper output;

    public SectionAfterFormulaImportTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_corpus_text_with_a_heading_after_the_formula_comes_back_from_UN_text()
    {
        var files = new[] { "akn4un-templates", "akn4un-sc-templates" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", folder), "*.res.md"))
            .Where(path => HeadingAfterFormula.IsMatch(File.ReadAllText(path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var original = TemplateReader.ReadFile(path).Document;
            Assert.Contains(original.Parts, part => part.Formula is not null && part.Preamble.Count == 0 && part.OperativePart.FirstOrDefault() is Heading);
            var result = UnDocumentImporter.ImportText(path, UnTextRenderer.Render(original));
            RenderedOutputImportTests.Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainTextAsRead, failures);
        }

        output.WriteLine("UN text: " + (files.Count - failures.Count) + " of " + files.Count + " texts with a heading after the formula import back to the same model");
        foreach (var failure in failures)
        {
            output.WriteLine(failure.Key + ": " + failure.Value);
        }

        AllowList.AssertExact("UN text", Known, failures);
    }

    // The UN text of a budget resolution as DraftingKit renders it, with the body given.
    private static string Text(params string[] body) => string.Join("\n", new[]
    {
        "A/RES/75/247",
        "General Assembly",
        "Distr.: General",
        "7 January 2021",
        string.Empty,
        "Seventy-fifth session",
        "Agenda item 139",
        "Report on the activities of the Office of Internal Oversight Services",
        string.Empty,
        "Resolution adopted by the General Assembly on 31 December 2020",
        string.Empty,
        "[on the report of the Fifth Committee (A/75/671, para. 6)]",
        string.Empty,
        "75/247. Report on the activities of the Office of Internal Oversight Services",
        string.Empty,
        "The General Assembly,",
        string.Empty,
    }.Concat(body.SelectMany(paragraph => new[] { paragraph, string.Empty })).Concat(new[] { "48th plenary meeting", "31 December 2020" }));

    private static (DocumentPart Part, ImportResult Result) ImportOne(string text)
    {
        var result = UnDocumentImporter.ImportText("A-RES-75-247.txt", text);
        return (Assert.Single(Assert.Single(result.Texts).Document.Parts), result);
    }

    [Fact]
    public void A_heading_after_the_formula_opens_the_operative_part_with_the_sections_restated_preamble()
    {
        var (part, result) = ImportOne(Text(
            "I",
            "Activities of the Office of Internal Oversight Services",
            "Recalling its resolutions 48/218 B of 29 July 1994 and 54/244 of 23 December 1999,",
            "Having considered the report of the Office of Internal Oversight Services,",
            "1. Reaffirms its primary role in the consideration of reports submitted to it;",
            "2. Requests the Secretary-General to report thereon;",
            "II",
            "Activities of the Independent Audit Advisory Committee",
            "Recalling its resolution 61/275 of 29 June 2007,",
            "1. Notes with appreciation the work of the Independent Audit Advisory Committee."));

        Assert.Empty(part.Preamble);
        Assert.Equal(new[] { "I", "Activities of the Office of Internal Oversight Services" }, part.OperativePart.Take(2).Select(block => Assert.IsType<Heading>(block).Text.PlainText));
        var restated = Assert.IsType<TextParagraph>(part.OperativePart[2]);
        Assert.Equal("Recalling", restated.Text.ItalicLead);
        Assert.IsType<TextParagraph>(part.OperativePart[3]);
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(part.OperativePart[4]).Number);
        Assert.IsType<TextParagraph>(part.OperativePart[8]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == ImportDiagnostics.UnplacedParagraph.Id && d.Message.Contains("without a number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_after_the_preamble_still_heads_the_operative_paragraphs()
    {
        var (part, _) = ImportOne(Text(
            "Recalling its resolution 74/256 of 27 December 2019,",
            "I",
            "Activities of the Office",
            "1. Reaffirms its primary role in the consideration of reports submitted to it."));

        Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble));
        Assert.IsType<Heading>(part.OperativePart[0]);
        Assert.IsType<OperativeParagraph>(part.OperativePart[2]);
    }

    [Fact]
    public void A_paragraph_without_a_lead_after_a_section_heading_is_not_a_restated_preamble()
    {
        var (part, result) = ImportOne(Text(
            "I",
            "Activities of the Office",
            "1. Reaffirms its primary role in the consideration of reports submitted to it;",
            "II",
            "Other matters",
            "the Office shall report thereon,",
            "1. Requests the Secretary-General to report thereon."));

        Assert.Empty(part.Preamble);
        Assert.Contains(result.Diagnostics, d => d.Id == ImportDiagnostics.UnplacedParagraph.Id && d.Message.Contains("without a number", StringComparison.Ordinal));
    }
}
