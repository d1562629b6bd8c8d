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
