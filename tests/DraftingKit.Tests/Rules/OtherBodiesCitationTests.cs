using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// A Human Rights Council or commission resolution named in an Assembly text is not taken for an Assembly one: issue 17
/// found "its resolution 54/18" after naming the Council drawing DK5003 as if it were the Assembly's 54/18 of 1999.
/// </summary>
public sealed class OtherBodiesCitationTests
{
    private static string Template(string preamble) =>
        "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 79\ntitle: Human rights\n---\n\nThe General Assembly,\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    [Theory]
    [InlineData("*Welcoming* the work of the Human Rights Council and recalling its resolution 54/18 of 12 October 2023,")]
    [InlineData("*Recalling* Human Rights Council resolutions 54/18 of 12 October 2023 and 55/3 of 3 April 2024,")]
    [InlineData("*Taking note* of the report of the Human Rights Council, in particular its resolution 54/18 of 12 October 2023,")]
    [InlineData("*Noting* that the Commission on the Status of Women, in its resolution 60/2 of 24 March 2016, called for action,")]
    public void Another_bodys_resolution_is_not_judged_as_the_Assemblys_issue_17(string preamble) =>
        Assert.Empty(DraftingLinter.Lint("t.res.md", Template(preamble)).Where(f => f.Id.StartsWith("DK50", StringComparison.Ordinal) && f.Severity != DraftingKit.Diagnostics.DraftingSeverity.Hidden).Select(f => f.ToString()));

    [Fact]
    public void The_Assemblys_own_resolution_of_that_number_is_still_judged() =>
        Assert.Contains(DraftingLinter.Lint("t.res.md", Template("*Recalling* its resolution 54/18 of 12 October 2023,")), f => f.Id == RuleIds.CitationImpossibleDate);
}
