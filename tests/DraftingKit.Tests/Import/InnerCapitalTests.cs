using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A capital inside a word the reading order joined says a hyphen was lost there (<see cref="InnerCapital"/>), though
/// the text writes neither half elsewhere: lines of the corpus, "|" where the page's line ended.
/// </summary>
public sealed class InnerCapitalTests
{
    [Theory]
    [InlineData("such as those set out in the Hague|Marrakech Memorandum on Good Practices", "the Hague-Marrakech Memorandum")] // A/RES/76/169
    [InlineData("to invest in and fully utilize the common UN|Info reporting platform", "the common UN-Info reporting")] // A/RES/76/4
    [InlineData("the Stolen and Lost Travel Document Database, the I|Familia database", "the I-Familia database")] // A/RES/77/20
    public void A_capital_inside_a_joined_word_gets_its_hyphen_back(string read, string restored)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Contains(restored, new LostHyphens(line).AtJoin(line, end), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the establishment of the “Safer|Guard” knowledge resource management programme")] // A/RES/77/64
    [InlineData("the Food and Agriculture Organization of the United Nations Fish|Code programme")]
    [InlineData("the campaign of the Office of the High Commissioner for Refugees, I|Belong")]
    [InlineData("the MacArthur Foundation and the Mc|Donald family")]
    public void A_word_the_UN_writes_with_a_capital_inside_or_a_names_particle_stays_whole(string read)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Equal(line, new LostHyphens(line).AtJoin(line, end));
    }

    [Fact]
    public void A_word_the_text_writes_with_its_capital_inside_elsewhere_stays_whole()
    {
        // Without the UN's words, the text's own "SaferGuard" programme (A/RES/77/64) says the word is one.
        const string line = "the establishment of the “SaferGuard” knowledge resource management programme";

        Assert.Equal(line, new LostHyphens(line + "\nto offer support to the SaferGuard programme", CompoundVocabulary.None).AtJoin(line, 29));
    }

    [Fact]
    public void A_notes_number_after_the_last_word_leaves_it_the_last()
    {
        // A/RES/77/64: the paragraph's last line, its note's number printed after the comma.
        const string line = "including through the work of the Office of CounterTerrorism,12";

        Assert.Equal(
            "including through the work of the Office of Counter-Terrorism,12",
            new LostHyphens(line + "\nthe United Nations Office of Counter-Terrorism").AtLineEnd(line));
    }

    [Theory]
    [InlineData("the UN", "the UN")]
    [InlineData("the NGOs and IDPs", "the NGOs and IDPs")]
    [InlineData("the SDGs", "the SDGs")]
    public void Abbreviations_and_their_plurals_have_no_capital_inside(string line, string restored)
    {
        Assert.Equal(restored, new LostHyphens(line).AtLineEnd(line));
    }

    [Theory]
    [InlineData("UNInfo", "UN-Info")]
    [InlineData("CounterTerrorism", "Counter-Terrorism")]
    [InlineData("MacArthur", null)]
    [InlineData("LeBlanc", null)]
    [InlineData("eTrade", null)]
    [InlineData("CHamoru", null)]
    [InlineData("PhD", null)]
    public void The_capital_inside_is_read_with_the_UNs_words(string word, string? hyphenated)
    {
        Assert.Equal(hyphenated, InnerCapital.Hyphenated(word, CompoundVocabulary.Default));
    }

    [Theory]
    [InlineData("and recognizing the efforts of the UN|affiliated Tech Against Terrorism initiative", "the UN-affiliated Tech")] // S/RES/2617 (2021)
    [InlineData("encourages the FGS to strengthen the FGS|led coordination of international partners", "the FGS-led coordination")]
    [InlineData("to invest in and fully utilize the common UN|Info reporting platform", "the common UN-Info reporting")] // A/RES/76/4
    public void An_abbreviation_run_together_with_a_word_in_small_letters_gets_its_hyphen_after_the_capitals(string read, string restored)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Contains(restored, new LostHyphens(line).AtJoin(line, end), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UNaffiliated", "UN-affiliated")]
    [InlineData("UNWomen", null)] // "Women" is a word: the capital inside says where the hyphen was (UN-Women)
    [InlineData("IFamilia", null)] // "amilia" is no word: the capital inside says (I-Familia)
    [InlineData("CHamorus", null)]
    [InlineData("UNaffiliates", null)] // no word of the text or of the UN's compounds after the capitals
    public void The_letters_after_an_abbreviation_must_be_a_word(string word, string? hyphenated)
    {
        var text = "the participation of Women and the affiliated initiative";
        Assert.Equal(hyphenated, InnerCapital.AfterAbbreviation(word, CompoundVocabulary.Default, letters => text.Split(' ').Contains(letters, StringComparer.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_UNs_words_with_a_capital_inside_are_counted_per_source()
    {
        Assert.True(CompoundVocabulary.Default.WrittenWithInnerCapital("SaferGuard"));
        Assert.False(CompoundVocabulary.Default.WrittenWithInnerCapital("Saferguard"));
        Assert.False(CompoundVocabulary.From(source => source == "sc").WrittenWithInnerCapital("SaferGuard"));
        Assert.False(CompoundVocabulary.None.WrittenWithInnerCapital("FishCode"));
    }
}
