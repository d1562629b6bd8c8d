using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK5020: a cited number no text of the organ can have, whatever the catalog's coverage (issue 17).</summary>
public sealed class CitationNumberBeyondRuleTests
{
    private static string Template(string preamble, string session = "session: 79\n") =>
        "---\nkind: resolution\nstatus: draft\norgan: General Assembly\n" + session + "title: Test\n---\n\nThe General Assembly,\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    [Theory]
    [InlineData("*Recalling* its resolution 72/901 of 20 December 2017,", "72/901", "no session of the General Assembly has adopted more than 346 resolutions")]
    [InlineData("*Recalling* its resolution 75/901 of 20 December 2020,", "75/901", "no session of the General Assembly has adopted more than 346 resolutions")]
    [InlineData("*Recalling* its resolution 81/5 of 20 December 2026,", "81/5", "the text is of the seventy-ninth session, and the eighty-first has not yet met")]
    [InlineData("*Recalling* Security Council resolution 2900 (2016),", "2900 (2016)", "the Security Council's resolutions of 2016 are numbered 2260 to 2336")]
    [InlineData("*Recalling* Security Council resolution 2100 (2016),", "2100 (2016)", "numbered 2260 to 2336")]
    public void Impossible_number_is_one_error_on_the_number(string preamble, string number, string reason)
    {
        var text = Template(preamble);
        var findings = DraftingLinter.Lint("t.res.md", text).Where(f => f.Id.StartsWith("DK50", StringComparison.Ordinal)).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.CitationNumberBeyond, finding.Id);
        Assert.Equal(number, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*Recalling* its resolution 73/346 of 16 September 2019,")]
    [InlineData("*Recalling* its resolution 72/399 of 20 September 2018,")]
    [InlineData("*Recalling* its resolution 2106 A (XX) of 21 December 1965,")]
    [InlineData("*Recalling* Security Council resolution 2334 (2016),")]
    [InlineData("*Recalling* Security Council resolution 2900 (2026),")]
    [InlineData("*Recalling* Human Rights Council resolution 54/18 of 12 October 2023,")]
    public void Possible_numbers_are_not_reported(string preamble) =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template(preamble)), f => f.Id == RuleIds.CitationNumberBeyond);

    [Fact]
    public void A_later_session_is_judged_only_when_the_document_has_a_session_or_a_date() =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template("*Recalling* its resolution 81/5 of 20 December 2026,", string.Empty)), f => f.Id == RuleIds.CitationNumberBeyond);
}
