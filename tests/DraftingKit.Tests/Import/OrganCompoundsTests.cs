using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A hyphen lost at a line's end comes back as the text's own organ writes the word, where that organ writes it one
/// way far more than the other: the Council's "sub-committees", the Assembly's "subcommittees".
/// </summary>
public sealed class OrganCompoundsTests
{
    private const string Line = "including the creation of additional ad hoc subcommittees, as recommended in the assessment report";

    [Fact]
    public void A_Council_text_writes_the_compound_the_Councils_way()
    {
        // S/RES/2591 (2021), paragraph 23.
        var text = "The Security Council,\n" + Line;
        Assert.Contains("ad hoc sub-committees,", new LostHyphens(text).AtJoin(Line, Line.IndexOf("committees", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_Assembly_text_keeps_the_Assemblys_way()
    {
        var text = "The General Assembly,\n" + Line;
        Assert.Equal(Line, new LostHyphens(text).AtJoin(Line, Line.IndexOf("committees", StringComparison.Ordinal)));
    }

    [Fact]
    public void Where_the_organ_writes_a_word_both_ways_the_UNs_usage_decides()
    {
        // The Council: "counter-terrorism" 45 times, "counterterrorism" 48; the UN hyphenates it.
        var council = CompoundVocabulary.Default.Of(Organ.SecurityCouncil);
        Assert.Equal("counter-terrorism", council.Hyphenated("counterterrorism"));
        Assert.Equal("sub-committees", council.Hyphenated("subcommittees"));
        Assert.Null(CompoundVocabulary.Default.Of(Organ.GeneralAssembly).Hyphenated("subcommittees"));
        Assert.True(council.WrittenWhole("peacekeeping"));
    }

    [Fact]
    public void An_organ_the_table_does_not_count_follows_the_UN()
    {
        var rights = CompoundVocabulary.Default.Of(Organ.HumanRightsCouncil);
        Assert.Same(CompoundVocabulary.Default, rights);
    }

    [Theory]
    [InlineData("The Security Council,\nRecalling its previous resolutions", "Security Council")]
    [InlineData("S/RES/2600 (2021)\nAdopted by the Security Council at its 8889th meeting", "Security Council")]
    [InlineData("The General Assembly,\nRecalling its resolution 75/1,\n S/RES/2334 (2016).", "General Assembly")]
    [InlineData("S/RES/2600 (2021)\nLe Conseil de sécurité,\nRappelant ses résolutions", "Security Council")]
    [InlineData("A/RES/75/1\nThe Security Council,\nThe General Assembly,", "Security Council")]
    public void The_organ_is_read_from_the_formula_or_the_masthead(string text, string organ)
    {
        Assert.Equal(organ, WritingOrgan.Of(text)?.Name);
    }

    [Fact]
    public void A_text_without_formula_or_masthead_has_no_organ()
    {
        Assert.Null(WritingOrgan.Of("Recalling the Security Council, its resolutions"));
    }
}
