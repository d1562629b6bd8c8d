using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a plain text's notes come in with their titles in italics, as the UN prints them; a Word file's notes come
/// in as the file sets them. Arranged with A/RES/77/236, whose notes cite the Official Records, "Ibid." and the Treaty
/// Series, and a note in prose, a document and resolutions that take no italics.
/// </summary>
public sealed class NoteTitleImportTests
{
    private static ResolutionDocument Original() =>
        TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-77-236.res.md")).Document;

    [Theory]
    [InlineData(MarkerConvention.Superscript, NotePlacement.PageFoot)]
    [InlineData(MarkerConvention.Bare, NotePlacement.AfterText)]
    public void A_text_layer_s_notes_get_the_UN_s_italics_back(MarkerConvention markers, NotePlacement placement)
    {
        var original = Original();
        var result = UnDocumentImporter.ImportText("A-RES-77-236.txt", PdfTextLayer.Render(original, markers, placement));
        var imported = Assert.Single(result.Texts).Document;
        var expected = original.Footnotes.Select(Italics).ToList();
        var italics = imported.Footnotes.Select(Italics).ToList();
        Assert.Equal(expected.Count, italics.Count);

        // Notes 3–5 cite the Official Records, "Ibid." and the Treaty Series; note 9's journal ("*Transplantation*",
        // a title after a paper's) is known by no words of its own and stays roman; no other note gets italics.
        Assert.Equal(
            ["Official Records of the Economic and Social Council, 2014, Supplement No. 10", "2016, Supplement No. 10", "Treaty Series"],
            italics.Skip(2).Take(3));
        Assert.All(italics.Zip(expected), pair => Assert.True(pair.First.Length == 0 || pair.First == pair.Second, pair.First));
    }

    [Fact]
    public void A_Word_file_s_notes_keep_the_italics_it_sets()
    {
        var original = Original();
        var roman = original with { Footnotes = EquatableArray.From(original.Footnotes.Select(note => note with { Text = Roman(note.Text) }).ToArray()) };
        using var stream = new MemoryStream(DocxRenderer.Render(roman));
        var imported = Assert.Single(UnDocumentImporter.ImportDocx("A-RES-77-236.docx", stream).Texts).Document;
        Assert.All(imported.Footnotes, note => Assert.Equal(string.Empty, Italics(note)));
    }

    /// <summary>The note's italic words, joined by " | ".</summary>
    private static string Italics(Footnote note) =>
        string.Join(" | ", note.Text.Inlines.OfType<Emphasis>().Select(emphasis => emphasis.Content.PlainText));

    private static InlineText Roman(InlineText text) =>
        new(EquatableArray.From(text.Inlines.SelectMany(inline => inline is Emphasis emphasis ? (IEnumerable<Inline>)Roman(emphasis.Content).Inlines : new[] { inline }).ToArray()));
}
