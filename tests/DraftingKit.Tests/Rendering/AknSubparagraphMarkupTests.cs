using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The two forms of operative subparagraphs in the UN's AKN4UN files: list/point (79 files) and unnumbered
/// paragraphs opening "(a)&#9;" (58 files, e.g. 75/101 A-B). The importer says which form a file uses and the
/// export writes it back in that form.
/// </summary>
public sealed class AknSubparagraphMarkupTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private static ResolutionDocument Handwritten()
    {
        var path = RepositoryPaths.InRepository("tests", "corpus", "handwritten", "A-RES-81-1.res.md");
        return TemplateReader.Read(path, File.ReadAllText(path)).Document;
    }

    [Fact]
    public void Paragraph_form_writes_each_subparagraph_as_an_unnumbered_paragraph_after_its_own()
    {
        var xml = AknRenderer.Render(Handwritten(), new AknRenderOptions(AknSubparagraphMarkup.Paragraphs));
        var body = XDocument.Parse(xml).Descendants(Akn + "mainBody").Single();

        Assert.Empty(body.Descendants(Akn + "point"));
        var texts = body.Elements(Akn + "paragraph").Where(p => p.Element(Akn + "num") is null && p.Element(Akn + "content") is not null)
            .Select(p => p.Element(Akn + "content")!.Value.Trim().Split('\t')[0]).ToList();
        Assert.Equal(new[] { "(a)", "(i)", "(ii)", "(b)" }, texts);
        Assert.Empty(AknSchema.Validate(xml));
    }

    [Fact]
    public void Either_form_imports_back_into_the_same_subparagraphs()
    {
        var document = Handwritten();
        foreach (var markup in new[] { AknSubparagraphMarkup.Points, AknSubparagraphMarkup.Paragraphs })
        {
            var result = AknImporter.Import("A-RES-81-1.xml", AknRenderer.Render(document, new AknRenderOptions(markup)));

            Assert.Equal(markup, result.SubparagraphMarkup);
            var paragraph = result.Document.OperativeParagraphs().Single(p => p.Number == 2);
            Assert.Equal(new[] { "a", "b" }, paragraph.Subparagraphs.Select(s => s.Label));
            Assert.Equal(new[] { "i", "ii" }, paragraph.Subparagraphs[0].Items.Select(s => s.Label));
        }
    }

    [SkippableFact]
    public void Each_UN_file_imports_with_the_subparagraph_form_its_XML_uses()
    {
        // The form a file uses, read from its XML: lettered items as points with a num "(a)", as paragraphs whose
        // text opens "(a)" and a tab, or as paragraphs with a num "(a)" (not headings, which have a subheading).
        // Every file that uses one of the three only is read, never a file named here.
        var corpus = Require.CorpusFolder("akn4un", "en");
        var seen = new HashSet<AknSubparagraphMarkup>();
        foreach (var file in Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var body = XDocument.Load(file).Descendants(Akn + "mainBody").SelectMany(b => b.Descendants()).ToList();
            var forms = new HashSet<AknSubparagraphMarkup>();
            if (body.Any(e => e.Name == Akn + "point"))
            {
                forms.Add(AknSubparagraphMarkup.Points);
            }

            if (body.Any(e => e.Name == Akn + "paragraph" && LetteredText(e)))
            {
                forms.Add(AknSubparagraphMarkup.Paragraphs);
            }

            if (body.Any(e => e.Name == Akn + "paragraph" && LetteredNum(e) && e.Element(Akn + "subheading") is null))
            {
                forms.Add(AknSubparagraphMarkup.NumberedParagraphs);
            }

            // A num "(a)" of its own is kept per subparagraph (AknSubparagraphForms), whatever the file's one form.
            if (forms.Count != 1 || forms.Contains(AknSubparagraphMarkup.NumberedParagraphs))
            {
                continue;
            }

            var expected = forms.Single();
            var actual = AknImporter.ImportFile(file).SubparagraphMarkup;
            Assert.True(actual == expected, Path.GetFileName(file) + " uses " + expected + " only, imported as " + actual);
            seen.Add(expected);
        }

        Assert.Contains(AknSubparagraphMarkup.Points, seen);
        Assert.Contains(AknSubparagraphMarkup.Paragraphs, seen);
    }

    private static bool LetteredNum(XElement element) =>
        System.Text.RegularExpressions.Regex.IsMatch(element.Element(Akn + "num")?.Value.Trim() ?? string.Empty, @"^\([a-z]{1,4}\)$");

    private static bool LetteredText(XElement element) =>
        element.Element(Akn + "num") is null && System.Text.RegularExpressions.Regex.IsMatch(element.Element(Akn + "content")?.Value.TrimStart() ?? string.Empty, @"^\([a-z]{1,4}\)\t");
}
