using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK7023 tries its two patterns only at the words a bounded distance before each "session" instead of scanning the
/// whole text. It must find exactly what the patterns find over the whole text: the same matches at the same offsets,
/// on real text, and on sessions written at a text's start and end, ordinals of several words and hyphens, reports
/// requested across long clauses, several sessions side by side and no-break spaces.
/// </summary>
public sealed class SessionMatchesTests
{
    private static string[][] Expected(string text) =>
        SessionConsistencyRule.PatternsForTests.Select(pattern => RegexMatches.AllOrNone(pattern, text).Select(Describe).ToArray()).ToArray();

    private static string[][] Found(string text)
    {
        var (years, reports) = SessionConsistencyRule.MatchesForTests(text);
        return new[] { years.Select(Describe).ToArray(), reports.Select(Describe).ToArray() };
    }

    private static string Describe(Match match) => match.Index + ":" + match.Value;

    [Fact]
    public void On_the_seeds_74_177_and_the_imported_templates_the_same_matches_are_found_as_by_the_whole_patterns()
    {
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Append(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"))
            .Concat(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md"));
        var matched = 0;
        foreach (var line in files.SelectMany(File.ReadAllLines).Where(SessionConsistencyRule.NamesASession))
        {
            var expected = Expected(line);
            Assert.Equal(expected, Found(line));
            matched += expected.Sum(m => m.Length);
        }

        Assert.True(matched > 100, "the corpus requests reports and dates sessions: " + matched);
    }

    [Theory]
    [InlineData("")]
    [InlineData("session")]
    [InlineData("the General Assembly at its seventy-ninth session, in 2025")]
    [InlineData("seventy-ninth session of the General Assembly, in 2025")]
    [InlineData("the one hundred and first session of the General Assembly, to be held in 2046, and the twenty-first session of the General Assembly in 1966")]
    [InlineData("xthe Assembly at its first session in 1946; the Assembly during its second session, held in 1947-1948")]
    [InlineData("the General\u00A0Assembly at its eightieth\u00A0session, in 2026 the Assembly in its eighty-first session in 2027")]
    [InlineData("at its seventy-fifth session the General Assembly at its seventy-sixth session, in 2021the Assembly at its tenth session in 1955")]
    [InlineData("Requests the Secretary-General to report to the General Assembly at its seventy-fifth session on the implementation of the present resolution")]
    [InlineData("Requests the Secretary-General to submit, in consultation with Member States and with the entities of the system concerned, including the regional commissions and the funds and programmes, a comprehensive report on every aspect of the matter to the General Assembly at its seventy-fifth session")]
    [InlineData("to report to the General Assembly at its seventy-fifth session and for submission to the Assembly at its seventy-sixth session, to present to the Assembly at its twenty-first session")]
    [InlineData("to report; the General Assembly at its seventy-fifth session")]
    [InlineData("sessionsession the Assembly at its first session session in 1946")]
    public void Written_sessions_give_the_whole_patterns_matches(string text) => Assert.Equal(Expected(text), Found(text));
}
