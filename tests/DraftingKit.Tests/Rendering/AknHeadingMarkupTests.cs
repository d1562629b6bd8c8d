using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The two forms of section-heading numbers in the UN's AKN4UN files: in the heading's text ("I. Introduction"), or
/// in the <c>num</c> of the paragraph holding the heading (75/129, 75/212, 76/3 …). The importer says which form a
/// file uses and the export writes it back in that form.
/// </summary>
public sealed class AknHeadingMarkupTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private static AknImportResult Sample(string name) =>
        AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un", name));

    [Theory]
    [InlineData("75_129_E.xml", AknHeadingMarkup.Numbered)]
    [InlineData("75_212_E.xml", AknHeadingMarkup.Numbered)]
    [InlineData("75_10_E.xml", AknHeadingMarkup.InText)]
    [InlineData("75_101A-B_E.xml", AknHeadingMarkup.InText)]
    public void The_importer_says_which_form_a_file_uses(string name, AknHeadingMarkup expected) =>
        Assert.Equal(expected, Sample(name).HeadingMarkup);

    [Fact]
    public void Numbered_form_writes_the_number_in_num_and_the_rest_as_the_subheading_as_the_UN_file_does()
    {
        var result = Sample("75_212_E.xml");
        var theirs = XDocument.Load(RepositoryPaths.InRepository("tests", "corpus", "akn4un", "75_212_E.xml"));
        var xml = AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphMarkup, AknHeadingMarkup.Numbered));

        var ours = XDocument.Parse(xml).Descendants(Akn + "paragraph").Where(p => p.Element(Akn + "subheading") is not null).ToList();
        var their = theirs.Descendants(Akn + "paragraph").Where(p => p.Element(Akn + "subheading") is not null).ToList();
        // The same numbered headings as the UN's file ("I.", "A." … "XII."); "Rule 1" and the like stay unnumbered.
        Assert.Equal(
            their.Select(p => p.Element(Akn + "num")?.Value.Trim()).Where(n => n is not null),
            ours.Select(p => p.Element(Akn + "num")?.Value.Trim()).Where(n => n is not null));
        Assert.Equal(24, ours.Count(p => p.Element(Akn + "num") is not null));
        // The number is written once: not again at the head of the subheading.
        Assert.DoesNotContain(ours, p => p.Element(Akn + "num") is { } num && p.Element(Akn + "subheading")!.Value.TrimStart().StartsWith(num.Value + " ", System.StringComparison.Ordinal));
        Assert.Empty(AknSchema.Validate(xml));
    }

    [Fact]
    public void Text_form_keeps_the_number_in_the_heading_and_is_the_default()
    {
        var result = Sample("75_212_E.xml");

        var xml = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphMarkup)));

        var headings = xml.Descendants(Akn + "paragraph").Where(p => p.Element(Akn + "subheading") is not null).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, p => Assert.Null(p.Element(Akn + "num")));
        Assert.Contains(headings, p => p.Element(Akn + "subheading")!.Value.TrimStart().StartsWith("I. Organization of work", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I. Introduction", "I.", "Introduction")]
    [InlineData("IV", "IV", "")]
    [InlineData("A. Plenary meetings", "A.", "Plenary meetings")]
    public void A_heading_number_is_split_from_its_title(string heading, string number, string title)
    {
        var split = HeadingNumber.Split(InlineText.Plain(heading));

        Assert.NotNull(split);
        Assert.Equal(number, split!.Value.Number);
        Assert.Equal(title, split.Value.Title.PlainText);
    }

    [Theory]
    [InlineData("A new agenda for peace")]
    [InlineData("Introduction")]
    [InlineData("1. Financing")]
    public void A_heading_without_a_section_number_is_not_split(string heading) =>
        Assert.Null(HeadingNumber.Split(InlineText.Plain(heading)));
}
