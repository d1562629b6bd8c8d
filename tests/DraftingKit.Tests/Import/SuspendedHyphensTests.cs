using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a suspended hyphen that a PDF's reading order lost at a line's end ("scienceand evidence-based",
/// "troop-and police-contributing") comes back where the first word and the second's last part make a compound of
/// the UN or of the text; words that only look like it stay.
/// </summary>
public sealed class SuspendedHyphensTests
{
    private static string Restore(string text) => new SuspendedHyphens(text, CompoundVocabulary.Default).Restore(text);

    [Fact]
    public void A_suspended_hyphen_joined_to_and_comes_back()
    {
        Assert.Equal("providing science- and evidence-based data", Restore("providing scienceand evidence-based data"));
        Assert.Equal("urges troop- and police-contributing countries", Restore("urges troop-and police-contributing countries"));
    }

    [Theory]
    [InlineData("strengthen effective child- and youthsensitive measures", "strengthen effective child- and youth-sensitive measures")] // A/RES/76/146
    [InlineData("the gender- and agesensitive approaches", "the gender- and age-sensitive approaches")]
    [InlineData("science- or evidencebased data", "science- or evidence-based data")]
    public void The_second_word_of_a_pair_that_kept_its_suspended_hyphen_gets_its_own_back(string read, string restored)
    {
        Assert.Equal(restored, Restore(read));
    }

    [Theory]
    [InlineData("both inter- and intraregional cooperation")] // "interregional" is whole
    [InlineData("the science- and technology sector")] // "technology" ends in no part "science" shares
    [InlineData("in non- and overriding terms")]
    public void A_second_word_that_ends_in_no_part_the_first_shares_stays(string read)
    {
        Assert.Equal(read, Restore(read));
    }

    [Fact]
    public void A_compound_the_text_itself_hyphenates_is_evidence_enough()
    {
        Assert.Equal("the zorbleck-funded and the zorbleck- or grant-funded work", Restore("the zorbleck-funded and the zorbleckor grant-funded work"));
    }

    [Fact]
    public void Words_that_make_no_compound_with_the_next_ones_last_part_stay()
    {
        Assert.Equal("with donor information-sharing in Thailand long-term", Restore("with donor information-sharing in Thailand long-term"));
        Assert.Equal("the rock-and-roll era", Restore("the rock-and-roll era"));
    }
}
