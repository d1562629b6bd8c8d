using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a text under several agenda items prints "Agenda items 14 and 122" and each item's title on a line of
/// its own; UN text, Word and a PDF's text layer (where a long title runs over lines) import the titles one a line,
/// as the template holds them.
/// </summary>
public sealed class AgendaTitlesImportTests
{
    private readonly ITestOutputHelper output;

    public AgendaTitlesImportTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData("106", 1)]
    [InlineData("14 and 122", 2)]
    [InlineData("20 and 78 (a)", 2)]
    [InlineData("14, 15 and 122", 3)]
    [InlineData("14 et 122", 2)]
    [InlineData("14, 15 et 122", 3)]
    [InlineData("20 et 78 a)", 2)]
    public void The_agenda_line_says_how_many_titles_follow(string items, int count) =>
        Assert.Equal(count, AgendaTitleLines.ItemCount(items));

    [Fact]
    public void Titles_one_a_line_stay_one_a_line()
    {
        // A/RES/77/243 as UN text prints it.
        var titles = AgendaTitleLines.Titles(new[] { "Culture of peace", "The United Nations Global Counter-Terrorism Strategy" }, 2);

        Assert.Equal(new[] { "Culture of peace", "The United Nations Global Counter-Terrorism Strategy" }, titles);
    }

    [Fact]
    public void A_title_broken_before_a_capital_goes_on_and_the_next_title_opens_after_the_shortest_line()
    {
        // A/RES/75/290 B in a text layer of 90 columns: "United Nations" opens the second line of the first title.
        var lines = new[]
        {
            "Integrated and coordinated implementation of and follow-up to the outcomes of the major",
            "United Nations conferences and summits in the economic, social and related fields",
            "Follow-up to the outcome of the Millennium Summit",
        };

        var titles = AgendaTitleLines.Titles(lines, 2);

        Assert.Equal(new[] { lines[0] + " " + lines[1], lines[2] }, titles);
    }

    [Fact]
    public void A_line_ending_on_a_connective_goes_on()
    {
        // A/RES/75/247: the first title broken after "of the"; the short line "United Nations" ends it.
        var lines = new[]
        {
            "Review of the efficiency of the administrative and financial functioning of the",
            "United Nations",
            "Report on the activities of the Office of Internal Oversight Services",
        };

        var titles = AgendaTitleLines.Titles(lines, 2);

        Assert.Equal(new[] { lines[0] + " " + lines[1], lines[2] }, titles);
    }

    [Fact]
    public void One_item_keeps_its_title_in_one_whatever_its_lines()
    {
        var titles = AgendaTitleLines.Titles(new[] { "Financing of the United Nations peacekeeping forces in the Middle East:", "United Nations Interim Force in Lebanon" }, 1);

        Assert.Equal("Financing of the United Nations peacekeeping forces in the Middle East: United Nations Interim Force in Lebanon", Assert.Single(titles));
    }

    [Fact]
    public void Corpus_texts_under_several_items_import_their_titles_from_text_Word_and_a_text_layer()
    {
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md").OrderBy(f => f, StringComparer.Ordinal)
            .Select(file => (File: file, Document: TemplateReader.ReadFile(file).Document))
            .Where(read => read.Document.Header.AgendaTitle?.Contains('\n') == true)
            .ToList();
        var failures = new List<string>();
        foreach (var (file, original) in files)
        {
            var expected = Header(original);
            using var stream = new MemoryStream(DocxRenderer.Render(original));
            var imported = new[]
            {
                ("UN text", UnDocumentImporter.ImportText(file, UnTextRenderer.Render(original))),
                ("Word", UnDocumentImporter.ImportDocx(file, stream)),
                ("text layer", UnDocumentImporter.ImportText(file, PdfTextLayer.Render(original, MarkerConvention.Superscript, NotePlacement.PageFoot))),
            };
            foreach (var (format, result) in imported)
            {
                var actual = result.Texts.Count == 1 ? Header(result.Texts[0].Document) : result.Texts.Count + " texts";
                if (actual != expected)
                {
                    failures.Add(Path.GetFileName(file) + " (" + format + "): " + RenderedOutputImportTests.FirstDifference(expected, actual));
                }
            }
        }

        output.WriteLine(files.Count + " corpus texts under several agenda items; " + failures.Count + " headers differ");
        failures.ForEach(output.WriteLine);
        Assert.NotEmpty(files);
        Assert.Empty(failures);
    }

    [Fact]
    public void Corpus_texts_under_several_items_in_French_import_their_titles_from_text_and_Word()
    {
        // The same covers in French: "Points 14 et 122 de l’ordre du jour", each title on a line of its own.
        var french = DocumentLanguage.Find("fr")!;
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md").OrderBy(f => f, StringComparer.Ordinal)
            .Select(file => (File: file, Document: TemplateReader.ReadFile(file).Document))
            .Where(read => read.Document.Header.AgendaTitle?.Contains('\n') == true)
            .Select(read => (read.File, Document: read.Document with { Header = read.Document.Header with { Language = french, AgendaItem = read.Document.Header.AgendaItem!.Replace(" and ", " et ", StringComparison.Ordinal) } }))
            .ToList();
        var failures = new List<string>();
        foreach (var (file, original) in files)
        {
            var expected = Header(original);
            using var stream = new MemoryStream(DocxRenderer.Render(original));
            var text = UnTextRenderer.Render(original);
            Assert.Contains("Points ", text, StringComparison.Ordinal);
            foreach (var (format, result) in new[] { ("UN text", UnDocumentImporter.ImportText(file, text)), ("Word", UnDocumentImporter.ImportDocx(file, stream)) })
            {
                var actual = result.Texts.Count == 1 ? Header(result.Texts[0].Document) : result.Texts.Count + " texts";
                if (actual != expected)
                {
                    failures.Add(Path.GetFileName(file) + " (" + format + "): " + RenderedOutputImportTests.FirstDifference(expected, actual));
                }
            }
        }

        output.WriteLine(files.Count + " corpus texts under several agenda items, in French; " + failures.Count + " headers differ");
        failures.ForEach(output.WriteLine);
        Assert.NotEmpty(files);
        Assert.Empty(failures);
    }

    /// <summary>The header's outline line, the agenda titles one a line.</summary>
    private static string Header(ResolutionDocument document) => CarriedModel.AsPlainText(document).Split(new[] { "\npart:" }, StringSplitOptions.None)[0];
}
