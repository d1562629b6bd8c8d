using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7023: sessions and dates that cannot go together (issue 17).</summary>
public sealed class SessionConsistencyRuleTests
{
    private static string Adopted(string number, string session, string adopted, string body = "1. *Decides* to continue its consideration of the question;\n\n2. *Requests* a report.\n") =>
        "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nnumber: " + number + "\nsession: " + session + "\nadopted: " + adopted
        + "\nmeeting: 50th plenary meeting\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n" + body;

    private static string[] Flagged(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.SessionConsistency).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    [Theory]
    [InlineData("76/10", "76", "2023-12-01", "2023-12-01")]
    [InlineData("76/10", "76", "2021-08-30", "2021-08-30")]
    [InlineData("76/10", "75", "2021-12-01", "75")]
    public void Front_matter_at_odds_with_the_number_is_reported(string number, string session, string adopted, string flagged) =>
        Assert.Equal(new[] { flagged }, Flagged(Adopted(number, session, adopted)));

    [Theory]
    [InlineData("76/10", "76", "2021-12-01")]
    [InlineData("73/346", "73", "2019-09-16")]
    [InlineData("75/1", "75", "2020-09-21")]
    public void Front_matter_within_the_session_is_not_reported(string number, string session, string adopted) =>
        Assert.Empty(Flagged(Adopted(number, session, adopted)));

    [Fact]
    public void Council_text_dated_in_another_year_is_reported()
    {
        var text = "---\nkind: resolution\nstatus: adopted\norgan: Security Council\nnumber: 2504 (2020)\nadopted: 2021-01-10\nmeeting: 8700th meeting\n---\n\nThe Security Council,\n\n1. *Decides* to remain seized of the matter.\n";
        Assert.Equal(new[] { "2021-01-10" }, Flagged(text));
    }

    [Theory]
    [InlineData("2. *Requests* the Secretary-General to submit to the General Assembly at its seventy-fifth session a report.\n", "seventy-fifth")]
    [InlineData("2. *Requests* the Secretary-General to report thereon to the Assembly at its seventieth session.\n", "seventieth")]
    [InlineData("2. *Decides* to hold the meeting during the seventy-seventh session of the General Assembly, in 2024.\n", "2024")]
    [InlineData("2. *Notes* that the General Assembly, at its seventy-fifth session, in 2019, decided to hold a meeting.\n", "2019")]
    public void Sessions_at_odds_with_the_text_are_reported(string body, string flagged) =>
        Assert.Equal(new[] { flagged }, Flagged(Adopted("76/10", "76", "2021-12-01", "1. *Decides* to continue its consideration of the question;\n\n" + body)));

    [Theory]
    [InlineData("2. *Requests* the Secretary-General to submit to the General Assembly at its seventy-seventh session a report.\n")]
    [InlineData("2. *Recalls* the report submitted to the General Assembly at its seventy-fourth session.\n")]
    [InlineData("2. *Recalls* that it requested the Secretary-General to present an update to the Assembly at its seventy-fifth session.\n")]
    [InlineData("2. *Requests* the Executive Director to report to the United Nations Environment Assembly at its fifth session.\n")]
    [InlineData("2. *Agrees* that the Committee, at its sixty-fourth session, in 2021, should meet.\n")]
    [InlineData("2. *Decides* to hold the meeting during the seventy-seventh session of the General Assembly, in 2023.\n")]
    public void Consistent_or_other_bodies_sessions_are_not_reported(string body) =>
        Assert.Empty(Flagged(Adopted("76/10", "76", "2021-12-01", "1. *Decides* to continue its consideration of the question;\n\n" + body)));
}
