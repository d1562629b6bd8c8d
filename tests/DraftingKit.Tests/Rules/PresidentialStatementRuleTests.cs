using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK5040: presidential statements cited by their symbol, S/PRST/yyyy/n, with a date of the same year (issue 16).</summary>
public sealed class PresidentialStatementRuleTests
{
    private static string Template(string preamble, string adopted = "adopted: 2023-10-19\nmeeting: 9444th meeting\n") =>
        "---\nkind: resolution\nstatus: adopted\norgan: Security Council\nsymbol: S/RES/2700 (2023)\nnumber: 2700 (2023)\n" + adopted
        + "---\n\n*The Security Council*,\n\n" + preamble + "\n\n*Decides* to remain seized of the matter.\n";

    private static List<(string Text, string Message)> Findings(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.PresidentialStatement)
            .Select(f => (text.Substring(f.Span.Start, f.Span.Length), f.Message)).ToList();

    [Theory]
    [InlineData("*Recalling* its presidential statement of 2 March 2022 (S/PRST/2023/1),", "S/PRST/2023/1", "the date printed with it is 2 March 2022")]
    [InlineData("*Recalling* the statements of its President (S/PRST/2010/16) of 25 August 2011,", "S/PRST/2010/16", "the date printed with it is 25 August 2011")]
    [InlineData("*Recalling* its presidential statement S/PRST/2021/5 of 10 March 2020,", "S/PRST/2021/5", "the date printed with it is 10 March 2020")]
    [InlineData("*Recalling* its statements of 16 April 2013, ([S/PRST/2012/13](#)),", "S/PRST/2012/13", "the date printed with it is 16 April 2013")]
    [InlineData("*Recalling* its presidential statement S/PRST/23/4,", "S/PRST/23/4", "is not the symbol of a presidential statement")]
    [InlineData("*Recalling* its presidential statement S/PRST/2023/04,", "S/PRST/2023/04", "is not the symbol of a presidential statement")]
    [InlineData("*Recalling* its presidential statement S/PRST/2023,", "S/PRST/2023", "is not the symbol of a presidential statement")]
    [InlineData("*Recalling* its presidential statement ([S/PRST/ 2014/23](#)),", "S/PRST/ 2014/23", "is not the symbol of a presidential statement")]
    [InlineData("*Recalling* its presidential statement S/PRST/1990/1,", "S/PRST/1990/1", "numbered S/PRST from 1994")]
    [InlineData("*Recalling* its presidential statement S/PRST/2025/1,", "S/PRST/2025/1", "later than this text of 19 October 2023")]
    public void A_malformed_symbol_or_a_date_of_another_year_is_one_finding_on_the_symbol(string preamble, string symbol, string reason)
    {
        var finding = Assert.Single(Findings(Template(preamble)));
        Assert.Equal(symbol, finding.Text);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // S/RES/2608 (2021): dates after the parenthesised symbols.
    [InlineData("*Recalling* the Statements of its President ([S/PRST/2010/16](#)) of 25 August 2010 and ([S/PRST/2012/24](#)) of 19 November 2012,")]
    // S/RES/2734 (2024): dates before each parenthesised symbol.
    [InlineData("*Recalling* its statements of 15 January 2013 ([S/PRST/2013/1](#)), 28 July 2014 ([S/PRST/2014/14](#)), 29 May 2015 ([S/PRST/2015/11](#)),")]
    [InlineData("*Recalling* its Presidential Statement of 16 March 2023 ([S/PRST/2023/2](#)),")]
    [InlineData("*Recalling* Presidential Statements [S/PRST/2021/5](#) of 10 March 2021 and [S/PRST/2017/22](#),")]
    [InlineData("*Recalling* the principles of peacekeeping, as set forth in Presidential Statement [S/PRST/2015/22](#),")]
    [InlineData("*Recalling* its presidential statement S/PRST/2023/1/Corr.1,")]
    public void Well_formed_statements_with_dates_of_their_year_are_not_reported(string preamble) =>
        Assert.Empty(Findings(Template(preamble)));

    [Theory]
    // A list of symbols in one parenthesis after a list of dates: the dates beside a symbol are not its own.
    [InlineData("*Recalling* its statements of 3 August 2011 and 21 March 2012 (S/PRST/2011/16 and S/PRST/2012/6),")]
    [InlineData("*Recalling* its statements (S/PRST/2010/16 and S/PRST/2012/24) of 25 August 2010 and 19 November 2012,")]
    [InlineData("*Recalling* its statements S/PRST/2010/16 and S/PRST/2012/24 of 25 August 2010 and 19 November 2012,")]
    public void A_date_that_belongs_to_a_list_is_not_compared(string preamble) =>
        Assert.Empty(Findings(Template(preamble)));

    [Fact]
    public void Without_a_date_of_its_own_the_text_is_not_judged_for_later_statements() =>
        Assert.Empty(Findings(Template("*Recalling* its presidential statement S/PRST/2025/1,", adopted: string.Empty).Replace("status: adopted", "status: draft", StringComparison.Ordinal)));

    [Fact]
    public void A_statement_cited_in_a_footnote_is_checked_too()
    {
        var text = Template("*Recalling* its presidential statement,[^1]") + "\n[^1]: S/PRST/2019/3 of 9 April 2018.\n";
        var finding = Assert.Single(Findings(text));
        Assert.Equal("S/PRST/2019/3", finding.Text);
    }
}
