using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a number a list or an abbreviation counts ("articles 6, 14 and 15", "Procedural Order No. 1 of") is never
/// joined to the word before as a note's marker in a PDF's reading order, though a note of the page has its number.
/// </summary>
public sealed class CountedNumbersTests
{
    [Theory]
    [InlineData("the provisions contained in articles 6, 14 and 15", "articles 6,")]
    [InlineData("and Procedural Order No. 1 of the Arbitral Tribunal", "No.")]
    [InlineData("Official Records, vol. 2 and", "vol.")]
    public void A_number_counted_by_a_list_or_an_abbreviation_is_the_texts_own(string line, string before)
    {
        Assert.True(CountedNumbers.Counts(line, line.IndexOf(before, StringComparison.Ordinal) + before.Length));
    }

    [Theory]
    [InlineData("on the safety of journalists, 11 27/12 of", "journalists,")]
    [InlineData("adopted in Dublin on 9 June 1998, 1 and", "1998,")]
    [InlineData("in the Declaration. 3 the", "Declaration.")]
    public void A_number_after_a_word_a_year_or_a_sentences_end_is_not_counted(string line, string before)
    {
        Assert.False(CountedNumbers.Counts(line, line.IndexOf(before, StringComparison.Ordinal) + before.Length));
    }
}
