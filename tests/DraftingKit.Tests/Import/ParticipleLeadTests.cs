using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a preambular lead the Assembly's list does not hold (the Security Council's "Determining that", its
/// "-ise" spelling, a later session's participle) opens its paragraph by its grammar; a name that ends like a
/// participle, or a sentence going on, does not.
/// </summary>
public sealed class ParticipleLeadTests
{
    [Theory]
    [InlineData("Determining that the situation in Libya continues to constitute a threat")]
    [InlineData("Acting under its mandate,")]
    [InlineData("Recognising the efforts of the Government")]
    [InlineData("Further expressing its deep concern about the security situation")]
    [InlineData("Calling on all parties to intensify diplomatic dialogue")]
    [InlineData("Deeply regretting the loss of life,")]
    [InlineData("Being further deeply concerned by the number of victims")]
    [InlineData("Being aware of the importance of the Treaty")]
    public void A_participle_before_a_word_in_lower_case_opens_a_paragraph(string line) =>
        Assert.True(ParticipleLead.Opens(line));

    [Theory]
    [InlineData("Beijing Declaration and Platform for Action,")]
    [InlineData("Flemming, the Special Rapporteur,")]
    [InlineData("determining that the situation")]
    [InlineData("Sing the")]
    [InlineData("Bearing")]
    [InlineData("Being Human, the exhibition")]
    [InlineData("being concerned")]
    [InlineData("Recalling")]
    [InlineData("Strongly")]
    [InlineData("Also Beijing Declaration")]
    [InlineData("Taking into Particular Account the Needs of Developing Countries")]
    [InlineData("Acting under Chapter VII of the Charter of the United Nations,")]
    [InlineData("")]
    public void A_name_a_lower_case_word_or_a_lone_word_does_not(string line) =>
        Assert.False(ParticipleLead.Opens(line));
}
