using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK5020 on the Security Council's numbers beyond the years the catalog holds whole: the one rising series of its
/// numbers, and no citation of a resolution adopted after the citing text (issue 16).
/// </summary>
public sealed class CouncilNumberYearTests
{
    private static string Council(string preamble, string adopted = "2023-10-19") =>
        "---\nkind: resolution\nstatus: adopted\norgan: Security Council\nsymbol: S/RES/2700 (2023)\nnumber: 2700 (2023)\nadopted: " + adopted
        + "\nmeeting: 9444th meeting\n---\n\n*The Security Council*,\n\n" + preamble + "\n\n*Decides* to remain seized of the matter.\n";

    [Theory]
    [InlineData("*Recalling* its resolution 1300 (1999),", "1300 (1999)", "one rising series, and its resolution 1300 is of 2000")]
    [InlineData("*Recalling* its resolution 242 (1997),", "242 (1997)", "its resolution 242 is of 1967")]
    [InlineData("*Recalling* its resolution 1244 (1967),", "1244 (1967)", "one rising series")]
    [InlineData("*Recalling* its resolution 2790 (2025),", "2790 (2025)", "the text is of 19 October 2023, and a text cites no resolution adopted after it")]
    // S/RES/2546 (2020) and S/RES/2624 (2022) as the UN's files print them: a year mistyped as a later one.
    [InlineData("*Recalling* its resolution 2312 (2106),", "2312 (2106)", "a text cites no resolution adopted after it")]
    [InlineData("*Recalling* its resolution 2140 (2140),", "2140 (2140)", "a text cites no resolution adopted after it")]
    public void A_year_the_series_or_the_texts_date_rules_out_is_one_error_on_the_number(string preamble, string number, string reason)
    {
        var text = Council(preamble);
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id.StartsWith("DK50", StringComparison.Ordinal));
        Assert.Equal(RuleIds.CitationNumberBeyond, finding.Id);
        Assert.Equal(number, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*Recalling* its resolutions 242 (1967) and 338 (1973),")]
    [InlineData("*Recalling* its resolution 1244 (1999),")]
    [InlineData("*Recalling* its resolution 1325 (2000),")]
    [InlineData("*Recalling* its resolution 1100 (1997),")]
    [InlineData("*Recalling* its resolution 2700 (2023),")]
    public void Numbers_whose_year_the_series_allows_are_not_reported(string preamble) =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Council(preamble)), f => f.Id == RuleIds.CitationNumberBeyond);

    [Fact]
    public void A_number_beyond_the_last_known_one_is_left_alone() =>
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Council("*Recalling* its resolution 2900 (2027),", adopted: "2027-05-01")), f => f.Id == RuleIds.CitationNumberBeyond);
}
