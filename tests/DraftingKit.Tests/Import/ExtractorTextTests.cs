using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// What extractors other than pdftotext do to a UN text, undone before the readers see it (<see cref="ExtractorText"/>):
/// A/RES/75/134 as MuPDF (<c>mutool draw -F txt</c>) and the pdf.js viewer give it.
/// </summary>
public sealed class ExtractorTextTests
{
    /// <summary>A/RES/75/134's first page and the top of its second as pdf.js copies them: no form feed, notes beside their numbers.</summary>
    private const string PdfJs = """
        A/RES/75/134
        General Assembly
        Distr.: General
        22 December 2020
        Seventy-fifth session
        Agenda item 79
        United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of
        International Law
        Resolution adopted by the General Assembly on 15 December 2020
        [on the report of the Sixth Committee (A/75/425, para. 7)]
        75/134. United Nations Programme of Assistance in the Teaching, Study,
        Dissemination and Wider Appreciation of International Law
        The General Assembly,
        Recalling its resolution 2099 (XX) of 20 December 1965, in which the General
        Assembly established the United Nations Programme of Assistance in the Teaching, Study,
        Dissemination and Wider Appreciation of International Law to contribute towards a better
        knowledge of international law as a means of strengthening international peace and security
        and promoting friendly relations and cooperation among States,
        Taking note with appreciation of the report of the Secretary-General on the
        implementation of the Programme of Assistance1 and the views of the Advisory Committee
        on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and
        Wider Appreciation of International Law, which are contained in the report,
        1 A/75/389.
        A/RES/75/134
        Noting with satisfaction that resources have been provided under the programme budget
        for the organization of the United Nations Regional Courses in International Law on an
        annual basis and the further development of the United Nations Audiovisual Library of
        International Law,
        2/5
        """;

    /// <summary>The same as MuPDF gives it: every block apart, a paragraph's first line a block of its own, stretched gaps, the page's number under its notes.</summary>
    private const string MuPdf = """
        A/RES/75/134

        General Assembly

        Distr.: General
        22 December 2020

        The General Assembly,

        Recalling its resolution 2099 (XX) of 20 December 1965, in which the General

        Assembly established the United Nations Programme of Assistance in the Teaching, Study,
        Dissemination and Wider Appreciation of International Law to contribute towards a better
        knowledge of international law as a means of strengthening international peace and security
        and promoting friendly relations and cooperation among States,

        Emphasizing the important contribution of the Programme of Assistance, in particular

        the  United  Nations  Regional  Courses  in  International  Law  and  the  United  Nations
        Audiovisual Library of International Law, to the furtherance of United Nations rule of law
        programmes and activities,

        Taking  note  with  appreciation of  the  report  of  the  Secretary-General  on  the

        implementation of the Programme of Assistance1 and the views of the Advisory Committee
        on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and
        Wider Appreciation of International Law, which are contained in the report,

        9
        Resolution 71/256, annex.

        10 Resolution 70/1.

        2/5


        """ + "\f\nA/RES/75/134\n\nNoting with satisfaction that resources have been provided\n";

