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
}
