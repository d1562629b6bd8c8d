using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Tests.Support;
using DraftingKit.Text;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Vocabulary;

/// <summary>
/// DK7021 tries its pattern only at the words that are the first word of a form (looked up where they stand) instead
/// of from every word. It must find exactly what the pattern finds over the whole text: the same matches at the same
/// offsets, on real text and on forms written at the start and end of a text, inside longer words, side by side,
/// with either apostrophe, with no-break spaces and next to letters, marks and joiners outside ASCII.
/// </summary>
public sealed class WordUsageMatchesTests
{
    private static string[] Expected(string text) =>
        WordUsage.Default.Pattern.Matches(PrintedText.Normalize(text)).Cast<Match>().Select(Describe).ToArray();

    private static string[] Found(string text) => WordUsage.Default.Matches(text).Select(Describe).ToArray();

    private static string Describe(Match match) => match.Index + ":" + match.Value;

    [Fact]
    public void On_the_seed_templates_the_same_matches_are_found_as_by_the_whole_pattern()
    {
        var lines = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Concat(File.ReadAllLines(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md")))
            .Concat(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md").SelectMany(File.ReadAllLines));

        foreach (var line in lines)
        {
            Assert.Equal(Expected(line), Found(line));
        }
    }

    [Fact]
    public void Every_form_is_found_where_it_stands_and_not_inside_a_longer_word()
    {
        var found = 0;
        foreach (var entry in WordUsage.Default.Entries)
        {
            var wrong = entry.Wrong;
            foreach (var text in new[]
            {
                wrong, wrong + ".", "The " + wrong + " of", wrong.Replace('\'', '’') + " and " + wrong, wrong + wrong,
                "x" + wrong, wrong + "s", "-" + wrong, wrong + "-", wrong.Replace(' ', '\u00A0'), wrong + " " + wrong + "," + wrong,
                "é" + wrong, wrong + "é", "_" + wrong, wrong + "_", "7" + wrong, wrong + "7", "\u0301" + wrong, wrong + "\u0301",
                "\u200D" + wrong, wrong + "\u200D", "ʼ" + wrong, "(" + wrong + ")", "«" + wrong + "»", wrong.ToUpperInvariant(),
                wrong.Replace(' ', '\n'), wrong.Replace(' ', '\u2011'), "\u2011" + wrong, "‑" + wrong + "'s",
            })
            {
                var expected = Expected(text);
                Assert.Equal(expected, Found(text));
                found += expected.Length;
            }
        }

        Assert.True(found >= 3 * WordUsage.Default.Entries.Count, "every form is matched where it stands alone: " + found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("programme")]
    [InlineData("the programmes and program of work")]
    [InlineData("centre, center and centers")]
    [InlineData("U.N. UN U.N U.N.Secretariat the U.N.'s")]
    [InlineData("high level high level meetings high-level meeting high level plenary meeting, high level")]
    [InlineData("Cote d'Ivoire and Cote d’Ivoire, Cote dIvoire")]
    [InlineData("this present resolution this present resolutions")]
    public void Texts_without_a_form_or_with_forms_among_longer_words_give_the_pattern_s_matches(string text) =>
        Assert.Equal(Expected(text), Found(text));
}
