using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Issue 15, item 8: a UN file that numbers some section headings in a paragraph's <c>num</c> ("B.") and leaves the
/// others' numbers in their text ("I", 76/246 and 77/256) keeps each heading's form through the user's path:
/// <c>draftkit import</c> writes the exceptions in <c>akn-heading-forms</c>, <c>render --format akn</c> gives them back.
/// </summary>
public sealed class AknHeadingFormsTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    // The shape of 76/246: two sections whose roman numbers stand in a subheading's text, then a lettered heading
    // whose number the file sets in the paragraph's num.
    private const string Mixed =
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><preface><p><docNumber>76/246.</docNumber><docTitle>Special subjects relating to the proposed programme budget for 2022</docTitle></p></preface>"
        + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula></preamble><mainBody>"
        + "<subheading>I</subheading><subheading>Financial performance report on the programme budget for 2020</subheading>"
        + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Takes note</span> of the report of the Secretary-General;</p></content></paragraph>"
        + "<subheading>II</subheading><subheading>International Trade Centre</subheading>"
        + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Approves</span> the changes to the staffing table;</p></content></paragraph>"
        + "<paragraph><num>B.</num><subheading>Pension Administration</subheading></paragraph>"
        + "<paragraph><num>2.</num><content><p>\t<span class=\"italic\">Decides</span> to reduce the proposed resources for travel;</p></content></paragraph>"
        + "</mainBody><conclusions><p><inline name=\"adoptionMeeting\">69th plenary meeting</inline><eol/><docDate date=\"2021-12-24\">24 December 2021</docDate></p></conclusions></statement></akomaNtoso>";

    [Fact]
    public void A_file_that_mixes_heading_forms_keeps_each_through_the_template()
    {
        var imported = AknImporter.Import("A_RES_76_246.xml", Mixed);
        var template = MarkdownRenderer.Render(imported.Document);
        var read = TemplateReader.Read("A-RES-76-246.res.md", template);

        // Two of the three numbered headings ("I", "II") keep their number in the text: that is the file's usual
        // form, and the third, "B." (the fifth heading in reading order), is the exception.
        Assert.DoesNotContain("akn-headings:", template, StringComparison.Ordinal);
        Assert.Contains("akn-heading-forms: numbered 5\n", template, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Diagnostics, d => d.Id == "DK0003");
        Assert.Equal(Headings(XDocument.Parse(Mixed)), Headings(XDocument.Parse(AknRenderer.Render(read.Document))));
        Assert.Equal(new[] { "- I", "- Financial performance report on the programme budget for 2020", "- II", "- International Trade Centre", "B. Pension Administration" }, Headings(XDocument.Parse(AknRenderer.Render(read.Document))));
    }

    [Fact]
    public void Without_the_field_every_heading_takes_the_usual_form()
    {
        var imported = AknImporter.Import("A_RES_76_246.xml", Mixed).Document;
        var without = imported with { Header = imported.Header with { AknHeadingExceptions = null } };

        // The field is what carries the exception: without it "B." stays in the subheading's text.
        Assert.Contains("- B. Pension Administration", Headings(XDocument.Parse(AknRenderer.Render(without))));
    }

    [Fact]
    public void A_hand_written_template_sets_the_form_of_single_headings()
    {
        const string Template = "---\nkind: resolution\nstatus: adopted\nakn-headings: numbered\nakn-heading-forms: in-text 2\n---\n\n*The General Assembly*,\n\n## I. Introduction\n\n1. *Decides* to act;\n\n## II. Programme of work\n\n2. *Requests* a report.\n";

        var read = TemplateReader.Read("t.res.md", Template);

        Assert.Equal(new[] { "I. Introduction", "- II. Programme of work" }, Headings(XDocument.Parse(AknRenderer.Render(read.Document))));
    }

    [Theory]
    [InlineData("in-text")]
    [InlineData("in-text 0")]
    [InlineData("numbered 3-1")]
    [InlineData("in text 1")]
    public void A_heading_forms_value_of_the_wrong_form_is_reported(string value)
    {
        var read = TemplateReader.Read("t.res.md", "---\nkind: resolution\nakn-heading-forms: " + value + "\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        Assert.Contains(read.Diagnostics, d => d.Id == "DK0003");
        Assert.Null(read.Document.Header.AknHeadingExceptions);
    }

    [SkippableFact]
    public void The_UN_files_that_mix_heading_forms_export_their_headings_as_the_UN_does()
    {
        var corpus = Require.CorpusFolder("akn4un", "en");
        foreach (var name in new[] { "76/A_RES_76_246-2119713E.xml", "77/A_RES_77_256 A-B-2300172E.xml" })
        {
            var path = Path.Combine(corpus, name);
            var imported = AknImporter.ImportFile(path);
            var read = TemplateReader.Read("t.res.md", MarkdownRenderer.Render(imported.Document));

            Assert.NotNull(read.Document.Header.AknHeadingExceptions);
            Assert.Equal(Numbers(XDocument.Load(path)), Numbers(XDocument.Parse(AknRenderer.Render(read.Document))));
        }
    }

    /// <summary>Each heading of the main body: "B. Title" when its number stands in num, "- text" when it stands in the text.</summary>
    private static List<string> Headings(XDocument xml) =>
        xml.Descendants(Akn + "mainBody").Descendants(Akn + "subheading")
            .Select(h => (h.Parent?.Name == Akn + "paragraph" && h.Parent.Element(Akn + "num") is { } num ? num.Value.Trim() : "-") + " " + h.Value.Trim())
            .ToList();

    /// <summary>The non-arabic numbers set in the num of a main-body paragraph ("B.", "I."): the headings numbered there.</summary>
    private static List<string> Numbers(XDocument xml) =>
        xml.Descendants(Akn + "mainBody").Descendants(Akn + "paragraph")
            .Select(p => p.Element(Akn + "num")?.Value.Trim() ?? string.Empty)
            .Where(n => n.Length > 0 && !char.IsDigit(n[0]))
            .ToList();
}
