using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A text in a PDF's reading order (pdftotext without <c>-layout</c>) where a page cuts a paragraph, and where the
/// page's notes stand right under its text: the paragraph goes on across the page's foot, and the notes are read apart
/// from the paragraph's lines (issue 15).
/// </summary>
public sealed class ReadingOrderPageCutTests
{
    /// <summary>S/RES/2545 (2020) as pdftotext reads it, with the page cut after "2377 (2017),", a note and the page's foot between.</summary>
    private const string CutAfterComma = """
        S/RES/2545 (2020)
        Security Council
        Distr.: General
        25 September 2020

        Resolution 2545 (2020)
        Adopted by the Security Council at its 8760th meeting, on 25 September 2020
        The Security Council,
        Reaffirming its full commitment to the peace process in the Republic of Colombia,
        Recalling all its resolutions and statements of its President regarding the peace process
        in Colombia,
        Welcoming the progress made towards peace across Colombia since the adoption of the
        Final Agreement,1
        Acknowledging the letter dated 1 September 2020 from the President of Colombia
        requesting an extension of the mandate of the Verification Mission as agreed by the
        Government of Colombia and the People’s Alternative Revolutionary Force (FARC),
        1.

        Decides to extend, to 25 September 2021, the mandate of the Verification Mission and
        reporting requirements in accordance with its resolutions 2366 (2017), 2377 (2017),
        1

        S/2016/1010.

        1/2

        S/RES/2545 (2020)

        2435 (2018), and 2487 (2019), headed by a Special Representative of the SecretaryGeneral of
        the United Nations;
        2.

        Expresses its willingness to work with the Government of Colombia to further extend
        the mandate of the Verification Mission on the basis of agreement between the parties;
        3.

        Decides to remain seized of the matter.
        """;

