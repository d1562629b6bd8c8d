using DraftingKit.Import.Akn;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Issue 15, item 1: the importer reads an element by what it means (its name, its refersTo, its words), in every
/// shape the UN's files of different years give it, and loses no text when a file breaks its own structure.
/// </summary>
public sealed class AknMarkupByMeaningTests
{
    private const string Head = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><preface><p><docNumber>77/118.</docNumber><docTitle>Sustainable fisheries</docTitle></p></preface>";
    private const string Formula = "<formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>";
    private const string Operative = "<mainBody><paragraph><num>1.</num><content><p>\t<span class=\"italic\">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>";

    private static string Container(string lead, string rest) =>
        "<container name=\"" + lead + "\"><p>\t<span class=\"italic\">" + lead + "</span> " + rest + "</p></container>";

    private static AknImportResult Import(string body, string conclusions) =>
        AknImporter.Import("fragment.xml", Head + body + conclusions + "</statement></akomaNtoso>");

    private const string InlineClosing = "<conclusions><p><inline name=\"adoptionMeeting\" title=\"51st\">51st plenary meeting</inline><eol/><docDate date=\"2022-12-09\" refersTo=\"#adoptionDate\">9 December 2022</docDate></p></conclusions>";

    [Theory]
    // Session 75–77: an inline named for the meeting.
    [InlineData(InlineClosing)]
    // Other years: an event whose location refers to the meeting, its date a docDate in the conclusions.
    [InlineData("<conclusions><p><event refersTo=\"#adoption\"><location refersTo=\"#adoptionMeeting\">51st plenary meeting</location></event><eol/><docDate date=\"2022-12-09\">9 December 2022</docDate></p></conclusions>")]
    // Only the words: a reader still sees the meeting and the date.
    [InlineData("<conclusions><p>51st plenary meeting<eol/>9\u00a0December 2022</p></conclusions>")]
    public void The_closing_meeting_and_date_are_read_by_meaning_in_every_shape(string conclusions)
    {
        var result = Import("<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble>" + Operative, conclusions);

        Assert.Equal("51st plenary meeting", result.Document.Header.Meeting);
        Assert.Equal(new UnDate(2022, 12, 9), result.Document.Header.Adopted);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0154" || d.Message.Contains("closing", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_resumed_meeting_written_as_text_keeps_its_words()
    {
        var result = Import("<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble>" + Operative, "<conclusions><p>87th (resumed) plenary meeting<eol/><date date=\"2023-06-30\">30 June 2023</date></p></conclusions>");

        Assert.Equal("87th (resumed) plenary meeting", result.Document.Header.Meeting);
        Assert.Equal(new UnDate(2023, 6, 30), result.Document.Header.Adopted);
    }

    [Fact]
    public void A_closing_that_names_no_meeting_is_still_reported_missing()
    {
        var result = Import("<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble>" + Operative, "<conclusions><p>Adopted without a vote.</p></conclusions>");

        Assert.Null(result.Document.Header.Meeting);
        Assert.Contains(result.Diagnostics, d => d.Id == "DK0160" && d.Message.Contains("closing", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_preamble_broken_by_a_main_body_paragraph_stays_one_preamble_and_loses_no_text()
    {
        // 77/118: "Calling attention also …" is set as an unnumbered main-body paragraph between two preambles.
        var body = "<preamble>" + Formula + Container("Calling attention", "to the circumstances of fisheries,") + "</preamble>"
            + "<mainBody><paragraph><content><p>\t<span class=\"italic\">Calling attention also</span> to the circumstances affecting fisheries in many developing States,</p></content></paragraph></mainBody>"
            + "<preamble>" + Container("Noting", "the need to recognize the special role of women,") + "</preamble>"
            + Operative;

        var part = Import(body, InlineClosing).Document.Parts[0];

        Assert.Equal(new[] { "Calling attention", "Calling attention also", "Noting" }, part.Preamble.OfType<PreambularParagraph>().Select(p => p.Lead).ToArray());
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart)).Number);
    }

    [Fact]
    public void A_subheading_set_inside_a_paragraphs_text_is_a_heading()
    {
        // Session 77 (77/128): "<paragraph class="H23"><content><p><subheading>I</subheading></p></content></paragraph>".
        var body = "<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble><mainBody>"
            + "<paragraph><content><p>\t\t<subheading>\t\tI</subheading>\n</p></content></paragraph>"
            + "<paragraph><content><p><subheading>Introduction</subheading></p></content></paragraph>"
            + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Reaffirms</span> its resolution 13 (I),</p></content></paragraph></mainBody>";

        var result = Import(body, InlineClosing);
        var blocks = result.Document.Parts[0].OperativePart;

        Assert.Equal(new[] { "I", "Introduction" }, blocks.OfType<Heading>().Select(h => h.Text.PlainText).ToArray());
        Assert.IsType<OperativeParagraph>(blocks[2]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "DK0154" or "DK0163");
    }
    [Fact]
    public void The_template_carries_the_files_subparagraph_form_to_the_AKN_export()
    {
        // Issue 15, item 8: "draftkit import", then "render --format akn" from the template, gives the UN's form back.
        var body = "<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble><mainBody>"
            + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Requests</span> the Secretary-General:</p></content></paragraph>"
            + "<paragraph><content><p>(a)\tTo report;</p></content></paragraph>"
            + "<paragraph><content><p>(b)\tTo act;</p></content></paragraph></mainBody>";
        var imported = Import(body, InlineClosing).Document;

        var template = DraftingKit.Rendering.MarkdownRenderer.Render(imported);
        var xml = DraftingKit.Rendering.Akn.AknRenderer.Render(DraftingKit.Templates.TemplateReader.Read("t.res.md", template).Document);

        Assert.Contains("akn-subparagraphs: paragraphs", template, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<point", xml, System.StringComparison.Ordinal);
        Assert.Contains("(a)", xml, System.StringComparison.Ordinal);

        // Without the front-matter field the export falls back to points: the field is what carries the form.
        var withoutField = imported with { Header = imported.Header with { AknSubparagraphs = null } };
        Assert.Contains("<point", DraftingKit.Rendering.Akn.AknRenderer.Render(withoutField), System.StringComparison.Ordinal);
    }
    [Fact]
    public void The_template_carries_each_subparagraph_whose_form_differs_from_the_files_usual_one()
    {
        // The shape of 75/190: "(a)" in the text of unnumbered paragraphs, "(iii)" in a num of its own.
        var body = "<preamble>" + Formula + Container("Recalling", "its resolution 76/72,") + "</preamble><mainBody>"
            + "<paragraph><num>1.</num><content><p>\t<span class=\"italic\">Requests</span> the Secretary-General:</p></content></paragraph>"
            + "<paragraph><content><p>(a)\tTo report;</p></content></paragraph>"
            + "<paragraph><content><p>(b)\tTo act:</p></content></paragraph>"
            + "<paragraph><num>(i)</num><content><p>By consulting;</p></content></paragraph>"
            + "<paragraph><num>(ii)</num><content><p>By informing;</p></content></paragraph>"
            + "<paragraph><content><p>(c)\tTo close;</p></content></paragraph></mainBody>";
        var imported = Import(body, InlineClosing).Document;

        var template = DraftingKit.Rendering.MarkdownRenderer.Render(imported);
        var read = DraftingKit.Templates.TemplateReader.Read("t.res.md", template);
        var xml = System.Xml.Linq.XDocument.Parse(DraftingKit.Rendering.Akn.AknRenderer.Render(read.Document));

        Assert.Contains("akn-subparagraphs: paragraphs", template, System.StringComparison.Ordinal);
        Assert.Contains("akn-subparagraph-forms: numbered 3-4", template, System.StringComparison.Ordinal);
        Assert.DoesNotContain(read.Diagnostics, d => d.Id == "DK0003");
        var nums = xml.Descendants(System.Xml.Linq.XName.Get("num", DraftingKit.Rendering.Akn.AknRenderer.Namespace)).Select(n => n.Value.Trim()).ToArray();
        Assert.Equal(new[] { "1.", "(i)", "(ii)" }, nums);
        Assert.DoesNotContain("<point", xml.ToString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("numbered")]
    [InlineData("numbered 0")]
    [InlineData("numbered 4-2")]
    [InlineData("bullets 1")]
    [InlineData("numbered 1;; points 2")]
    public void A_subparagraph_forms_value_of_the_wrong_form_is_reported(string value)
    {
        var read = DraftingKit.Templates.TemplateReader.Read("t.res.md", "---\nkind: resolution\nakn-subparagraph-forms: " + value + "\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        Assert.Contains(read.Diagnostics, d => d.Id == "DK0003");
        Assert.Null(read.Document.Header.AknSubparagraphExceptions);
    }
}
