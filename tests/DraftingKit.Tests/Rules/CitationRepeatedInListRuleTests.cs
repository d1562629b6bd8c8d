using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK5021: one text cited twice in one list of citations (issue 17).</summary>
public sealed class CitationRepeatedInListRuleTests
{
    private static string Template(string preamble) =>
        "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 79\ntitle: Test\n---\n\nThe General Assembly,\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    [Theory]
    [InlineData("*Recalling* its resolutions 73/186 of 17 December 2018, 74/177 of 18 December 2019 and 73/186 of 17 December 2018,", 1)]
    [InlineData("*Recalling* its resolutions 73/186, 74/177, 73/186 and 75/1,", 1)]
    [InlineData("*Recalling* its resolutions 61/245 and 61/245 of 22 December 2006,", 1)]
    [InlineData("*Recalling* its resolutions 57/270 B of 23 June 2003 and 57/270 B,", 1)]
    [InlineData("*Recalling* Security Council resolutions 2334 (2016), 2250 (2015) and 2334 (2016),", 1)]
    [InlineData("*Recalling* its decisions 74/547 of 16 September 2020, 74/548 and 74/547,", 1)]
    public void Number_repeated_in_one_list_is_reported_on_the_repeat(string preamble, int expected)
    {
        var text = Template(preamble);
        var findings = DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CitationRepeatedInList).ToList();
        Assert.Equal(expected, findings.Count);
        var finding = findings[0];
        var first = text.IndexOf(text.Substring(finding.Span.Start, finding.Span.Length), StringComparison.Ordinal);
        Assert.True(first < finding.Span.Start, "the finding is on the second mention");
    }

    [Theory]
    [InlineData("*Recalling* its resolutions 57/270 A and B of 20 December 2002 and 23 June 2003,")]
    [InlineData("*Recalling* its resolutions 61/245 and 61/246 of 22 December 2006,")]
    [InlineData("*Recalling* its resolution 70/1 of 25 September 2015, and reaffirming its resolution 70/1,")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018 and Human Rights Council resolution 73/186,")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018 and its decision 73/186,")]
    public void Texts_named_once_per_list_are_not_reported(string preamble) =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template(preamble)), f => f.Id == RuleIds.CitationRepeatedInList);

    [Theory]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018,\n\n*Recalling* its resolution 73/186 of 17 December 2018,", 0)]
    [InlineData("*Recalling* its resolution 73/186,[^1] and resolution 74/177,[^2]\n\n[^1]: See resolution 73/186.\n\n[^2]: See resolution 73/186.", 0)]
    [InlineData("*Recalling* its resolutions 73/186 and 73/186,\n\n*Recalling* its resolutions 73/186 and 73/186,", 2)]
    public void Paragraphs_or_footnotes_that_read_alike_are_lists_of_their_own(string preamble, int expected) =>
        Assert.Equal(expected, DraftingLinter.Lint("t.res.md", Template(preamble)).Count(f => f.Id == RuleIds.CitationRepeatedInList));

    [Fact]
    public void Fix_removes_a_repeat_inside_the_list_with_its_comma()
    {
        var text = Template("*Recalling* its resolutions 73/186, 74/177, 73/186 and 75/1,");
        var fixedText = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CitationRepeatedInList), out var applied);
        Assert.Equal(1, applied);
        Assert.Contains("its resolutions 73/186, 74/177 and 75/1,", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", fixedText), f => f.Id == RuleIds.CitationRepeatedInList);
    }

    [Theory]
    [InlineData("*Recalling* its resolutions 73/186, 74/177 and 73/186,")]
    [InlineData("*Recalling* its resolutions 73/186 of 17 December 2018, 74/177 of 18 December 2019, 73/186 of 17 December 2018 and 75/1,")]
    public void No_fix_where_the_list_would_not_read_right_without_the_repeat(string preamble)
    {
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", Template(preamble)), f => f.Id == RuleIds.CitationRepeatedInList);
        Assert.False(finding.HasFix);
    }
}
