using DraftingKit.Import.Akn;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>Inline reading and bad input, on small AKN fragments written in the corpus's own markup.</summary>
public sealed class AknInlineAndErrorTests
{
    private const string Open = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"><preface><p><docNumber>76/1.</docNumber><docTitle>T</docTitle></p></preface><preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>";
    private const string Close = "</preamble><mainBody><paragraph><num>1.</num><content><p>\t<span class=\"italic\">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody><conclusions><p><inline name=\"adoptionMeeting\">1st plenary meeting</inline><eol/><docDate date=\"2021-09-14\">14 September 2021</docDate></p></conclusions></statement></akomaNtoso>";

    private static PreambularParagraph Preambular(string containerXml)
    {
        var result = AknImporter.Import("fragment.xml", Open + containerXml + Close);
        return Assert.IsType<PreambularParagraph>(Assert.Single(result.Document.Parts[0].Preamble));
    }

    [Theory]
    [InlineData("<span class=\"italic\">Having further considered</span> the note by the Secretary-General,", true)]
    [InlineData("<span class=\"italic\">Decides</span> to request the Court to render an advisory opinion on the following questions:", false)]
    [InlineData("<span class=\"italic\">Requests</span> the Secretary-General to report,", false)]
    public void An_unnumbered_paragraph_opening_the_main_body_with_a_preambular_comma_and_no_operative_lead_is_preambular(string paragraph, bool preambular)
    {
        // 76/245 and 77/262 set "Having further considered …," as an unnumbered paragraph before paragraph 1.
        var xml = Open + "<container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its resolution 70/1,</p></container>"
            + Close.Replace("<mainBody>", "<mainBody><paragraph><content><p>" + paragraph + "</p></content></paragraph>", System.StringComparison.Ordinal);
        var part = AknImporter.Import("fragment.xml", xml).Document.Parts[0];

        Assert.Equal(preambular ? 2 : 1, part.Preamble.Count);
        Assert.Equal(preambular ? 1 : 2, part.OperativePart.Count);
        Assert.Equal(1, part.OperativePart.OfType<OperativeParagraph>().Last().Number);
    }

    [Theory]
    [InlineData("the following themes:", true)]
    [InlineData("two themes;", false)]
    public void Unnumbered_paragraphs_after_a_subparagraph_ending_with_a_colon_are_its_items_and_the_list_goes_on(string end, bool items)
    {
        // 77/274: "(b) … the following themes:" ends the list; "Panel 1: …", "Panel 2: …" and "(c)\t…" follow as paragraphs.
        var main = "<mainBody><paragraph><num>1.</num><list><intro><p><span class=\"italic\">Decides</span> as follows:</p></intro>"
            + "<point><num>(a)</num><content><p>Two panels will be held;</p></content></point>"
            + "<point><num>(b)</num><content><p>The panels will address " + end + "</p></content></point></list></paragraph>"
            + "<paragraph><content><p>\tPanel 1: Care;</p></content></paragraph>"
            + "<paragraph><content><p>\tPanel 2: Financing;</p></content></paragraph>"
            + "<paragraph><content><p>\t(c)\tEach panel will be co-chaired.</p></content></paragraph></mainBody>";
        var xml = Open + Close.Substring(0, Close.IndexOf("<mainBody>", System.StringComparison.Ordinal)) + main + Close.Substring(Close.IndexOf("</mainBody>", System.StringComparison.Ordinal) + "</mainBody>".Length);
        var operative = AknImporter.Import("fragment.xml", xml).Document.Parts[0].OperativePart;

        var first = Assert.IsType<OperativeParagraph>(operative[0]);
        if (items)
        {
            // The export gives the file's shape back: the points (a) and (b) in the list, then "(c)" as a paragraph.
            var result = AknImporter.Import("fragment.xml", xml);
            var exported = System.Xml.Linq.XDocument.Parse(DraftingKit.Rendering.Akn.AknRenderer.Render(result.Document, new DraftingKit.Rendering.Akn.AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));
            var ns = exported.Root!.Name.Namespace;
            Assert.Equal(new[] { "(a)", "(b)" }, exported.Descendants(ns + "list").SelectMany(list => list.Elements(ns + "point")).Select(point => point.Element(ns + "num")?.Value));
            Assert.Contains(exported.Descendants(ns + "paragraph"), paragraph => paragraph.Element(ns + "num") is null && paragraph.Value.TrimStart().StartsWith("(c)", System.StringComparison.Ordinal));

            Assert.Single(operative);
            Assert.Equal(new[] { "(a)", "(b)", "(c)" }, first.Subparagraphs.Select(item => item.DisplayLabel));
            Assert.Equal(new[] { "Panel 1: Care;", "Panel 2: Financing;" }, first.Subparagraphs[1].Items.Select(item => item.Text.PlainText));
        }
        else
        {
            Assert.Equal(new[] { "(a)", "(b)" }, first.Subparagraphs.Select(item => item.DisplayLabel));
            Assert.Equal(new[] { "Panel 1: Care;", "Panel 2: Financing;" }, operative.Skip(1).Cast<TextParagraph>().Select(p => p.Text.PlainText));
        }
    }

