using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK6001 finds the tokens of running text that may be symbols from their slashes instead of trying a pattern from
/// every letter. It must find exactly the tokens the pattern finds: on real text (the seed templates, 74/177 and the
/// UN plain-text documents, full of symbols) and on edges the pattern reads by its letter (a token at the start or
/// end of a text, 23 and 24 characters before the slash, after a figure, a full stop or a hyphen, with backslashes,
/// brackets and no-break spaces).
/// </summary>
public sealed class SymbolTokensTests
{
    // The grammar of a token as a pattern: the reference the finder is held to.
    private static readonly Regex Pattern = new(@"(?<![\p{L}\p{N}/\\.\-])[A-Za-z][^\s/\\\[\]<>]{0,23}(?:[/\\][^\s/\\\[\]<>]*)+", RegexOptions.CultureInvariant);

    private static string[] Expected(string text) => Pattern.Matches(text).Cast<Match>().Select(m => m.Index + ":" + m.Value).ToArray();

    private static string[] Found(string text) => SymbolTokens.In(text).Select(t => t.Start + ":" + text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void On_real_text_the_same_tokens_are_found_as_by_the_pattern()
    {
        var lines = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Concat(new[] { RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md") })
            .Concat(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"))
            .SelectMany(File.ReadAllLines)
            .Select(PrintedText.Normalize);

        var tokens = 0;
        foreach (var line in lines)
        {
            var expected = Expected(line);
            Assert.Equal(expected, Found(line));
            tokens += expected.Length;
        }

        Assert.True(tokens > 250, "real text holds many tokens with a slash: " + tokens);
    }

    [Theory]
    [InlineData("A/74/177")]
    [InlineData("(A/74/177), and S/RES/2334 (2016)")]
    [InlineData("see A//70/25.")]
    [InlineData("A\\75\\112 and E/CN.15/2017/11-E/CN.7/2017/3")]
    [InlineData("9A/74/1 .A/74/1 -A/74/1 /A/74/1 éA/74/1 ٣A/74/1")]
    [InlineData("Abcdefghijklmnopqrstuvw/1 Abcdefghijklmnopqrstuvwx/1 Abcdefghijklmnopqrstuvwxy/1")]
    [InlineData("x Abcdefghijklmnopqrstuvwxy/1/2")]
    [InlineData("[A/74/1](#a) <A/74/1> A/74[1]/2 A]b/3")]
    [InlineData("A/74/1\u00A0B/75/2\tC/76/3\nD/77/4")]
    [InlineData("HIV/AIDS, and/or 73/186 ///a/b\\\\c/")]
    [InlineData("a/ /b A/ B/")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("Z/")]
    public void Edge_forms_give_the_same_tokens_as_the_pattern(string text) => Assert.Equal(Expected(text), Found(text));
}
