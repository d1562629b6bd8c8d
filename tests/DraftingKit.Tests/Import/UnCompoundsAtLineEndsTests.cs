using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A word the reading order left without its hyphen gets it back from the UN's own usage (<see cref="CompoundVocabulary"/>)
/// where the text alone does not say it is a compound (issue 15): lines of the real PDFs of the corpus, "|" where the
/// page's line ended.
/// </summary>
public sealed class UnCompoundsAtLineEndsTests
{
    [Theory]
    [InlineData("direct investment can have positive spillovers, such as know|how and technology, including", "such as know-how and technology")] // A/RES/75/207
    [InlineData("Institute for Disarmament Research, as a stand|alone, autonomous institution", "as a stand-alone, autonomous")] // A/RES/75/83
    [InlineData("including through information|sharing, facilitate development policy dialogue", "through information-sharing, facilitate")] // S/RES/2626 (2022)
    [InlineData("the severe negative impact on human health, safety and well|being caused by the coronavirus", "safety and well-being caused")] // A/RES/77/270
    [InlineData("in the area of nuclear|weapon-free zones and the Treaty", "the area of nuclear-weapon-free zones")] // a compound that kept one of its hyphens
    public void A_compound_the_UN_hyphenates_gets_its_hyphen_back_at_a_join(string read, string restored)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Contains(restored, new LostHyphens(line).AtJoin(line, end), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_alone_does_not_say_know_how_is_a_compound()
    {
        const string line = "direct investment can have positive spillovers, such as knowhow and technology, including";

        Assert.Equal(line, new LostHyphens(line, CompoundVocabulary.None).AtJoin(line, 60));
    }

    [Theory]
    [InlineData("international coop|eration and assistance")]
    [InlineData("and the peace|keeping operations of the United Nations")]
    [InlineData("the strategic frame|work for the period")]
    public void A_word_the_UN_writes_whole_stays_whole_at_a_join(string read)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        // The text's own words would split "framework" into "frame" and "work": the UN writes it whole.
        Assert.Equal(line, new LostHyphens(line + "\nin the time frame of its work\npeace keeping").AtJoin(line, end));
    }

    [Fact]
    public void A_word_the_text_writes_as_often_whole_as_hyphenated_follows_the_UN()
    {
        // S/RES/2666 (2022) writes "inter-communal" once and "intercommunal" once; the Council writes it whole far more often.
        const string line = "as well by the intensification of intercommunal violence fuelled by hate speech, misinformation";
        var text = line + "\nto address the root causes of inter-communal violence";

        Assert.Equal(line, new LostHyphens(text).AtJoin(line, 52));
    }

    [Fact]
    public void Of_the_words_at_a_join_the_one_the_UN_hyphenates_is_taken()
    {
        // "datalinks" is two words of the text and its hyphen would fall nearer the line's end; "know-how" is the UN's.
        const string line = "such as knowhow and datalinks between them";

        Assert.Equal("such as know-how and datalinks between them", new LostHyphens(line + "\ndata and links").AtJoin(line, 24));
    }

    [Theory]
    [InlineData("from the nuclearweapon States;", "from the nuclear-weapon States;")] // A/RES/77/35: a short rest run on, the word inside the line
    [InlineData("and to promote postpandemic recovery;", "and to promote post-pandemic recovery;")] // A/RES/76/191
    [InlineData("the Global Counterterrorism Forum and its partners", "the Global Counterterrorism Forum and its partners")] // A/RES/77/20: the UN writes it whole in names
    [InlineData("under the agreed framework", "under the agreed framework")]
    [InlineData("safety and wellbeing", "safety and well-being")] // the last word
    public void A_compound_the_UN_never_writes_whole_gets_its_hyphen_anywhere_in_a_line(string line, string restored)
    {
        Assert.Equal(restored, new LostHyphens(line + "\nframe of work").AtLineEnd(line));
    }
}
