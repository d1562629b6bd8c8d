using DraftingKit.Rules;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7021: words the UN writes otherwise, from the word-usage data file (issue 17).</summary>
public sealed class WordUsageRuleTests
{
    private static string Template(string operative, string organ = "General Assembly") =>
        "---\nkind: resolution\nstatus: draft\norgan: " + organ + "\nsession: 79\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n*Requests* " + operative + "\n";

    [Theory]
    [InlineData("a report on the equipments provided.", "equipments", "equipment")]
    [InlineData("a report to the high level meeting.", "high level meeting", "high-level meeting")]
    [InlineData("a report on peace keeping operations.", "peace keeping", "peacekeeping")]
    [InlineData("the Under Secretary-General to report.", "Under Secretary-General", "Under-Secretary-General")]
    [InlineData("a report on the programme of the organisation.", "organisation", "organization")]
    [InlineData("the Government of Vietnam to report.", "Vietnam", "Viet Nam")]
    [InlineData("the Government of Cote d’Ivoire to report.", "Cote d’Ivoire", "Côte d’Ivoire")]
    [InlineData("the U.N. to report.", "U.N.", "United Nations")]
    public void Wrong_form_is_reported_and_fixed_to_the_UN_form(string operative, string wrong, string right)
    {
        var text = Template(operative);
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.WordUsage);
        Assert.Equal(wrong, text.Substring(finding.Span.Start, finding.Span.Length));
        var fixedText = DraftingLinter.ApplyFixes(text, new[] { finding }, out _);
        Assert.Contains(right, fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", fixedText), f => f.Id == RuleIds.WordUsage);
    }

    [Theory]
    [InlineData("the Secretary General of the League of Arab States to report.")]
    [InlineData("the World Organisation for Animal Health to report.")]
    [InlineData("a report on high-level meetings and on peacekeeping equipment.")]
    [InlineData("a report on peace and on keeping the programme.")]
    [InlineData("a report on the multi-programmes review.")]
    public void Forms_the_UN_uses_are_not_reported(string operative) =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template(operative)), f => f.Id == RuleIds.WordUsage);

    [Fact]
    public void Security_Council_texts_keep_their_spelling() =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template("the Secretary-General, Recognising the need to prioritise, to report.", "Security Council")), f => f.Id == RuleIds.WordUsage);

    [Fact]
    public void Every_pair_names_its_class_and_source_and_the_UN_form_is_not_itself_a_wrong_form()
    {
        var entries = WordUsage.Default.Entries;
        Assert.True(entries.Count >= 50, "expected the word-usage table, got " + entries.Count + " pairs");
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Class) || string.IsNullOrWhiteSpace(e.Source), e.Wrong));
        Assert.All(entries, e => Assert.DoesNotContain(entries, other => other.Wrong == e.Right));
    }
}
