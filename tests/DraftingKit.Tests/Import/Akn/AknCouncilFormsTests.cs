using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Forms of the Security Council's AKN4UN files the importer reads and keeps for the export (issue 16): a quoted
/// structure with points, a bullet set as a paragraph's num, a heading set as a container among the paragraphs. Each
/// is checked on the direct export and on the user's path, through the template.
/// </summary>
public sealed class AknCouncilFormsTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private const string Open = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><meta><identification source=\"#DGACM\"><FRBRWork><FRBRdate date=\"2023-10-02\" name=\"adoption\"/><FRBRauthor href=\"sc\" as=\"author\"/></FRBRWork></identification></meta>"
        + "<coverPage><p><docNumber refersTo=\"#symbol\">S/RES/2699 (2023)</docNumber></p><p><docAuthority refersTo=\"#issuingBody\">Security Council</docAuthority></p>"
        + "<p><docTitle refersTo=\"#resolutionNumber\">Resolution 2699 (2023)</docTitle></p></coverPage>"
        + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The Security Council</span>,</p></formula><container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its previous resolutions,</p></container></preamble><mainBody>";

    private const string Close = "<paragraph><num>31.</num><content><p><span class=\"italic\">Decides</span> to remain actively seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>";

    // S/RES/2699 (2023), paragraph 14: a paragraph replaced by the quoted text, whose points are lettered "a.", "b.".
    private const string Quotation = "<paragraph><num>14.</num><content><p><span class=\"italic\">Decides</span> that paragraph 11 of resolution 2653 (2022) shall be replaced by the following:</p>"
        + "<p><mod><quotedStructure><p>“<span class=\"italic\">Decides</span> that all Member States shall take the necessary measures, and that this measure shall not apply to:</p>"
        + "<point><num>a.</num><content><p>The supply of arms to the United Nations;</p></content></point>"
        + "<point><num>b.</num><content><p>Other supplies approved in advance by the Committee;”</p></content></point></quotedStructure></mod></p></content></paragraph>";

    private const string Introducing = "<paragraph><num>30.</num><content><p><span class=\"italic\">Decides</span> that the measures apply to the following:</p></content></paragraph>";

    private static (AknImportResult Result, XDocument Direct, XDocument Template) Import(string body)
    {
        var result = AknImporter.Import("sc.xml", Open + body + Close);
        var direct = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));
        var read = TemplateReader.Read("sc.res.md", MarkdownRenderer.Render(result.Document)).Document;
        return (result, direct, XDocument.Parse(AknRenderer.Render(read)));
    }

    private static List<string> Numbers(XDocument xml) =>
        xml.Descendants(Akn + "mainBody").Descendants(Akn + "num").Select(n => n.Value).ToList();

    [Fact]
    public void A_quoted_structure_s_paragraph_and_points_are_the_items_of_the_paragraph_that_quotes_them()
    {
        var (result, direct, template) = Import(Quotation);

        var paragraph = result.Document.OperativeParagraphs().First();
        Assert.EndsWith("replaced by the following:", paragraph.Text.PlainText, StringComparison.Ordinal);
        var openings = new[] { "“Decides that all Member States", "a. The supply of arms", "b. Other supplies" };
        Assert.Equal(openings.Length, paragraph.Subparagraphs.Count);
        Assert.All(openings.Zip(paragraph.Subparagraphs), pair => Assert.StartsWith(pair.First, pair.Second.Text.PlainText, StringComparison.Ordinal));
        Assert.All(paragraph.Subparagraphs, s => Assert.Equal(ListStyle.Unlabelled, s.Style));
        Assert.Equal(new[] { "14.", "a.", "b.", "31." }, Numbers(direct));
        Assert.Equal(Numbers(direct), Numbers(template));
        Assert.Null(AknCorpusSweepTests.CompareRoundTrip(result.Document));
    }

    [Fact]
    public void A_bullet_set_as_a_num_is_read_as_printed_and_written_back_as_a_num()
    {
        var (result, direct, template) = Import(Introducing + "<paragraph><num>•</num><content><p>All types of weapons;</p></content></paragraph>");

        var bullet = result.Document.Parts[0].OperativePart.OfType<TextParagraph>().Single();
        Assert.Null(bullet.Label);
        Assert.Equal("• All types of weapons;", bullet.Text.PlainText);
        Assert.Equal("numbered", result.Document.Header.AknBullets);
        Assert.Equal(new[] { "30.", "•", "31." }, Numbers(direct));
        Assert.Equal(Numbers(direct), Numbers(template));
        Assert.Null(AknCorpusSweepTests.CompareRoundTrip(result.Document));
    }

    [Fact]
    public void A_bullet_typed_in_the_text_stays_in_the_text()
    {
        var (result, direct, _) = Import(Introducing + "<paragraph><content><p>•\tAll types of weapons;</p></content></paragraph>");

        Assert.Null(result.Document.Header.AknBullets);
        Assert.Equal(new[] { "30.", "31." }, Numbers(direct));
    }

    [Fact]
    public void A_heading_set_as_a_container_among_the_paragraphs_is_written_back_as_one()
    {
        // S/RES/2550 (2020): "Reporting and Consultation" in a container of its own, among the numbered paragraphs.
        var (result, direct, template) = Import("<paragraph><num>30.</num><content><p><span class=\"italic\">Requests</span> a report;</p></content></paragraph><container name=\"Reporting\"><p>Reporting and Consultation</p></container>");

        Assert.Equal("1", result.Document.Header.AknHeadingContainers);
        foreach (var xml in new[] { direct, template })
        {
            var container = Assert.Single(xml.Descendants(Akn + "mainBody").Descendants(Akn + "container"));
            Assert.Equal("Reporting", (string)container.Attribute("name")!);
            Assert.Equal("Reporting and Consultation", container.Value.Trim());
        }
    }
}
