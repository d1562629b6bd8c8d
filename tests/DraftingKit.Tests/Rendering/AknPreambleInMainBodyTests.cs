using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// A UN file that sets the preamble's last paragraph as an unnumbered paragraph at the head of its main body
/// ("*Having further considered* …,", 76/245, 77/262): the text reads it as preambular, and the template carries
/// where the file set it (<c>akn-preamble-in-main-body</c>), so <c>render --format akn</c> gives the file's division back.
/// </summary>
public sealed class AknPreambleInMainBodyTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private const string Filed =
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><preface><p><docNumber>76/245.</docNumber><docTitle>Questions relating to the proposed programme budget for 2022</docTitle></p></preface>"
        + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>"
        + "<container name=\"Having considered\"><p><span class=\"italic\">Having considered</span> the proposed programme budget for 2022,</p></container></preamble>"
        + "<mainBody><paragraph><content><p><span class=\"italic\">\tHaving further considered</span> the notes by the Secretary-General,</p></content></paragraph>"
        + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Takes note</span> of the notes by the Secretary-General;</p></content></paragraph>"
        + "<paragraph><num>2.</num><content><p>\t<span class=\"italic\">Endorses</span> the conclusions and recommendations;</p></content></paragraph></mainBody>"
        + "<conclusions><p><inline name=\"adoptionMeeting\">69th plenary meeting</inline><eol/><docDate date=\"2021-12-24\">24 December 2021</docDate></p></conclusions></statement></akomaNtoso>";

    [Fact]
    public void The_paragraph_reads_as_preambular_and_the_export_sets_it_where_the_file_did()
    {
        var imported = AknImporter.Import("A_RES_76_245.xml", Filed).Document;
        var template = MarkdownRenderer.Render(imported);
        var read = TemplateReader.Read("A-RES-76-245.res.md", template);
        var xml = XDocument.Parse(AknRenderer.Render(read.Document));

        Assert.Equal(new[] { "Having considered", "Having further considered" }, read.Document.Parts[0].Preamble.OfType<PreambularParagraph>().Select(p => p.Lead));
        Assert.Contains("akn-preamble-in-main-body: 2\n", template, StringComparison.Ordinal);
        Assert.Equal(new[] { "Having considered" }, xml.Descendants(Akn + "preamble").Elements(Akn + "container").Select(c => (string?)c.Attribute("name")));
        var mainBody = xml.Descendants(Akn + "mainBody").Elements(Akn + "paragraph").ToList();
        Assert.Equal(new[] { string.Empty, "1.", "2." }, mainBody.Select(p => p.Element(Akn + "num")?.Value.Trim() ?? string.Empty));
        Assert.StartsWith("Having further considered", mainBody[0].Value.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_field_the_export_writes_the_paragraph_in_the_preamble()
    {
        var imported = AknImporter.Import("A_RES_76_245.xml", Filed).Document;
        var without = imported with { Header = imported.Header with { AknPreambleInMainBody = null } };

        var xml = XDocument.Parse(AknRenderer.Render(without));

        Assert.Equal(new[] { "Having considered", "Having further considered" }, xml.Descendants(Akn + "preamble").Elements(Akn + "container").Select(c => (string?)c.Attribute("name")));
    }

    [Fact]
    public void Only_the_preambles_last_paragraphs_move_so_the_order_of_the_text_is_kept()
    {
        // A hand-written value that names the first preambular paragraph, not the last: nothing moves.
        const string Template = "---\nkind: resolution\nstatus: adopted\nakn-preamble-in-main-body: 1\n---\n\n*The General Assembly*,\n\n*Recalling* its resolution 75/1,\n\n*Noting* the report,\n\n1. *Decides* to act.\n";

        var xml = XDocument.Parse(AknRenderer.Render(TemplateReader.Read("t.res.md", Template).Document));

        Assert.Equal(2, xml.Descendants(Akn + "preamble").Elements(Akn + "container").Count());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("last")]
    [InlineData("3-1")]
    public void A_value_that_names_no_places_is_reported(string value)
    {
        var read = TemplateReader.Read("t.res.md", "---\nkind: resolution\nakn-preamble-in-main-body: " + value + "\n---\n\n*The General Assembly*,\n\n*Recalling* its resolution 75/1,\n\n1. *Decides* to act.\n");

        Assert.Contains(read.Diagnostics, d => d.Id == "DK0003");
        Assert.Null(read.Document.Header.AknPreambleInMainBody);
    }
}
