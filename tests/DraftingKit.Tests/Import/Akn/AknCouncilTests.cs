using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>The Security Council's AKN4UN files (tests/corpus/akn4un-sc): imported and exported in the Council's form (issue 16).</summary>
public sealed class AknCouncilTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private static AknImportResult Import(string file) => AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc", file));

    [Fact]
    public void A_Council_file_gives_the_organ_number_meeting_and_date_from_its_cover()
    {
        var result = Import("S_RES_2618_2022.xml");
        var header = result.Document.Header;

        Assert.Same(Organ.SecurityCouncil, header.Organ);
        Assert.Equal("S/RES/2618 (2022)", header.Symbol);
        Assert.Equal("2618 (2022)", header.Number);
        Assert.Equal("8956th meeting", header.Meeting);
        Assert.Equal(new UnDate(2022, 1, 27), header.Adopted);
        Assert.Null(header.Title);
        Assert.Null(header.Session);
    }

    [Fact]
    public void A_Council_file_without_preface_or_closing_is_not_reported_as_missing_them()
    {
        var result = Import("S_RES_2618_2022.xml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == AknImportDiagnostics.MissingMetadata.Id);
    }

    [Fact]
    public void A_text_adopted_without_a_meeting_keeps_its_date_and_no_meeting()
    {
        var header = Import("S_RES_2515_2020.xml").Document.Header;

        Assert.Null(header.Meeting);
        Assert.Equal(new UnDate(2020, 3, 30), header.Adopted);
        Assert.Equal("Adopted by the Security Council on 30 March 2020", HeaderLines.ReferenceLine(header));
    }

    [Fact]
    public void The_Council_export_has_the_Council_FRBR_identifiers_and_adoption_line_of_its_files()
    {
        var xml = XDocument.Parse(AknRenderer.Render(Import("S_RES_2618_2022.xml").Document));

        var work = xml.Descendants(Akn + "FRBRWork").Single();
        Assert.Equal("/akn/un/statement/deliberation/unsc/2022-01-27/2618-2022/", (string?)work.Element(Akn + "FRBRuri")!.Attribute("value"));
        Assert.Equal("sc", (string?)work.Element(Akn + "FRBRauthor")!.Attribute("href")?.Value.TrimStart('#'));
        var adoption = xml.Descendants(Akn + "docTitle").Single(e => (string?)e.Attribute("refersTo") == "#adoption");
        Assert.Equal("Adopted by the Security Council at its 8956th meeting, on 27 January 2022", adoption.Value);
        Assert.Equal("8956th meeting", adoption.Elements(Akn + "inline").Single(e => (string?)e.Attribute("name") == "adoptionMeeting").Value);
        Assert.Equal("2022-01-27", (string?)adoption.Element(Akn + "docDate")!.Attribute("date"));
        Assert.Empty(xml.Descendants(Akn + "conclusions"));
    }

    [Fact]
    public void The_Council_export_is_valid_against_the_Akoma_Ntoso_schema()
    {
        var problems = AknSchema.Validate(AknRenderer.Render(Import("S_RES_2618_2022.xml").Document));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private const string CouncilOpen = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><meta><identification source=\"#DGACM\"><FRBRWork><FRBRdate date=\"2021-06-29\" name=\"adoption\"/><FRBRauthor href=\"sc\" as=\"author\"/></FRBRWork></identification></meta>"
        + "<coverPage><p><docNumber refersTo=\"#symbol\">S/RES/2584 (2021)</docNumber></p><p><docAuthority refersTo=\"#issuingBody\">Security Council</docAuthority></p>"
        + "<p><docTitle refersTo=\"#resolutionNumber\">Resolution 2584 (2021)</docTitle></p><p><docTitle refersTo=\"#adoption\">Adopted by the Security Council at its <inline name=\"adoptionMeeting\">8809th meeting</inline>, on <docDate date=\"2021-06-29\" refersTo=\"#adoptionDate\">29 June 2021</docDate></docTitle></p></coverPage>"
        + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The Security Council</span>,</p></formula><container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its previous resolutions,</p></container></preamble><mainBody>";

    private const string CouncilClose = "<paragraph><num>31.</num><content><p><span class=\"italic\">Decides</span> to remain actively seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>";

    // S/RES/2584 (2021), paragraph 30 (e): the text under the heading point set as a paragraph of its own after the list.
    private const string HeadingPointThenText = "<paragraph><num>30.</num><list><intro><p><span class=\"italic\">Decides</span> that the mandate of MINUSMA shall comprise the following tasks:</p></intro>"
        + "<point><num>(e)</num><content><p><span class=\"italic\">Humanitarian assistance</span></p></content></point></list></paragraph>"
        + "<paragraph><content><p>In support of the Malian authorities, to contribute to the creation of a secure environment for the safe delivery of humanitarian assistance;</p></content></paragraph>";

    [Fact]
    public void Text_after_a_heading_point_goes_under_the_heading()
    {
        var result = AknImporter.Import("2584.xml", CouncilOpen + HeadingPointThenText + CouncilClose);

        var paragraph = result.Document.OperativeParagraphs().First();
        var heading = Assert.Single(paragraph.Subparagraphs);
        var under = Assert.Single(heading.Items);
        Assert.Equal(ListStyle.Unlabelled, under.Style);
        Assert.StartsWith("In support of the Malian authorities", under.Text.PlainText, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == AknImportDiagnostics.UnnumberedParagraph.Id);
    }

    [Fact]
    public void Text_after_a_point_in_roman_type_stays_an_unnumbered_paragraph_with_its_diagnostic()
    {
        var result = AknImporter.Import("2584.xml", CouncilOpen + HeadingPointThenText.Replace("<span class=\"italic\">Humanitarian assistance</span>", "to support humanitarian assistance;") + CouncilClose);

        Assert.Contains(result.Diagnostics, d => d.Id == AknImportDiagnostics.UnnumberedParagraph.Id);
    }

    // S/RES/2610 (2021): "*Listing Criteria*" between paragraphs 1 and 2, an unnumbered italic line.
    [Fact]
    public void An_italic_line_between_operative_paragraphs_is_a_subheading()
    {
        var result = AknImporter.Import("2610.xml", CouncilOpen
            + "<paragraph><num>1.</num><content><p><span class=\"italic\">Decides</span> that all States shall take the measures;</p></content></paragraph>"
            + "<paragraph><content><p><span class=\"italic\">Listing Criteria</span></p></content></paragraph>" + CouncilClose);

        var heading = Assert.Single(result.Document.Parts[0].OperativePart.OfType<Heading>());
        Assert.Equal("Listing Criteria", heading.Text.PlainText);
        Assert.Equal("2584 (2021)", result.Document.Header.Number);
        Assert.Equal("8809th meeting", result.Document.Header.Meeting);
    }

    private static readonly string DecidesFirst = "<paragraph><num>1.</num><content><p><span class=\"italic\">Decides</span> to extend the mandate until 31 December 2020;</p></content></paragraph>";

    // S/RES/2512 (2020): "Renewal of UNIOGBIS’s mandate" before paragraph 1, "Political process" before paragraph 9.
    [Fact]
    public void A_short_line_in_roman_type_without_punctuation_among_the_operative_paragraphs_is_a_subheading()
    {
        var result = AknImporter.Import("2512.xml", CouncilOpen
            + "<paragraph><content><p>Renewal of UNIOGBIS’s mandate</p></content></paragraph>" + DecidesFirst
            + "<paragraph><content><p>Political process</p></content></paragraph>" + CouncilClose);

        var headings = result.Document.Parts[0].OperativePart.OfType<Heading>().Select(h => h.Text.PlainText).ToList();
        Assert.Equal(new[] { "Renewal of UNIOGBIS’s mandate", "Political process" }, headings);
        Assert.Single(result.Document.Parts[0].Preamble);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == AknImportDiagnostics.UnnumberedParagraph.Id);
    }

    [Fact]
    public void An_unnumbered_sentence_among_the_operative_paragraphs_is_not_a_subheading()
    {
        var result = AknImporter.Import("2512.xml", CouncilOpen + DecidesFirst
            + "<paragraph><content><p>The mission will continue its good offices;</p></content></paragraph>" + CouncilClose);

        Assert.Empty(result.Document.Parts[0].OperativePart.OfType<Heading>());
        Assert.Contains(result.Diagnostics, d => d.Id == AknImportDiagnostics.UnnumberedParagraph.Id);
    }

    // S/RES/2551 (2020): "Reporting" in bold, set as a container of the main body.
    [Fact]
    public void A_bold_container_among_the_operative_paragraphs_is_a_subheading()
    {
        var result = AknImporter.Import("2551.xml", CouncilOpen + DecidesFirst
            + "<container name=\"Reporting\"><p><span class=\"bold\">Reporting</span></p></container>" + CouncilClose);

        Assert.Equal("Reporting", Assert.Single(result.Document.Parts[0].OperativePart.OfType<Heading>()).Text.PlainText);
    }

    // S/RES/2605 (2021), paragraph 35 (f) (iii): the point carries the heading over it as its subheading.
    [Fact]
    public void The_subheading_of_a_point_is_kept_before_the_point()
    {
        var result = AknImporter.Import("2605.xml", CouncilOpen
            + "<paragraph><num>1.</num><list><intro><p><span class=\"italic\">Decides</span> that the mandate shall comprise:</p></intro>"
            + "<point><num>(a)</num><content><p>To help build the capacities of the national human rights institution;</p></content></point>"
            + "<point><subheading>Urgent temporary measures: </subheading><num>(b)</num><content><p>To urgently adopt temporary measures;</p></content></point>"
            + "</list></paragraph>" + CouncilClose);

        Assert.Contains("Urgent temporary measures:", MarkdownRenderer.Render(result.Document), System.StringComparison.Ordinal);
        var items = result.Document.OperativeParagraphs().First().Subparagraphs;
        Assert.Equal(new[] { "a", "b" }, items.Select(i => i.Label));
    }

    // S/RES/2662 (2022), paragraph 47: an alinea after the list, then points (d) … set in the paragraph itself.
    [Fact]
    public void An_alinea_and_points_after_a_list_stay_in_their_paragraph()
    {
        var result = AknImporter.Import("2662.xml", CouncilOpen
            + "<paragraph><num>1.</num><list><intro><p><span class=\"italic\">Requests</span> the following reports:</p></intro>"
            + "<point><num>(a)</num><content><p>from the Panel of Experts, a final report;</p></content></point></list>"
            + "<alinea><content><p>and urges the Panel of Experts to seek feedback from the Committee;</p></content></alinea>"
            + "<point><num>(b)</num><content><p>from UNODC, an update on its work;</p></content></point></paragraph>" + CouncilClose);

        var paragraph = result.Document.OperativeParagraphs().First();
        Assert.Equal(new[] { "a", "b" }, paragraph.Subparagraphs.Where(i => i.Style != ListStyle.Unlabelled).Select(i => i.Label));
        Assert.Contains("and urges the Panel of Experts", MarkdownRenderer.Render(result.Document), System.StringComparison.Ordinal);
        Assert.Equal(2, result.Document.OperativeParagraphs().Count());
    }

    // S/RES/2551 (2020): the annexes of a sanctions resolution are lettered, "Annex A", "Annex B".
    [Fact]
    public void A_lettered_annex_keeps_its_letter_and_is_not_labelled_twice()
    {
        var attachments = "<attachments><attachment><doc name=\"annex\"><mainBody><paragraph><heading>Annex A – Items subject to a no-objection process</heading></paragraph>"
            + "<paragraph><num>1.</num><content><p>All types of weapons with a calibre up to 12.7 mm;</p></content></paragraph></mainBody></doc></attachment></attachments>";
        var xml = (CouncilOpen + DecidesFirst + CouncilClose).Replace("</statement>", attachments + "</statement>", System.StringComparison.Ordinal);

        var annex = Assert.Single(AknImporter.Import("2662.xml", xml).Document.Annexes);

        Assert.Equal("Annex A", annex.Label);
        Assert.Equal("Items subject to a no-objection process", annex.Title?.PlainText);
    }

    // S/RES/2512 (2020), paragraph 2 (a); S/RES/2705 (2023), paragraph 8: points numbered "–" and "a." in the UN's file.
    [Theory]
    [InlineData("–")]
    [InlineData("a.")]
    [InlineData("A.")]
    public void A_point_marked_by_a_dash_or_a_letter_with_a_full_stop_is_exported_with_its_mark(string mark)
    {
        var result = AknImporter.Import("2512.xml", CouncilOpen
            + "<paragraph><num>1.</num><list><intro><p><span class=\"italic\">Requests</span> that UNIOGBIS focus on the following phases:</p></intro>"
            + "<point><num>" + mark + "</num><content><p>UNIOGBIS will continue to perform its good offices function;</p></content></point></list></paragraph>" + CouncilClose);

        var xml = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));

        var point = Assert.Single(xml.Descendants(Akn + "point"));
        Assert.Equal(mark, point.Element(Akn + "num")?.Value);
        Assert.Equal("UNIOGBIS will continue to perform its good offices function;", point.Element(Akn + "content")?.Value);
    }

    [Fact]
    public void A_point_whose_text_opens_with_an_ordinary_word_gets_no_number()
    {
        var result = AknImporter.Import("2512.xml", CouncilOpen
            + "<paragraph><num>1.</num><list><intro><p><span class=\"italic\">Requests</span> that UNIOGBIS focus on:</p></intro>"
            + "<point><content><p>UNIOGBIS will continue to perform its good offices function;</p></content></point></list></paragraph>" + CouncilClose);

        var xml = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));

        Assert.Null(Assert.Single(xml.Descendants(Akn + "point")).Element(Akn + "num"));
    }
}
