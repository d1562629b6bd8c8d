using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7025: a State named by a name it had given up before the text was written (issue 17).</summary>
public sealed class FormerStateNameRuleTests
{
    private static string Template(string preamble, string dating = "session: 79", string organ = "General Assembly") =>
        "---\nkind: resolution\nstatus: draft\norgan: " + organ + "\n" + dating + "\ntitle: Test\n---\n\n" + (organ == "Security Council" ? "The Security Council" : "The General Assembly") + ",\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    private static string[] Flagged(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.FormerStateName).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    [Theory]
    [InlineData("*Welcoming* the offer of the Government of Turkey to host the meeting,", "Turkey")]
    [InlineData("*Noting* the cooperation between Swaziland and Lesotho,", "Swaziland")]
    [InlineData("*Noting* the report of the Czech Republic and the statement of the former Yugoslav Republic of Macedonia,", "the Czech Republic|the former Yugoslav Republic of Macedonia")]
    [InlineData("*Noting* the contributions that Norway and Turkey have made,", "Turkey")]
    [InlineData("*Noting* the meeting to be held in Ankara, Turkey, in 2025,", "Turkey")]
    [InlineData("*Noting* with appreciation Cape Verde’s leadership,", "Cape Verde")]
    [InlineData("*Noting* the report of the Czech\u00A0Republic,", "the Czech\u00A0Republic")]
    public void A_name_given_up_before_the_text_is_reported(string preamble, string expected) =>
        Assert.Equal(expected.Split('|'), Flagged(Template(preamble)));

    [Theory]
    [InlineData("*Taking note* of the World Humanitarian Summit, held in Istanbul, Turkey, on 23 and 24 May 2016, and of the report,")] // 77/199
    [InlineData("*Noting* the Memorandum signed by the Russian Federation and Turkey on 5 March 2020, and stresses the importance of dialogue,")] // 77/230
    [InlineData("*Recalling* the forums held in Madrid, Spain; Istanbul, Turkey; and Baku, Azerbaijan,")] // 77/128
    [InlineData("*Recalling* the *Report of the Fourth United Nations Conference on the Least Developed Countries, Istanbul, Turkey* and its outcome,")] // 77/170
    [InlineData("*Recalling* the study entitled “Cooperation with Turkey”,")]
    [InlineData("*Welcoming* the offer of the Government of Türkiye to host the meeting,")]
    [InlineData("*Noting* the question of Palestine and the situation in Palestine,")]
    [InlineData("*Noting* the letter of 3 March 2022 from the Permanent Representative of Turkey,")]
    [InlineData("*Noting* the Turkey-based organizations,")]
    public void A_name_the_text_rightly_keeps_is_not_reported(string preamble) =>
        Assert.Empty(Flagged(Template(preamble)));

    [Theory]
    [InlineData("adopted: 2022-05-31")] // the last day of "Turkey"
    [InlineData("session: 76")] // opened in September 2021: a draft of the session may predate the change
    [InlineData("")] // nothing dates the text
    public void A_text_not_surely_written_after_the_change_is_not_judged(string dating) =>
        Assert.Empty(Flagged(Template("*Welcoming* the offer of the Government of Turkey,", dating)));

    [Fact]
    public void A_council_resolution_is_dated_by_its_year() =>
        Assert.Equal(new[] { "Turkey" }, Flagged(Template("*Welcoming* the efforts of Turkey,", "number: 2700 (2023)", "Security Council")));

    [Fact]
    public void Annexes_keep_the_designations_they_reproduce() =>
        Assert.Empty(Flagged(Template("*Noting* the letter,") + "\n# Annex\n\nThe Government of Turkey informs the Secretary-General.\n"));

    [Fact]
    public void Fix_writes_the_present_name_with_or_without_its_article()
    {
        var text = Template("*Noting* the offer of the Government of Turkey, the report of the Czech Republic and the views of Cuba, Czech Republic and Chile,");
        var fixedText = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.FormerStateName), out var applied);
        Assert.Equal(3, applied);
        Assert.Contains("the Government of Türkiye, the report of Czechia and the views of Cuba, Czechia and Chile,", fixedText, StringComparison.Ordinal);
        Assert.Empty(Flagged(fixedText));
    }

    [Fact]
    public void Message_names_the_change_its_day_and_source()
    {
        var finding = DraftingLinter.Lint("t.res.md", Template("*Welcoming* the offer of Swaziland,")).Single(f => f.Id == RuleIds.FormerStateName);
        Assert.Equal("'Swaziland' is the name the State bore until 18 April 2018; since 19 April 2018 the UN writes 'Eswatini' (change of name of 19 April 2018); write 'Eswatini'", finding.Message);
    }
}