    [Fact]
    public void A_cell_that_spans_rows_leaves_an_empty_cell_in_its_columns_below_so_later_cells_keep_their_column()
    {
        // 76/243: a blank corner over two header rows, "(United States dollars)" under "Gross" and "Net".
        const string Table = "<container name=\"table\"><table>"
            + "<tr><th rowspan=\"2\"></th><th><p>Gross</p></th><th><p>Net</p></th></tr>"
            + "<tr><th colspan=\"2\"><p>(United States dollars)</p></th></tr>"
            + "<tr><td rowspan=\"3\"><p>Post</p></td><td><p>1</p></td><td><p>2</p></td></tr>"
            + "<tr><td><p>3</p></td></tr>"
            + "<tr><td><p>4</p></td><td><p>5</p></td></tr>"
            + "<tr><td><p>Total</p></td><td><p>6</p></td><td><p>7</p></td></tr>"
            + "</table></container>";
        var result = AknImporter.Import("fragment.xml", Open + Close.Replace("<mainBody>", "<mainBody>" + Table, System.StringComparison.Ordinal));
        var table = Assert.IsType<Table>(result.Document.Parts[0].OperativePart[0]);

        string Row(TableRow row) => string.Join("|", row.Cells.Select((cell, i) => cell.PlainText + (row.SpanOf(i) > 1 ? "<" + row.SpanOf(i) : string.Empty)));
        Assert.Equal(
            new[] { "|Gross|Net", "|(United States dollars)<2", "Post|1|2", "|3", "|4|5", "Total|6|7" },
            table.Rows.Select(Row));
        Assert.Equal(new[] { true, true, false, false, false, false }, table.Rows.Select(row => row.IsHeader));
    }

    [Fact]
    public void Tabs_and_line_breaks_collapse_and_spaces_at_the_edge_of_italics_stand_outside()
    {
        var paragraph = Preambular("<container name=\"Recognizing \"><p xml:space=\"preserve\">\t<span class=\"italic\">Recognizing </span>that\n\t the  Charter,</p></container>");

        Assert.Equal("*Recognizing* that the Charter,", ModelDump.Inline(paragraph.Text));
        Assert.Equal("Recognizing", paragraph.Lead);
    }

    [Fact]
    public void Punctuation_that_opens_italics_after_a_word_stands_outside_them()
    {
        var paragraph = Preambular("<container name=\"Noting\"><p><span class=\"italic\">Noting</span> United Nations<span class=\"italic\">, Treaty Series</span>, vol. 1,</p></container>");

        Assert.Equal("*Noting* United Nations, *Treaty Series*, vol. 1,", ModelDump.Inline(paragraph.Text));
    }

    [Fact]
    public void Undocs_addresses_give_the_symbol_and_other_addresses_stay_as_written()
    {
        Assert.Equal("A/RES/73/89", AknSymbols.FromHref("https://undocs.org/en/A/RES/73/89"));
        Assert.Equal("S/RES/690(1991)", AknSymbols.FromHref("http://undocs.org/S/RES/690(1991)"));
        Assert.Equal("A/RES/217 (III)", AknSymbols.FromHref("https://undocs.org//en/A/RES/217 (III)"));
        Assert.Equal("https://www.fao.org/x", AknSymbols.FromHref("https://www.fao.org/x"));
    }