    [Fact]
    public void A_running_header_repeated_opens_a_page_where_no_form_feed_stands()
    {
        var paged = ExtractorText.Paged(PdfJs);

        Assert.Equal(2, paged.Split('\f').Length);
        Assert.StartsWith("A/RES/75/134\nNoting with satisfaction", paged.Split('\f')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_form_feeds_or_one_page_keeps_its_pages()
    {
        Assert.Equal(MuPdf, ExtractorText.Paged(MuPdf));
        var onePage = PdfJs.Substring(0, PdfJs.IndexOf("1 A/75/389.", StringComparison.Ordinal));
        Assert.Equal(onePage, ExtractorText.Paged(onePage));
    }

    [Fact]
    public void A_justified_lines_stretched_gaps_close_and_a_layouts_columns_stay()
    {
        Assert.Contains("in particular\n\nthe United Nations Regional Courses in International Law and the United Nations\n", ExtractorText.Unstretched(MuPdf), StringComparison.Ordinal);
        Assert.Equal("1.      Reiterates its approval", ExtractorText.Unstretched("1.      Reiterates  its approval   "));
        Assert.Equal("(a)     The International Law Fellowship Programme", ExtractorText.Unstretched("(a)     The International Law Fellowship Programme"));
    }

    [Fact]
    public void A_paragraphs_first_line_set_apart_as_a_block_runs_on_and_the_texts_blank_lines_go()
    {
        var unblocked = ExtractorText.Unblocked(MuPdf);

        Assert.Contains("in which the General\nAssembly established", unblocked, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", unblocked, StringComparison.Ordinal);
        Assert.Contains("\f", unblocked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_one_wide_line_alone_keeps_its_blank_lines()
    {
        // pdftotext's reading order: the label alone after "and," keeps its blank line, and one such line tells nothing.
        const string flow = """
            S/RES/2767 (2024)
            Decides that the Mission shall support the Federal Government of Somalia in the
            implementation of its transition plan, including through the deployment of mobile forces
            in AUSSOM sectors and in support of the national army, police and other institutions,

            of mobile forces in AUSSOM sectors, the national army and the police; and,

            (f)
            To support the Federal Government of Somalia in the protection of civilians;
            Requests the Secretary-General to report to the Security Council on the implementation
            of this resolution every 120 days, including on the progress achieved against benchmarks;
            """;

        Assert.Equal(flow, ExtractorText.Unblocked(flow));
    }

    [Fact]
    public void A_pages_number_under_its_notes_goes_to_its_top_after_the_running_header()
    {
        var moved = ExtractorText.PageNumbersAtTop(ExtractorText.Paged(PdfJs + "\nA/RES/75/134\nWelcoming the efforts\n"));

        Assert.StartsWith("A/RES/75/134\n2/5\nNoting with satisfaction", moved.Split('\f')[1], StringComparison.Ordinal);
        Assert.DoesNotContain("International Law,\n2/5", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_beside_or_over_their_numbers_go_under_a_rule_where_their_markers_stand_above()
    {
        var pdfJs = ExtractorText.NotesRuled(ExtractorText.Paged(PdfJs));
        Assert.Contains("which are contained in the report,\n____\n1 A/75/389.\n\f", pdfJs, StringComparison.Ordinal);

        // MuPDF sets a number of one digit over its note and one of two beside it ("9" / "Resolution 71/256, annex.", "10 Resolution 70/1.").
        var notes = MuPdf.Replace("\n9\n", "\n1\n").Replace("\n10 Resolution", "\n2 Resolution").Replace("(XX)", "(XX)2");
        var muPdf = ExtractorText.NotesRuled(ExtractorText.PageNumbersAtTop(notes));
        Assert.Contains("____\n1 Resolution 71/256, annex.\n2 Resolution 70/1.\n", muPdf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_a_line_opens_with_or_numbers_stacked_apart_from_their_notes_are_no_notes_beside_them()
    {
        // S/RES/2731 (2024): "by" / "1 December 2024, a final report …"; pdftotext stacks a page's note numbers over their texts.
        const string day = "S/RES/2731 (2024)\nan interim report by 1\n1 December 2024, a final report by 1 May 2025, and\n";
        Assert.Equal(day, ExtractorText.NotesRuled(day));
        const string stacked = "A/RES/75/46\nsigned at Geneva on 17 June 1925, 1 as expressed\nTakes note of the note by the Secretary-General; 2\n1\n2\n\nLeague of Nations, Treaty Series, vol. XCIV, No. 2138.\nA/75/137.\n";
        Assert.Equal(stacked, ExtractorText.NotesRuled(stacked));
    }

    [Fact]
    public void Ligatures_are_spelled_out_and_soft_hyphens_dropped()
    {
        Assert.Equal("the financing of peacekeeping\noperations", ExtractorText.Spelled("the \uFB01nancing of peace\u00AD\nkeeping operations"));
        Assert.Equal("effective", ExtractorText.Spelled("e\uFB00ective"));
        Assert.Equal("no change", ExtractorText.Spelled("no change"));
    }

    [Fact]
    public void A_resolutions_number_and_title_on_the_line_under_its_reference_are_read()
    {
        var imported = UnDocumentImporter.ImportText("A-RES-75-134.txt", PdfJs);

        var header = Assert.Single(imported.Texts).Document.Header;
        Assert.Equal("75/134", header.Number);
        Assert.Equal("United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law", header.Title);
        Assert.Equal("on the report of the Sixth Committee (A/75/425, para. 7)", header.Reference);
    }
}
