using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Leads read by their grammar: each positive case below is a lead of the seventy-seventh session that the
/// shipped vocabulary (sessions 75-76) does not hold whole, followed by the words of its paragraph; the grammar
/// must stop exactly where the UN's italics stop. The negative cases are the objects and slips it must not read.
/// </summary>
public sealed class LeadPhraseGrammarTests
{
    [Theory]
    [InlineData("Acknowledges with great appreciation the important contribution", "Acknowledges with great appreciation")]
    [InlineData("Reaffirms its unwavering commitment to developing quality", "Reaffirms its unwavering commitment")]
    [InlineData("Welcomes and expresses strong support for the efforts", "Welcomes and expresses strong support")]
    [InlineData("Expresses full solidarity and sympathy with the people", "Expresses full solidarity and sympathy")]
    [InlineData("Notes with profound concern the findings", "Notes with profound concern")]
    [InlineData("Also welcomes with appreciation the adoption", "Also welcomes with appreciation")]
    [InlineData("Condemns in the strongest terms all acts", "Condemns in the strongest terms")]
    [InlineData("Expresses its solidarity with and support to the Government", "Expresses its solidarity with and support")]
    [InlineData("Expresses solidarity with and compassion for", "Expresses solidarity with and compassion for")]
    [InlineData("Rejects and condemns without any reservation any denial", "Rejects and condemns without any reservation")]
    [InlineData("In that regard, notes the publishing activities", "In that regard, notes")]
    public void Operative_leads_end_where_their_grammar_ends(string text, string lead) =>
        Assert.Equal(lead, LeadGrammar.Default.LeadPhrase(text, operative: true));

    [Theory]
    [InlineData("Noting with profound alarm that emissions", "Noting with profound alarm")]
    [InlineData("Noting with utmost concern the scientific consensus", "Noting with utmost concern")]
    [InlineData("Reaffirming also its unwavering commitment to ensuring", "Reaffirming also its unwavering commitment")]
    [InlineData("Reiterating its unequivocal condemnation of terrorism", "Reiterating its unequivocal condemnation")]
    [InlineData("Recognizing with grave concern that small island", "Recognizing with grave concern")]
    [InlineData("Guided by and determined to uphold", "Guided by and determined")]
    [InlineData("Deeply concerned also that", "Deeply concerned also")]
    public void Preambular_leads_end_where_their_grammar_ends(string text, string lead) =>
        Assert.Equal(lead, LeadGrammar.Default.LeadPhrase(text, operative: false));

    [Theory]
    [InlineData("Requests the Secretary-General to submit", "Requests")]
    [InlineData("Urges all States to ratify", "Urges")]
    [InlineData("Calls upon Member States to consider", "Calls upon")]
    [InlineData("Decides to convene a high-level meeting", "Decides")]
    [InlineData("Invites and encourages them to participate", "Invites and encourages")]
    [InlineData("Notes with concern the findings of the report", "Notes with concern")]
    [InlineData("In that regard, the Secretary-General", null)]
    public void The_object_of_the_sentence_is_not_part_of_the_lead(string text, string? lead) =>
        Assert.Equal(lead, LeadGrammar.Default.LeadPhrase(text, operative: true));

    [Theory]
    [InlineData("Some states have not yet ratified")]
    [InlineData("Welcmes with appreciation the report")]
    [InlineData("the Secretary-General shall report")]
    [InlineData("Recalling its resolution 75/1")]
    public void A_text_without_an_operative_head_has_no_operative_lead(string text) =>
        Assert.Null(LeadGrammar.Default.LeadPhrase(text, operative: true));

    [Fact]
    public void A_participle_does_not_open_an_operative_lead_nor_a_verb_a_preambular_one()
    {
        Assert.Null(LeadGrammar.Default.LeadPhrase("Noting with profound alarm that", operative: true));
        Assert.Null(LeadGrammar.Default.LeadPhrase("Acknowledges with great appreciation", operative: false));
    }

    [Theory]
    [InlineData("Welcmes", "Welcomes", true)] // a letter left out
    [InlineData("Requsets", "Requests", true)] // two neighbours swapped
    [InlineData("Recallling", "Recalling", true)] // a letter doubled
    [InlineData("Endorsed", "Endorses", true)] // a letter replaced (another form: DK2001's, not this rule's)
    [InlineData("Welcomes", "Welcomes", false)]
    [InlineData("Deplores", "Explores", false)] // two letters apart
    [InlineData("Urges", "Urgently", false)]
    public void One_edit_away_is_one_letter_inserted_left_out_replaced_or_swapped(string written, string known, bool expected) =>
        Assert.Equal(expected, UnknownLead.IsOneEditAway(written, known));

    [Theory]
    [InlineData("Recognising", "Recognizing", true)]
    [InlineData("Authorises", "Authorizes", true)]
    [InlineData("Recallng", "Recalling", false)]
    [InlineData("Welcomes", "Welcomes", false)]
    public void The_ise_spelling_is_a_variant_not_a_misspelling(string written, string known, bool expected) =>
        Assert.Equal(expected, UnknownLead.IsSpellingVariant(written, known));
}