    [Theory]
    // Addresses as the UN's files write them (75/100, 75/101 A-B, 76/288, 76/50, 75/71 …), and the symbol as printed.
    [InlineData("https://undocs.org/en/A/RES/72/262c", "A/RES/72/262 C")]
    [InlineData("https://undocs.org/en/A/RES/74/255a-b", "A/RES/74/255 A-B")]
    [InlineData("https://undocs.org/en/A/RES/74/92A-B", "A/RES/74/92 A-B")]
    [InlineData("https://undocs.org/en/A/RES/74/261%20c", "A/RES/74/261 C")]
    [InlineData("https://undocs.org/en/A/RES/55/5B-F", "A/RES/55/5 B-F")]
    [InlineData("https://undocs.org/en/A/RES/1874(s-iv)", "A/RES/1874 (S-IV)")]
    [InlineData("https://undocs.org/en/A/RES/2252(ES-V)", "A/RES/2252(ES-V)")]
    [InlineData("https://undocs.org/en/A/CONF.192/15(supp)", "A/CONF.192/15")]
    [InlineData("https://undocs.org/en/E/2005/23/Corr.1(SUPP)", "E/2005/23/Corr.1")]
    [InlineData("https://undocs.org/en/NPT/CONF.2000/28(PartsIandII)", "NPT/CONF.2000/28 (Parts I and II)")]
    [InlineData("https://undocs.org/en/A/62/40(vol.i)", "A/62/40 (Vol. I)")]
    [InlineData("https://undocs.org/en/A/75/49%20(vol.%20I)", "A/75/49 (Vol. I)")]
    [InlineData("https://undocs.org/en/A/75/301(PartI)/add.1", "A/75/301 (Part I)/Add.1")]
    [InlineData("https://undocs.org/en/A/hrc/RES/43/15", "A/HRC/RES/43/15")]
    [InlineData("https://undocs.org/en/A/RES/1514(XV)", "A/RES/1514(XV)")]
    [InlineData("https://undocs.org/en/A/C.3/72/L.11/Rev.1", "A/C.3/72/L.11/Rev.1")]
    // Issue 15, item 5: sections of the programme budget (77/254, 77/263), qualifiers in capitals, other UN addresses.
    [InlineData("https://undocs.org/en/A/77/6(Sect.2)", "A/77/6 (Sect. 2)")]
    [InlineData("https://undocs.org/en/A/77/6(Sect.29A)", "A/77/6 (Sect. 29A)")]
    [InlineData("https://undocs.org/en/A/77/6(Sect.14)/Corr.1", "A/77/6 (Sect. 14)/Corr.1")]
    [InlineData("https://undocs.org/en/A/77/6%20(PLAN%20OUTLINE)", "A/77/6 (Plan outline)")]
    [InlineData("https://docs.un.org/en/A/RES/78/1", "A/RES/78/1")]
    [InlineData("https://documents.un.org/symbol-explorer?s=A/RES/78/70&i=A/RES/78/70_8217316", "A/RES/78/70")]
    [InlineData("https://documents.un.org/api/symbol/access?s=A/78/6(sect.2)&l=en&t=pdf", "A/78/6 (Sect. 2)")]
    [InlineData("https://daccess-ods.un.org/access.nsf/Get?OpenAgent&DS=A/RES/60/1&Lang=E", "A/RES/60/1")]
    public void Undocs_addresses_give_the_symbol_as_the_UN_prints_it(string href, string symbol)
    {
        Assert.Equal(symbol, AknSymbols.FromHref(href));
        Assert.True(DraftingKit.Rules.DocumentSymbolRule.IsWellFormed(symbol), symbol + " should be a well-formed symbol");
    }

    [Theory]
    [InlineData("A/RES/72/262c")]
    [InlineData("A/RES/74/255 a-b")]
    [InlineData("A/RES/75/101 A B")]
    [InlineData("A/CONF.192/15(supp)")]
    public void The_addresses_as_written_are_not_symbols(string address) =>
        Assert.False(DraftingKit.Rules.DocumentSymbolRule.IsWellFormed(address));

    [Fact]
    public void Malformed_xml_is_reported_with_its_line_and_never_throws()
    {
        var result = AknImporter.Import("broken.xml", "<akomaNtoso>\n<statement>\n</akomaNtoso>");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0152", diagnostic.Id);
        Assert.True(result.HasErrors);
        Assert.Equal(3, diagnostic.Span.Line);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_and_no_entity_is_expanded()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>";

        var result = AknImporter.Import("dtd.xml", xml);

        Assert.Equal("DK0152", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.Document.Parts);
    }

