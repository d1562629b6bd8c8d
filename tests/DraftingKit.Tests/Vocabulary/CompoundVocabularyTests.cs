using DraftingKit.Tests.Support;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Vocabulary;

/// <summary>The compounds the UN hyphenates, counted in its own texts per source (compounds.tsv).</summary>
public sealed class CompoundVocabularyTests
{
    [Theory]
    [InlineData("knowhow", "know-how")]
    [InlineData("wellbeing", "well-being")]
    [InlineData("postpandemic", "post-pandemic")]
    [InlineData("standalone", "stand-alone")]
    [InlineData("nuclearweapon", "nuclear-weapon")]
    [InlineData("informationsharing", "information-sharing")]
    [InlineData("NonSelfGoverning", "non-self-governing")]
    public void A_compound_the_UN_hyphenates_far_more_often_than_whole_has_its_form(string letters, string form)
    {
        Assert.Equal(form, CompoundVocabulary.Default.Hyphenated(letters));
    }

    [Theory]
    [InlineData("cooperation")] // "co-operation" in a few names only
    [InlineData("peacekeeping")]
    [InlineData("framework")]
    [InlineData("intercommunal")]
    public void A_word_the_UN_writes_whole_is_no_compound(string letters)
    {
        Assert.Null(CompoundVocabulary.Default.Hyphenated(letters));
        Assert.True(CompoundVocabulary.Default.WrittenWhole(letters));
    }

    [Fact]
    public void A_compound_some_names_write_whole_is_no_compound_anywhere()
    {
        // "Counter-Terrorism Committee" but "Global Counterterrorism Forum".
        Assert.Equal("counter-terrorism", CompoundVocabulary.Default.Hyphenated("counterterrorism"));
        Assert.False(CompoundVocabulary.Default.NeverWhole("counterterrorism"));
        Assert.True(CompoundVocabulary.Default.NeverWhole("knowhow"));
    }

    [Fact]
    public void A_vocabulary_built_from_some_sources_knows_only_their_words()
    {
        Assert.Equal(new[] { "ga75", "ga76", "ga77", "sc" }, CompoundVocabulary.Sources);

        // The Council never writes "know-how"; the Assembly does in each of its sessions.
        Assert.Null(CompoundVocabulary.From(source => source == "sc").Hyphenated("knowhow"));
        Assert.Equal("know-how", CompoundVocabulary.From(source => source == "ga76").Hyphenated("knowhow"));
        Assert.Null(CompoundVocabulary.None.Hyphenated("knowhow"));
    }

    [Fact]
    public void The_table_names_its_source_and_the_script_that_builds_it()
    {
        var header = File.ReadLines(RepositoryPaths.InRepository("src", "DraftingKit", "Vocabulary", "compounds.tsv")).First();

        Assert.Contains("scripts/vocabulary/generate_compounds.py", header, StringComparison.Ordinal);
        Assert.Contains("source: United Nations", header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_with_a_capital_inside_name_their_source_and_the_script_that_builds_them()
    {
        var header = File.ReadLines(RepositoryPaths.InRepository("src", "DraftingKit", "Vocabulary", "inner-capitals.tsv")).First();

        Assert.Contains("scripts/vocabulary/generate_compounds.py", header, StringComparison.Ordinal);
        Assert.Contains("source: United Nations", header, StringComparison.Ordinal);
    }
}
