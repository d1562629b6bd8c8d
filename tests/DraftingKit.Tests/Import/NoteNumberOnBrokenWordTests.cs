using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A page's first note number that pdftotext's reading order glued to a word the page's last line of text broke at its
/// hyphen ("… above pre-" / "1" read as "… above pre1"): the number goes back on a line of its own, the hyphen back on
/// the word, so the page's notes, and every page's after, are paired with their numbers.
/// </summary>
public sealed class NoteNumberOnBrokenWordTests
{
    private const string Rule = "__________________";

    /// <summary>A/RES/75/230's first page's foot, shortened, as pdftotext prints it in reading order.</summary>
    private const string Page = """
        Reaffirming further the Paris Agreement,1 and encouraging all its parties to fully
        implement the Agreement, and parties to the United Nations Framework Convention on
        Climate Change2 that have not yet done so to deposit their instruments of ratification,
        Panel on Climate Change on the impacts of global warming of 1.5 degrees Celsius above pre1
        2

        Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.
        United Nations, Treaty Series, vol. 1771, No. 30822.

        """;

    [Fact]
    public void The_first_notes_number_glued_to_a_word_broken_at_the_pages_foot_stands_alone_again()
    {
        var restored = NoteNumberOnBrokenWord.Restore(Page.Split('\n'), 1, Array.Empty<string>());

        Assert.Contains("Panel on Climate Change on the impacts of global warming of 1.5 degrees Celsius above pre-", restored);
        Assert.Equal("1", restored[restored.ToList().IndexOf("Panel on Climate Change on the impacts of global warming of 1.5 degrees Celsius above pre-") + 1]);
        var next = 1;
        var gathered = FlowingNotes.Gather(restored, ref next, FlowingTextLayerImportTests.OpensByLead);
        Assert.Equal(new[] { "1 Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.", "2 United Nations, Treaty Series, vol. 1771, No. 30822." }, Notes(gathered));
        Assert.Equal(3, next);
    }

    [Fact]
    public void The_reference_may_stand_on_the_page_before_whose_foot_the_note_did_not_fit()
    {
        // A/RES/77/183: note 3 is referred to on the first page's last line, its text printed on the second page, whose
        // last line breaks "low-income" at its hyphen.
        var before = "Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17\nto 20 October 2016,3\n1\n2".Split('\n');
        var page = "high-income countries, in contrast with the low availability of COVID-19 vaccines in low3\n\n2/8\n\nResolution 71/256, annex.\n".Split('\n');

        var restored = NoteNumberOnBrokenWord.Restore(page, 3, before);
        var next = 3;
        var gathered = FlowingNotes.Gather(restored, ref next, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal("high-income countries, in contrast with the low availability of COVID-19 vaccines in low-", restored[0]);
        Assert.Equal(new[] { "3 Resolution 71/256, annex." }, Notes(gathered));
        Assert.DoesNotContain("3", NoteNumberOnBrokenWord.Restore(page, 3, Array.Empty<string>()));
    }

    [Fact]
    public void A_number_glued_where_the_note_is_referred_to_nowhere_above_is_left_as_it_stands()
    {
        // The text's only reference to note 1 is the glued number itself: a raised number at the line's end, not a broken word.
        var page = Page.Replace("Agreement,1", "Agreement", StringComparison.Ordinal).Split('\n');

        Assert.Same(page, NoteNumberOnBrokenWord.Restore(page, 1, Array.Empty<string>()));
    }

    [Fact]
    public void Where_the_notes_number_stands_alone_the_page_is_left_as_it_stands()
    {
        var page = Page.Replace("above pre1\n2", "above pre1\n1\n2", StringComparison.Ordinal).Split('\n');

        Assert.Same(page, NoteNumberOnBrokenWord.Restore(page, 1, Array.Empty<string>()));
    }

    [Fact]
    public void Read_in_reading_order_the_word_keeps_its_hyphen_at_the_pages_foot_and_every_note_its_number()
    {
        // A/RES/75/26, shortened: "Counter-" / "Terrorism" broken across the first page's foot, note 1's number glued to
        // it; the notes of the next page go on from note 2.
        const string text = """
            The General Assembly,
            Reaffirming the purposes and principles enshrined in the Charter of the United Nations
            and the Universal Declaration of Human Rights,1 in particular the right to freedom of thought,
            conscience and religion,
            Recalling also its resolutions 72/241 of 20 December 2017 on a world against
            violence and violent extremism, 72/284 of 26 June 2018 on the United Nations Counter1

            Resolution 217 A (III).

            A/RES/75/26

            Terrorism Strategy Review, and 73/328 of 25 July 2019 on promoting interreligious
            and intercultural dialogue and tolerance in countering hate speech,
            Reaffirming the 2030 Agenda for Sustainable Development,2 and acknowledging that the 2030
            Agenda includes the promotion of peaceful and inclusive societies,
            2

            Resolution 70/1.

            2/7
            """;

        var paragraphs = FlowingText.Paragraphs(text.Replace("\nA/RES/75/26\n", "\n\fA/RES/75/26\n", StringComparison.Ordinal), LeadVocabulary.Openers);

        // The word's hyphen at the page's foot joins it to its rest on the next page, as a laid-out page's line end does.
        Assert.Contains("on the United Nations Counter-\n", paragraphs, StringComparison.Ordinal);
        Assert.Contains("1 Resolution 217 A (III).", paragraphs, StringComparison.Ordinal);
        Assert.Contains("2 Resolution 70/1.", paragraphs, StringComparison.Ordinal);
    }

    private static string[] Notes(List<string> gathered) => gathered.SkipWhile(line => line != Rule).Skip(1).Where(line => line.Length > 0).ToArray();
}