    [Fact]
    public void Xml_that_is_not_a_resolution_is_reported()
    {
        var result = AknImporter.Import("other.xml", "<html><body/></html>");

        Assert.Equal("DK0153", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_fragment_reads_into_a_whole_resolution()
    {
        var result = AknImporter.Import("fragment.xml", Open + "<container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its resolution <a href=\"https://undocs.org/en/A/RES/58/292\">58/</a><a href=\"https://undocs.org/en/A/RES/58/292\">2</a><a href=\"https://undocs.org/en/A/RES/58/292\">92</a>,</p></container>" + Close);

        var document = result.Document;
        Assert.Equal("76/1", document.Header.Number);
        Assert.Equal("1st plenary meeting", document.Header.Meeting);
        Assert.Equal(new UnDate(2021, 9, 14), document.Header.Adopted);
        var link = Assert.Single(document.Parts[0].Preamble.Cast<PreambularParagraph>().Single().Text.Inlines.OfType<DocumentLink>());
        Assert.Equal("58/292", link.Content.PlainText);
        Assert.Equal("A/RES/58/292", link.Target);
        Assert.Equal(1, Assert.Single(document.OperativeParagraphs()).Number);
    }

    [Fact]
    public void A_file_cut_anywhere_is_reported_and_never_throws()
    {
        var xml = System.IO.File.ReadAllText(Support.RepositoryPaths.InRepository("tests", "corpus", "akn4un", "A_RES_76_101-2118705E.xml"));

        for (var cut = 0; cut < xml.Length; cut += xml.Length / 40)
        {
            var result = AknImporter.Import("cut.xml", xml.Substring(0, cut));

            Assert.True(result.HasErrors, "cut at " + cut);
            Assert.All(result.Diagnostics, d => Assert.Equal("cut.xml", d.Span.Path));
        }
    }

    [Fact]
    public void A_statement_without_its_divisions_reports_what_is_missing()
    {
        var result = AknImporter.Import("bare.xml", "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\"/></akomaNtoso>");

        Assert.False(result.HasErrors);
        var missing = result.Diagnostics.Where(d => d.Id == "DK0160").Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("cover page"));
        Assert.Contains(missing, m => m.Contains("preface"));
        Assert.Contains(missing, m => m.Contains("main body"));
        Assert.Contains(missing, m => m.Contains("closing"));
        Assert.Single(result.Document.Parts);
    }

    [Fact]
    public void Bold_italic_is_strong_emphasis_around_emphasis_and_unknown_inline_elements_keep_their_text()
    {
        var result = AknImporter.Import("fragment.xml", Open + "<container name=\"Noting\"><p><span class=\"italic\">Noting</span> the <span class=\"bold italic\">Pact</span> and <foo>bar</foo>,</p></container>" + Close);
        var paragraph = Assert.IsType<PreambularParagraph>(Assert.Single(result.Document.Parts[0].Preamble));

        Assert.Equal("*Noting* the ***Pact*** and bar,", ModelDump.Inline(paragraph.Text));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0154");
        Assert.Contains("'foo'", diagnostic.Message);
        Assert.True(diagnostic.Span.Line > 0);
    }

    [Theory]
    [InlineData("#authorialNote_12", true)]
    [InlineData("#authorialNote_99", false)]
    [InlineData("", false)]
    public void A_note_reference_points_back_to_the_footnote_printed_at_its_first_marker(string href, bool resolved)
    {
        // 74/177: note 12 ("See Official Records … 2017, Supplement No. 10") is marked after both resolution 26/3 and 26/4;
        // the footnote prints once, the second marker is a noteRef.
        var result = AknImporter.Import("fragment.xml", Open
            + "<container name=\"Welcoming\"><p><span class=\"italic\">Welcoming</span> resolution 26/3,<authorialNote marker=\"12\" placement=\"bottom\" eId=\"authorialNote_12\"><p>See E/2017/30.</p></authorialNote></p></container>"
            + "<container name=\"Welcoming\"><p><span class=\"italic\">Welcoming</span> resolution 26/4,<noteRef href=\"" + href + "\" marker=\"12\"/> in which the Expert Group was requested,</p></container>" + Close);
        var second = Assert.IsType<PreambularParagraph>(result.Document.Parts[0].Preamble[1]);

        Assert.Single(result.Document.Footnotes);
        Assert.Equal(resolved ? "*Welcoming* resolution 26/4,[^12] in which the Expert Group was requested," : "*Welcoming* resolution 26/4, in which the Expert Group was requested,", ModelDump.Inline(second.Text));
        Assert.Equal(resolved, !result.Diagnostics.Any(d => d.Id == "DK0154"));
    }
}
