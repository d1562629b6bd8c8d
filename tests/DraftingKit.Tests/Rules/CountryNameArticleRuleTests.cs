using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7022: a State whose UN name carries "the", named without it in running text (issue 17).</summary>
public sealed class CountryNameArticleRuleTests
{
    private static string Template(string preamble, string organ = "General Assembly") =>
        "---\nkind: resolution\nstatus: draft\norgan: " + organ + "\nsession: 79\ntitle: Test\n---\n\n" + (organ == "Security Council" ? "The Security Council" : "The General Assembly") + ",\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    private static string[] Flagged(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CountryNameArticle).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    [Theory]
    [InlineData("*Welcoming* the offer of the Government of Netherlands to host the meeting,", "Netherlands")]
    [InlineData("*Noting* the situation in Sudan and the talks between Sudan and South Sudan,", "Sudan|Sudan")]
    [InlineData("*Noting* the statement by Republic of Korea on the matter,", "Republic of Korea")]
    [InlineData("*Noting* the visit to The Gambia,", "The")]
    [InlineData("*Invites* Philippines to report,", "Philippines")]
    [InlineData("*Noting* the cooperation with United Republic of Tanzania,", "United Republic of Tanzania")]
    public void Name_without_its_article_is_reported(string preamble, string expected) =>
        Assert.Equal(expected.Split('|'), Flagged(Template(preamble)));

    [Theory]
    [InlineData("*Welcoming* the offer of the Government of the Netherlands to host the meeting,")]
    [InlineData("*Noting* the situation in the Sudan and South Sudan,")]
    [InlineData("*Noting* the statement by the Democratic People’s Republic of Korea,")]
    [InlineData("*Recalling* the application of Russian Federation migration law,")]
    [InlineData("*Noting* the meeting held in Glasgow, United Kingdom of Great Britain and Northern Ireland, in 2021,")]
    [InlineData("*Noting* that the members are Brazil, Cambodia, Comoros and Congo,")]
    [InlineData("*Noting* the efforts towards an independent State of Palestine,")]
    [InlineData("*Noting* the meeting in The Hague,")]
    public void Name_as_the_UN_prints_it_is_not_reported(string preamble) =>
        Assert.Empty(Flagged(Template(preamble)));

    [Fact]
    public void Security_Council_texts_keep_their_practice() =>
        Assert.Empty(Flagged(Template("*Noting* the situation in Sudan,", "Security Council")));

    [Fact]
    public void Annexes_keep_the_designations_they_reproduce() =>
        Assert.Empty(Flagged(Template("*Noting* the letter,") + "\n# Annex\n\nThe Government of Netherlands informs the Secretary-General.\n"));

    [Fact]
    public void Fix_writes_the_article()
    {
        var text = Template("*Noting* the visit to The Gambia and the offer of the Government of Netherlands,");
        var fixedText = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CountryNameArticle), out var applied);
        Assert.Equal(2, applied);
        Assert.Contains("the visit to the Gambia and the offer of the Government of the Netherlands,", fixedText, StringComparison.Ordinal);
        Assert.Empty(Flagged(fixedText));
    }
}
