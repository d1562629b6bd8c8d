using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Vocabulary;

public sealed class LeadVocabularyTests
{
    [Theory]
    [InlineData("Reaffirming also its resolutions relating to", "Reaffirming also")]
    [InlineData("Expressing its grave concern about the negative effects", "Expressing its grave concern")]
    [InlineData("Taking note of Commission on Crime Prevention", "Taking note")]
    public void Longest_known_preambular_lead_is_found_at_the_start(string text, string lead) =>
        Assert.Equal(lead, LeadVocabulary.Default.PreambularLeadAtStart(text));

    [Theory]
    [InlineData("Notes with appreciation the fifth meeting of the open-ended", "Notes with appreciation")]
    [InlineData("Also calls upon Member States to take appropriate", "Also calls upon")]
    [InlineData("Reiterates its invitation to Member States", "Reiterates its invitation")]
    public void Longest_known_operative_lead_is_found_at_the_start(string text, string lead) =>
        Assert.Equal(lead, LeadVocabulary.Default.OperativeLeadAtStart(text));

    [Fact]
    public void A_lead_must_end_at_a_word_boundary() =>
        Assert.Null(LeadVocabulary.Default.OperativeLeadAtStart("Requestsomething"));

    [Fact]
    public void Counts_come_from_the_corpus_so_the_commonest_operative_lead_is_frequent() =>
        Assert.True(LeadVocabulary.Default.Operative["Requests"] > 1000);
}
