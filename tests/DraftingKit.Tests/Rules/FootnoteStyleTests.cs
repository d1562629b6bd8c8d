using System.Text.RegularExpressions;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>Resolution 74/177 (2019) repeats footnote markers, as texts did before 2020 (drafting-rules.md section 5).</summary>
public sealed class FootnoteStyleTests
{
    private static string Seed003 => File.ReadAllText(Path.Combine(RuleFixtureTests.FixtureFolder, "seed-003-74-177.res.md"));

    [Fact]
    public void A_2019_text_may_repeat_markers_under_the_default_auto_style()
    {
        Assert.DoesNotContain(DraftingLinter.Lint("74-177.res.md", Seed003), f => f.Id == RuleIds.FootnoteRepeatedMarker);
    }

    [Fact]
    public void Current_style_reports_every_repeated_marker_of_74_177()
    {
        var references = Regex.Matches(Seed003, @"\[\^[0-9]+\](?!:)").Select(m => m.Value).ToList();
        var repeats = references.Count - references.Distinct().Count();
        var options = new RuleOptions(new Dictionary<string, string> { [RuleOptions.FootnoteStyle] = "current" });

        var findings = DraftingLinter.Lint("74-177.res.md", Seed003, options).Where(f => f.Id == RuleIds.FootnoteRepeatedMarker).ToList();

        Assert.True(repeats > 5, "74/177 repeats markers; the fixture has " + repeats);
        Assert.Equal(repeats, findings.Count);
    }

    [Fact]
    public void Auto_style_reports_a_repeated_marker_in_a_text_adopted_from_2020()
    {
        var text = Seed003.Replace("adopted: 2019-12-18", "adopted: 2020-12-16", System.StringComparison.Ordinal).Replace("issued: 2020-01-27", "issued: 2021-01-08", System.StringComparison.Ordinal);
        Assert.Contains(DraftingLinter.Lint("74-177.res.md", text), f => f.Id == RuleIds.FootnoteRepeatedMarker);
    }
}
