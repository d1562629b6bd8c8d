using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the note of a draft decision of one paragraph (A/72/… report, draft decision), printed to PDF and read by
/// pdftotext: too short for a layout's indents or a reading order's run-on paragraphs, and with no rule line, its note
/// stands at the page's foot as its raised number over its text ("1" / "A/72/91.") or beside it ("1    A/72/91.").
/// </summary>
public sealed class NotesAtFootTests
{
    private const string Decision =
        "Document considered by the General Assembly in connection\n"
        + "with the question of crime prevention and criminal justice\n"
        + "      The General Assembly takes note of the note by the Secretary-General transmitting the\n"
        + "report of the Conference of the Parties to the United Nations Convention against\n"
        + "Transnational Organized Crime on its eighth session, held in Vienna from 17 to 21 October\n"
        + "2016,1 submitted under the item entitled “Crime prevention and criminal justice”.\n\n\n\n";

    [Theory]
    [InlineData("1\n    A/72/91.\n\f")]
    [InlineData("1    A/72/91.\n\f")]
    [InlineData("1\n\nA/72/91.\n\f")]
    [InlineData("1\n\nA/72/91.\n")]
    public void A_decisions_single_note_at_the_foot_is_its_note(string foot)
    {
        var document = Assert.Single(UnDocumentImporter.ImportText("A-72-draft-decision.txt", Decision + foot).Texts).Document;

        var outline = CarriedModel.AsPlainTextAsRead(document).Split('\n');
        Assert.Contains(outline, line => line.Contains("from 17 to 21 October 2016,[^1] submitted under the item entitled", StringComparison.Ordinal));
        Assert.Contains("footnote 1: A/72/91.", outline);
    }

    [Fact]
    public void Notes_in_order_each_with_its_further_lines_follow_a_rule_line()
    {
        var text = "Recalling its resolution 70/174,1 and the Doha Declaration,2\n\n1\nSee resolution 70/174,\nannex.\n2\nA/CONF.222/17.\n";

        var ruled = NotesAtFoot.Ruled(text);

        Assert.Equal("Recalling its resolution 70/174,1 and the Doha Declaration,2\n\n____\n1 See resolution 70/174,\nannex.\n2 A/CONF.222/17.", ruled);
    }

    [Theory]
    [InlineData("The General Assembly decides to hold its session in\n\n2\nmeetings.\n")] // no raised number glued above, and no note's opening
    [InlineData("The General Assembly takes note of the report,1 and\n\n1\nDecides to consider the question.\n")] // words that open no note
    [InlineData("The General Assembly takes note of the report.\n\n1\nA/72/91.\n")] // no raised "1" in the text above
    [InlineData("The General Assembly takes note of the report,2 and\n\n2\nA/72/91.\n")] // not the first note
    [InlineData("The General Assembly takes note of the report,1 and\n\n1\nA/72/91.\nThe General Assembly decides to act.\n")] // the foot goes on in text
    public void A_number_at_the_foot_that_is_no_note_stays_the_texts(string text) =>
        Assert.Equal(text, NotesAtFoot.Ruled(text));

    [Fact]
    public void A_page_whose_notes_already_follow_a_rule_line_is_left_as_it_is()
    {
        var text = "The General Assembly takes note of the report,1 and\n\n____\n1\nA/72/91.\n";

        Assert.Equal(text, NotesAtFoot.Ruled(text));
    }

    [Fact]
    public void Digits_of_another_script_glued_to_a_word_raise_no_note_and_break_nothing()
    {
        var text = "The General Assembly takes note of the report,\u06F5 and\n\n\u06F5\nA/72/91.\n";

        Assert.Equal(text, NotesAtFoot.Ruled(text));
    }
}
