using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A first element the UN hyphenates before words that begin with its own last letter ("re-establish",
/// "pre-existing", "de-escalation") gets its hyphen back before a word of the text that so begins, though neither the
/// text nor the UN writes the compound: "|" where the page's line ended.
/// </summary>
public sealed class DoubledLetterTests
{
    [Theory]
    [InlineData("to prevent and control emerging and re|emerging infectious diseases", "emerging and re-emerging infectious")] // A/RES/75/130
    [InlineData("with a view to their re|entering the labour market", "their re-entering the labour market")]
    [InlineData("the post|treatment phase", "the post-treatment phase")]
    public void A_doubled_letter_after_a_first_element_the_UN_hyphenates_so_is_a_lost_hyphen(string read, string restored)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Contains(restored, new LostHyphens(line + "\nentering treatment").AtJoin(line, end), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expresses its dee|pest concern at the operation", "est")] // "deepest": "epest" is no word of the text
    [InlineData("the coor|dinated operation of the ordinated", "ordinated")] // the UN writes "coordinated" whole, "co-" before "o" seldom
    [InlineData("and the coop|erative operation", "operation")]
    public void A_doubled_letter_the_UN_writes_whole_stays(string read, string elsewhere)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Equal(line, new LostHyphens(line + "\n" + elsewhere).AtJoin(line, end));
    }

    [Theory]
    [InlineData("re", true)]
    [InlineData("pre", true)]
    [InlineData("de", true)]
    [InlineData("co", false)]
    [InlineData("in", false)]
    public void The_first_elements_that_double_a_letter_are_the_UNs(string element, bool hyphenates)
    {
        Assert.Equal(hyphenates, CompoundVocabulary.Default.HyphenatesBeforeItsLastLetter(element));
        Assert.False(CompoundVocabulary.None.HyphenatesBeforeItsLastLetter(element));
    }
}
