using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A note whose text opens as a paragraph does ("Noting the update …", "Recalling its resolution …"): where the reading
/// order sets it under the page's number, after the notes' numbers, the page's text has ended there, so it is the note,
/// not a paragraph the notes stand under.
/// </summary>
public sealed class NoteUnderPageNumberTests
{
    /// <summary>A/RES/75/85's third page, shortened: note 9 opens with "Noting", under the page's number.</summary>
    private const string Page = """
        Also recalls the following decisions by the Meeting of the High Contracting Parties to the
        Convention in 2019:9
        (a)

        To call for a total of 10 days of meetings, to be held in Geneva in 2020, of the Group of
        Governmental Experts related to emerging technologies in the area of lethal autonomous
        weapons systems in the context of the objectives and purposes of the Convention;

        9

        3/5

        Noting the update included in paragraph 34 of the final report of the 2018 Meeting of the
        High Contracting Parties to the Convention (CCW/MSP/2018/11).
        """;

    [Fact]
    public void A_note_under_the_pages_number_that_opens_with_a_lead_is_the_notes_whole_text()
    {
        var gathered = GatheredPage.Of(Page, firstNote: 9);

        Assert.Equal(new[] { "9 Noting the update included in paragraph 34 of the final report of the 2018 Meeting of the High Contracting Parties to the Convention (CCW/MSP/2018/11)." }, gathered.Notes);
        Assert.DoesNotContain(gathered.Text, line => line.StartsWith("Noting", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_pages_number_between_a_line_that_opens_a_paragraph_stays_the_texts()
    {
        // The numbers close the page with no page number after them: the note is its last line, under the text's
        // paragraph "Noting the update …", which stays text.
        var page = Page.Replace("\n3/5\n", "\n", StringComparison.Ordinal).Replace("2018 Meeting of the\nHigh", "2018 Meeting of the\nHigh Contracting Parties;\nResolution 74/62 of 12 December 2019, annex.\nHigh", StringComparison.Ordinal);
        page = page.Replace("\nResolution 74/62 of 12 December 2019, annex.\nHigh Contracting Parties to the Convention (CCW/MSP/2018/11).", "\nResolution 74/62 of 12 December 2019, annex.", StringComparison.Ordinal);
        var gathered = GatheredPage.Of(page, firstNote: 9);

        Assert.Equal(new[] { "9 Resolution 74/62 of 12 December 2019, annex." }, gathered.Notes);
        Assert.Contains(gathered.Text, line => line.StartsWith("Noting the update", StringComparison.Ordinal));
    }

    /// <summary>A/RES/76/110's second page, shortened: the page's text goes on under its number, its notes under that text.</summary>
    private const string TextUnderPageNumber = """
        Authorizes the Secretary-General to carry out the activities specified in his report 4 in
        2022, including the following activities to be financed from provisions in the regular
        budget:

        3.

        2
        3
        4

        2/5

        (a)

        The International Law Fellowship Programme, with a minimum of 20
        fellowships;

        Also authorizes the Secretary-General to further expand the activities referred to in
        paragraph 2 above, to be financed from voluntary contributions received pursuant to
        paragraphs 17, 26 and 27 below;
        Specified in the report of the Secretary-General A/76/404.
        A/70/423, A/71/432, A/72/517, A/72/517/Corr.1, A/73/415, A/74/496, A/75/389 and A/76/404.
        A/76/404.

        """;

    [Fact]
    public void A_paragraph_under_the_pages_number_that_ends_its_unit_is_no_notes()
    {
        var gathered = GatheredPage.Of(TextUnderPageNumber, firstNote: 2);

        Assert.Equal(
            new[] { "2 Specified in the report of the Secretary-General A/76/404.", "3 A/70/423, A/71/432, A/72/517, A/72/517/Corr.1, A/73/415, A/74/496, A/75/389 and A/76/404.", "4 A/76/404." },
            gathered.Notes);
        Assert.Contains("paragraphs 17, 26 and 27 below;", gathered.Text);
    }

    [Fact]
    public void A_note_under_the_pages_number_that_ends_a_sentence_with_a_semicolon_inside_a_line_keeps_it()
    {
        // Only a line's end counts: "Alliance 8.7; Finance …" inside a line ends no unit.
        var page = Page.Replace("Noting the update included in paragraph 34 of the final report of the 2018 Meeting of the", "Noting the update included in paragraph 34; the final report of the 2018 Meeting of the", StringComparison.Ordinal);

        var gathered = GatheredPage.Of(page, firstNote: 9);

        Assert.Single(gathered.Notes);
        Assert.StartsWith("9 Noting the update included in paragraph 34; the final report", gathered.Notes[0], StringComparison.Ordinal);
    }

    /// <summary>A/RES/76/258's page 41 as <see cref="PdfTextLayer.Flow"/> prints it, shortened: a note of three sentences under the page's number.</summary>
    private const string SentencesUnderPageNumber = """
        development and trading partners to consider extending to the graduated country trade
        preferences previously made available as a result of least developed country status, and seek

        4

        41/76

        In accordance with the review undertaken by the Committee for Development Policy in 2021
        (E/2021/33), 16 least developed countries are in different stages of graduation.
        Therefore, a considerable number of them are likely to graduate by 2031, which may lower
        the overall export figure of least developed countries. This should be taken into account
        in assessments against the target.
        """;

    [Fact]
    public void A_notes_sentences_under_the_pages_number_are_all_the_notes()
    {
        var gathered = GatheredPage.Of(SentencesUnderPageNumber, firstNote: 4);

        Assert.Equal(
            new[] { "4 In accordance with the review undertaken by the Committee for Development Policy in 2021 (E/2021/33), 16 least developed countries are in different stages of graduation. Therefore, a considerable number of them are likely to graduate by 2031, which may lower the overall export figure of least developed countries. This should be taken into account in assessments against the target." },
            gathered.Notes);
    }

    [Fact]
    public void A_paragraphs_text_under_its_number_and_the_pages_is_no_notes_opening()
    {
        // A/RES/75/1: "7." waits for its text, which the reading order sets under the note's number and the page's.
        var page = """
            principles of the Charter, we are here to ensure the future we want and the United
            Nations we need.

            7.

            1

            2/5

            We will leave no one behind. The next 10 years, which have been designated as the
            decade of action and delivery for sustainable development, will be the most critical of
            our generation. It is even more important as we build back better from the COVID-19
            pandemic.
            The peoples have to be at the centre of all our efforts.
            """;

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(new[] { "1 The peoples have to be at the centre of all our efforts." }, gathered.Notes);
        Assert.Contains(gathered.Text, line => line.StartsWith("We will leave no one behind.", StringComparison.Ordinal));
    }
}