    [Fact]
    public void A_paragraph_a_page_cut_after_a_comma_goes_on_across_the_pages_foot()
    {
        var text = CutAfterComma.Replace("\n\n        S/RES/2545 (2020)\n\n2435", "\n\f S/RES/2545 (2020)\n\n2435").Replace("\n\nS/RES/2545 (2020)\n\n2435", "\n\fS/RES/2545 (2020)\n\n2435");

        var paragraphs = Operative(text);

        Assert.StartsWith("Decides to extend", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("2377 (2017), 2435 (2018), and 2487 (2019), headed by", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_numbered_paragraphs_lines_run_on_though_its_first_line_is_short()
    {
        // The same paragraph on one page: the line before "2435 (2018)," is short by the number's indent.
        var text = CutAfterComma.Replace("2377 (2017),\n1\n\nS/2016/1010.\n\n1/2\n\nS/RES/2545 (2020)\n\n", "2377 (2017),\n");

        var paragraphs = Operative(text);

        Assert.Contains("2377 (2017), 2435 (2018), and 2487 (2019), headed by", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_number_over_the_pages_number_joins_its_text_on_the_next_page()
    {
        // S/RES/2746 (2024): a heading and the number "1." close the page; its number "2/4" stands before the text.
        var text = "The Security Council,\nRecalling its previous resolutions on the Democratic Republic of the Congo,\n"
            + "Reaffirming the basic principles of United Nations peacekeeping,\nUnderlining the need for the operations of SAMIDRC to be conducted in full\n"
            + "compliance with international law,\nStressing that the implementation of their respective mandates contributes to\nregional peace efforts,\n\n"
            + "Support to SAMIDRC\n1.\n\n2/4\n\nAuthorizes MONUSCO to support SAMIDRC through enhanced coordination,\ninformation-sharing and technical assistance;\n2.\n\nDecides to remain seized of the matter.\n";

        var blocks = FlowingText.Paragraphs(text, LeadVocabulary.Default).Split("\n\n").Select(block => block.Trim()).Where(block => block.Length > 0).ToList();

        Assert.Contains("Support to SAMIDRC", blocks);
        Assert.Contains(blocks, block => block.StartsWith("1. Authorizes MONUSCO", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, block => block.EndsWith("1.", StringComparison.Ordinal));
    }

    /// <summary>The page's last line of text, the first line of the next page, whether they go on one paragraph.</summary>
    [Theory]
    [InlineData("reporting requirements in accordance with its resolutions 2366 (2017), 2377 (2017),", "2435 (2018), and 2487 (2019), headed by a Special Representative", true)]
    [InlineData("Calls upon the United Nations system, in particular the United Nations Educational,", "Scientific and Cultural Organization, and INTERPOL, as appropriate and within their", true)]
    [InlineData("and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women", "and Children, supplementing the United Nations Convention against Transnational Organized", true)]
    [InlineData("Somalia as at 30 April 2021, including the contributions outstanding in the amount of", "294.4 million United States dollars, representing some 5 per cent of the total assessed", true)]
    [InlineData("Government of Colombia and the People’s Alternative Revolutionary Force (FARC),", "Recalling its resolution 2366 (2017),", false)]
    [InlineData("Government of Colombia and the People’s Alternative Revolutionary Force (FARC),", "1. Decides to extend the mandate", false)]
    [InlineData("Government of Colombia and the People’s Alternative Revolutionary Force (FARC),", "(a) To monitor the ceasefire;", false)]
    [InlineData("Government of Colombia and the People’s Alternative Revolutionary Force (FARC),", "Priorities and tasks", false)]
    [InlineData("the mandate of the Verification Mission on the basis of agreement between the parties;", "and Children, supplementing the Convention", false)]
    [InlineData("Noting the report of the Secretary-General,", "“Transforming our world”, and the targets", false)]
    [InlineData("and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women", "Welcoming the adoption of the Declaration,", false)]
    [InlineData("Expresses concern that the current pace of action is not fast enough to meet the target", "(e) deadline of the Sendai Framework by the end of 2020", true)]
    [InlineData("administration of justice at its seventy-seventh session under the item entitled", "“Promotion and protection of human rights”.", true)]
    [InlineData("Seafarers’ Identity Documents Convention (Revised), 2003 (No. 185) and the Protocol, 1930 (No.", "29) of the International Labour Organization, as well as", true)]
    [InlineData("Decides to extend, to 25 September 2021, the mandate of the Verification Mission;", "29) of the International Labour Organization", false)]
    [InlineData("Expresses concern that the current pace of action is not fast enough; and that the targets", "(e) To ensure the deadline", false)]
    public void The_words_after_a_page_break_go_on_the_paragraph_only_when_they_open_nothing(string above, string below, bool goesOn)
    {
        var oneLine = below == "Priorities and tasks";

        Assert.Equal(goesOn, FlowingPageBreak.GoesOn(above, below, oneLine, (_, line) => FlowingTextLayerImportTests.OpensByLead(line) || line.StartsWith("1.", StringComparison.Ordinal) || line.StartsWith("(a)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Resolution 69/283, annex I.", true)]
    [InlineData("September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex.", true)]
    [InlineData("“The Madrid resolution on organ donation”, Transplantation, vol. 91, pp. S29–S31.", true)]
    [InlineData("See Official Records of the Economic and Social Council, 2014, Supplement No. 10 (E/2014/30), chap.", false)]
    [InlineData("Ibid., Supplement No.", false)]
    [InlineData("United Nations, Treaty Series, vol.", false)]
    [InlineData("Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4", false)]
    public void A_notes_line_ends_the_note_at_its_full_stop_not_at_an_abbreviation_a_number_follows(string line, bool ends)
    {
        Assert.Equal(ends, FlowingNotes.EndsNote(line));
    }

    [Fact]
    public void Notes_set_right_under_the_pages_text_are_read_apart_from_its_lines()
    {
        // A/RES/75/306's first page: the numbers, the paragraph's first lines, then the notes with no blank line between.
        var page = "Nations Support Office in Somalia1 and the related report of the Advisory Committee on\nAdministrative and Budgetary Questions,2\nMindful of the fact that the Support Office operates in a hostile environment,\n1.\n1\n2\n\nTakes note of the status of contributions to the United Nations Support Office in\nSomalia as at 30 April 2021, including the contributions outstanding in the amount of\nA/75/607 and A/75/757.\nA/75/822/Add.4.\n";

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(3, gathered.Next);
        Assert.Equal(new[] { "1 A/75/607 and A/75/757.", "2 A/75/822/Add.4." }, gathered.Notes);
        Assert.Contains("Somalia as at 30 April 2021, including the contributions outstanding in the amount of", gathered.Text);
    }

    [Fact]
    public void A_note_that_wraps_at_an_abbreviation_stays_one_note()
    {
        // A/RES/77/164's first page, a note's line broken after "chap.": eight numbers, eight notes.
        var page = "is the greatest global challenge and an indispensable requirement\n1\n2\n3\n\nResolution 69/283, annex I.\nIbid., annex II.\nReport of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4\nSeptember 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap.\nI, resolution 1, annex.\n";

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal("is the greatest global challenge and an indispensable requirement", gathered.Lines[0]);
        Assert.Equal("1 Resolution 69/283, annex I.", gathered.Notes[0]);
        Assert.EndsWith("chap. I, resolution 1, annex.", gathered.Notes.Last(), StringComparison.Ordinal);
    }

    private static List<string> Operative(string text)
    {
        var imported = UnDocumentImporter.ImportText("S-RES-2545-2020.txt", text.Replace("\r\n", "\n"));
        var document = Assert.Single(imported.Texts).Document;
        return document.OperativeParagraphs().Select(paragraph => paragraph.Text.PlainText).ToList();
    }
}
