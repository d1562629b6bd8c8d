using DraftingKit.Model;

namespace DraftingKit.Tests.Model;

/// <summary>A text in French names its session in French words, in the traditional spelling the UN keeps.</summary>
public sealed class FrenchNumeralsTests
{
    [Theory]
    [InlineData(1, "première")]
    [InlineData(2, "deuxième")]
    [InlineData(5, "cinquième")]
    [InlineData(9, "neuvième")]
    [InlineData(10, "dixième")]
    [InlineData(11, "onzième")]
    [InlineData(17, "dix-septième")]
    [InlineData(21, "vingt et unième")]
    [InlineData(32, "trente-deuxième")]
    [InlineData(64, "soixante-quatrième")]
    [InlineData(71, "soixante et onzième")]
    [InlineData(75, "soixante-quinzième")]
    [InlineData(77, "soixante-dix-septième")]
    [InlineData(80, "quatre-vingtième")]
    [InlineData(81, "quatre-vingt-unième")]
    [InlineData(89, "quatre-vingt-neuvième")]
    [InlineData(91, "quatre-vingt-onzième")]
    [InlineData(99, "quatre-vingt-dix-neuvième")]
    public void A_session_number_is_written_as_the_UN_writes_it_in_French(int number, string expected) =>
        Assert.Equal(expected, FrenchNumerals.ToOrdinalWords(number));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Numbers_beyond_the_words_are_refused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchNumerals.ToWords(number));
}
