using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a number a PDF's reading order sets apart after punctuation is a note's raised number unless the text
/// counts it: a list ("articles 6, 14 and 15"), an abbreviation that a reference's number follows ("Procedural Order
/// No. 1 of", "vol. 2"); after a word, a year's comma or a sentence's end it may be a note's.
/// </summary>
public sealed class SpacedNoteNumberTests
{
    [Theory]
    [InlineData("the provisions contained in articles 6, 14 and 15", "articles 6,", 14)]
    [InlineData("and Procedural Order No. 1 of the Arbitral Tribunal", "No.", 1)]
    [InlineData("Official Records, vol. 2 and", "vol.", 2)]
    [InlineData("officials mentioned in paragraph 2", "paragraph", 2)]
    [InlineData("the provisions of article 12", "article", 12)]
    public void A_number_counted_by_a_list_or_an_abbreviation_is_the_texts_own(string line, string before, int number)
    {
        Assert.False(new SpacedNoteNumber([]).IsMarker(line, line.IndexOf(before, StringComparison.Ordinal) + before.Length, number));
    }

    [Theory]
    [InlineData("on the safety of journalists, 11 27/12 of", "journalists,", 11)]
    [InlineData("adopted in Dublin on 9 June 1998, 1 and", "1998,", 1)]
    [InlineData("in the Declaration. 3 the", "Declaration.", 3)]
    [InlineData("adopted at the decision 4", "decision", 4)]
    [InlineData("the Sustainable Development Goals 5", "Goals", 5)]
    public void A_number_after_a_word_a_year_or_a_sentences_end_may_be_a_notes(string line, string before, int number)
    {
        Assert.True(new SpacedNoteNumber([]).IsMarker(line, line.IndexOf(before, StringComparison.Ordinal) + before.Length, number));
    }

    [Fact]
    public void A_note_whose_number_the_page_prints_glued_elsewhere_has_its_marker_there()
    {
        const string Line = "the World Health Organization, 1 and";
        Assert.False(new SpacedNoteNumber(["adopted by the Organization,1 which"]).IsMarker(Line, Line.IndexOf(", 1", StringComparison.Ordinal) + 1, 1));
    }
}
