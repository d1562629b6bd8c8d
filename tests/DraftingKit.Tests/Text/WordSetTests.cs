using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Text;

namespace DraftingKit.Tests.Text;

/// <summary>
/// A set of words looked up where they stand: a word is found only whole, by its letters as written, and a word
/// letter is always a word character of a regular expression, so a pattern's word boundary never falls inside a run
/// the set reads as one word.
/// </summary>
public sealed class WordSetTests
{
    private static readonly WordSet Words = new(new[] { "high", "U", "program", "Under", "hig" });

    [Theory]
    [InlineData("a high level", 2, 4, true)]
    [InlineData("a high level", 2, 3, true)]
    [InlineData("a High level", 2, 4, false)]
    [InlineData("U.N.", 0, 1, true)]
    [InlineData("programme", 0, 9, false)]
    [InlineData("programme", 0, 7, true)]
    [InlineData("Undersecretary", 0, 14, false)]
    [InlineData("xprogram", 1, 7, true)]
    [InlineData("", 0, 0, false)]
    public void A_word_is_found_by_its_letters_as_written(string text, int start, int length, bool found) =>
        Assert.Equal(found, Words.Contains(text, start, length));

    [Theory]
    [InlineData("high level", 0, 4)]
    [InlineData("U.N.", 0, 1)]
    [InlineData("Côte d'Ivoire", 0, 4)]
    [InlineData("peace-keeping", 0, 5)]
    [InlineData("snake_case2 x", 0, 11)]
    [InlineData(" high", 0, 0)]
    [InlineData("high", 4, 0)]
    public void A_word_runs_over_letters_digits_and_underscores(string text, int start, int length) =>
        Assert.Equal(length, WordSet.WordLength(text, start));

    [Fact]
    public void Every_word_letter_is_a_word_character_of_a_pattern()
    {
        var word = new Regex(@"^\w$", RegexOptions.CultureInvariant);
        var letters = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(WordSet.IsWordLetter).ToArray();
        Assert.All(letters, c => Assert.Matches(word, c.ToString()));
        Assert.True(letters.Length > 40_000, "letters of every script are word letters: " + letters.Length);
    }
}
