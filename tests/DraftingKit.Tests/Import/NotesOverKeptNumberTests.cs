using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Notes that the reading order (pdftotext without <c>-layout</c>) sets apart from their numbers right above the first
/// note that kept its number, on a page whose text goes on under its page number (an item's text set after its label):
/// neither the page's foot nor the lines after the numbers hold them, the lines over the kept number do.
/// </summary>
public sealed class NotesOverKeptNumberTests
{
    /// <summary>A/RES/77/278's sixth page, shortened: notes 13 and 14 over note 15's number, their numbers after "Ibid.".</summary>
    private const string Page = """
        Recalls paragraph 22 of the report of the Advisory Committee, 13 and requests the
        Secretary-General to seek to understand the reasons behind the rates and trends of
        resignations at certain age brackets and certain levels;

        46.

        Takes note of paragraph 5 of the report of the Advisory Committee;14

        47.

        Takes note of paragraphs 7, 9 and 10 of the report of the Advisory Committee;15

        48.

        Urges the Secretary-General to consider the United Nations internship programme as an
        integral part of his ongoing reform of the human resources system of the United
        Nations, and requests that a comprehensive review on the following elements be
        presented to the General Assembly no later than the first part of its resumed seventyninth session, taking into account,
        (a)

        A/77/729.
        A/77/727.
        15
        Ibid.
        13
        14

        6/9

        The development of a sustainable internship programme based on an internship
        strategy and semi-structured training curriculum for interns, to maximize their
        training experience and reinforce the learning objectives of the programme which
        """;

    [Fact]
    public void Notes_over_the_first_kept_number_go_with_the_numbers_left_without_a_text()
    {
        var gathered = GatheredPage.Of(Page, firstNote: 13);

        Assert.Equal(new[] { "13 A/77/729.", "14 A/77/727.", "15 Ibid." }, gathered.Notes);
        Assert.Equal(16, gathered.Next);
        Assert.Contains("training experience and reinforce the learning objectives of the programme which", gathered.Text);
    }

    [Fact]
    public void Where_the_lines_over_the_kept_number_are_the_text_s_no_note_is_taken_from_them()
    {
        // The item's label right over note 15's number: the notes 13 and 14 are nowhere, and the text keeps its lines.
        var page = Page.Replace("(a)\n\nA/77/729.\nA/77/727.\n", "(a)\n", StringComparison.Ordinal);

        var gathered = GatheredPage.Of(page, firstNote: 13);

        Assert.Equal(new[] { "15 Ibid." }, gathered.Notes);
        Assert.Contains("(a)", gathered.Text);
        Assert.Contains("presented to the General Assembly no later than the first part of its resumed seventyninth session, taking into account,", gathered.Text);
    }

    [Fact]
    public void Fewer_notes_over_the_kept_number_than_numbers_left_are_not_paired_at_a_guess()
    {
        // Notes 13 and 14 left without a text and one note over note 15's number: which is whose, the lines do not say.
        var page = Page.Replace("A/77/729.\nA/77/727.\n", "A/77/729.\n", StringComparison.Ordinal);

        var gathered = GatheredPage.Of(page, firstNote: 13);

        Assert.Equal(new[] { "15 Ibid." }, gathered.Notes);
        Assert.Contains("A/77/729.", gathered.Text);
    }
}
