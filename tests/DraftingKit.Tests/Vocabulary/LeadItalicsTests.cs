using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Vocabulary;

/// <summary>
/// Issue 15: where an organ ends a lead's italics is read from how often its texts set each lead whole among the
/// paragraphs that open with its words, not from the longest lead known.
/// </summary>
public sealed class LeadItalicsTests
{
    [Theory]
    [InlineData("Takes note of the report of the Secretary-General;", "Takes note")]
    [InlineData("Recalling also its resolution 75/1 of 21 September 2020,", "Recalling also")]
    [InlineData("Stresses the importance of the Convention;", "Stresses")]
    public void The_Assembly_ends_a_lead_where_its_texts_mostly_end_its_italics(string text, string italics) =>
        Assert.Equal(italics, LeadVocabulary.Default.OperativeItalicsAtStart(text) ?? LeadVocabulary.Default.PreambularItalicsAtStart(text));

    [Theory]
    [InlineData("Reaffirming its strong commitment to the sovereignty of Somalia,", "Reaffirming")]
    [InlineData("Expressing concern at the continued violations,", "Expressing")]
    [InlineData("Taking note of the letter of the President,", "Taking note")]
    [InlineData("Determining that the situation in Somalia continues to constitute a threat,", "Determining")]
    public void The_Council_ends_its_leads_sooner(string text, string italics) =>
        Assert.Equal(italics, LeadVocabulary.Council.PreambularItalicsAtStart(text));

    [Fact]
    public void A_longer_lead_set_whole_in_half_the_paragraphs_that_open_with_it_is_taken()
    {
        var leads = Vocabulary(("Expressing", 10, 30), ("Expressing concern", 10, 20));

        Assert.Equal("Expressing concern", leads.PreambularItalicsAtStart("Expressing concern at the violations,"));
        Assert.Equal("Expressing", leads.PreambularItalicsAtStart("Expressing alarm at the violations,"));
    }

    [Fact]
    public void A_longer_lead_set_whole_in_fewer_gives_way_to_a_shorter_one()
    {
        var leads = Vocabulary(("Expressing", 20, 30), ("Expressing concern", 9, 20));

        Assert.Equal("Expressing", leads.PreambularItalicsAtStart("Expressing concern at the violations,"));
    }

    [Fact]
    public void Where_no_lead_is_mostly_set_whole_the_one_set_most_is_taken()
    {
        var leads = Vocabulary(("Calls", 5, 30), ("Calls upon", 8, 20));

        Assert.Equal("Calls upon", leads.PreambularItalicsAtStart("Calls upon all parties,"));
    }

    [Fact]
    public void A_lead_ends_at_a_word_and_an_unknown_opening_has_none()
    {
        var leads = Vocabulary(("Expressing", 20, 30));

        Assert.Null(leads.PreambularItalicsAtStart("Expressingly,"));
        Assert.Null(leads.PreambularItalicsAtStart("Deploring the attacks,"));
    }

    [Fact]
    public void A_vocabulary_of_counts_alone_ends_a_lead_at_the_longest_known()
    {
        var leads = new LeadVocabulary(new Dictionary<string, int> { ["Expressing"] = 20, ["Expressing concern"] = 1 }, new Dictionary<string, int>());

        Assert.Equal("Expressing concern", leads.PreambularItalicsAtStart("Expressing concern at the violations,"));
    }

    private static LeadVocabulary Vocabulary(params (string Lead, int Count, int Opens)[] leads) => new(
        leads.ToDictionary(lead => lead.Lead, lead => lead.Count),
        new Dictionary<string, int>(),
        leads.ToDictionary(lead => lead.Lead, lead => lead.Opens),
        new Dictionary<string, int>());
}
