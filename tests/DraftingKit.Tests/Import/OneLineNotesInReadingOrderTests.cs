using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Notes under a page's number, or each opening as a note does, that their full stops do not tell apart: as many lines
/// as numbers are a note each
/// (<see cref="OneLineNotes"/>); more lines than that, the notes stay unread rather than paired at a guess.
/// </summary>
public sealed class OneLineNotesInReadingOrderTests
{
    /// <summary>A/RES/75/308's first page, shortened: note 2 as the text prints it, without its full stop.</summary>
    private const string Page = """
        Recognizing that, through the adoption of the 2030 Agenda for Sustainable Development1 and
        its Sustainable Development Goals in September 2015, and the Addis Ababa Action Agenda of the
        Third International Conference on Financing for Development2 and the New Urban Agenda,3

        1
        2
        3

        1/5

        Resolution 70/1.
        Resolution 69/313, annex
        Resolution 71/256, annex.
        """;

    [Fact]
    public void A_note_without_its_full_stop_is_a_line_of_its_own_when_the_lines_are_as_many_as_the_numbers()
    {
        var gathered = GatheredPage.Of(Page, firstNote: 1);

        Assert.Equal(4, gathered.Next);
        Assert.Equal(new[] { "1 Resolution 70/1.", "2 Resolution 69/313, annex", "3 Resolution 71/256, annex." }, gathered.Notes);
        Assert.Equal("Recognizing that, through the adoption of the 2030 Agenda for Sustainable Development1 and", gathered.Lines[0]);
    }

    [Fact]
    public void Lines_that_each_open_as_a_note_are_a_note_each_without_the_page_s_number_over_them()
    {
        // A/RES/75/308's first page as another print sets it: the notes right under their numbers, the page's number after.
        var page = Page.Replace("\n1/5\n\n", "\n", StringComparison.Ordinal) + "\n1/5\n";

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(new[] { "1 Resolution 70/1.", "2 Resolution 69/313, annex", "3 Resolution 71/256, annex." }, gathered.Notes);
    }

    [Fact]
    public void Lines_as_many_as_the_numbers_are_not_notes_each_when_one_opens_otherwise()
    {
        // The same print where the third line goes on the second ("and resolution 71/256."): the lines are not a note each.
        var page = Page.Replace("\n1/5\n\n", "\n", StringComparison.Ordinal).Replace("Resolution 71/256, annex.", "and resolution 71/256.", StringComparison.Ordinal) + "\n1/5\n";

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Empty(gathered.Notes);
    }

    [Fact]
    public void More_lines_than_numbers_that_no_full_stop_parts_are_left_unread()
    {
        // A note that runs over two lines, one without its full stop: the lines do not say which note is whose.
        var page = Page.Replace("Resolution 71/256, annex.", "United Nations, Treaty Series, vol. 1155,\nNo. 18232.").Replace("Resolution 69/313, annex", "Resolution 69/313, annex,\nsect. II");

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Empty(gathered.Notes);
    }

    [Fact]
    public void Notes_their_full_stops_tell_apart_are_read_by_them()
    {
        // Two notes over three lines, each ending with its full stop: the lines are more than the numbers, and the full stops part them.
        var page = Page.Replace("Development2 and the New Urban Agenda,3", "Development2 and the New Urban Agenda,").Replace("\n3\n", "\n").Replace("Resolution 69/313, annex\nResolution 71/256, annex.", "Report of the Third International Conference on Financing for Development, Addis Ababa,\n13–16 July 2015 (United Nations publication, Sales No. E.15.II.A.5).");

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(new[] { "1 Resolution 70/1.", "2 Report of the Third International Conference on Financing for Development, Addis Ababa, 13–16 July 2015 (United Nations publication, Sales No. E.15.II.A.5)." }, gathered.Notes);
    }
}
