namespace DraftingKit.Tests.Reports;

/// <summary>DK8004 and DK8005 on real sponsor lists of the seeds and on lists that break them.</summary>
public sealed class SponsorRulesTests
{
    private const string Report2013 = "---\nkind: committee-report\norgan: General Assembly\ncommittee: Third Committee\nissued: 2013-12-06\nsession: 68\n---\n\n";

    private static string Before(string date, params string[] sponsors) =>
        "```proceeding\nbefore: A/C.3/77/L.6\nmeeting: 43\ndate: " + date + "\nsponsors:\n" + string.Concat(sponsors.Select(s => "  - " + s + "\n")) + "```\n";

    private static string FrontMatter(string issued, int session) =>
        $"---\nkind: committee-report\norgan: General Assembly\ncommittee: Third Committee\nissued: {issued}\nsession: {session}\n---\n\n";

    [Fact]
    public void Seed_002_paragraph_32_names_Micronesia_with_an_article_the_UN_does_not_write()
    {
        // A genuine slip of seed 002: the UN's short form is "Micronesia (Federated States of)".
        var finding = Assert.Single(ReportText.Findings("DK8004", ReportText.Seed002Paragraph(32) + "\n", Report2013));
        Assert.Equal("'Micronesia (the Federated States of)' is not the name of a UN Member State or observer State as the UN's list prints it; did you mean 'Micronesia (Federated States of)'?", finding.Message);
    }

    [Fact]
    public void Seed_000_paragraph_13_names_every_sponsor_as_the_UN_did_in_2017()
    {
        Assert.Empty(ReportText.Findings("DK8004", ReportText.Seed000Paragraph(13) + "\n"));
        Assert.Empty(ReportText.Findings("DK8005", ReportText.Seed000Paragraph(13) + "\n"));
    }

    [Fact]
    public void Turkey_after_1_June_2022_is_Turkiye_with_a_fix()
    {
        var finding = Assert.Single(ReportText.Findings("DK8004", Before("7 November", "Armenia", "Turkey"), FrontMatter("2022-11-28", 77)));
        Assert.Equal("'Turkey' is not the name in use on 28 November 2022; write 'Türkiye' (the name since 1 June 2022)", finding.Message);
        Assert.Equal("Türkiye", Assert.Single(finding.Fix).NewText);
    }

    [Fact]
    public void Turkiye_before_1_June_2022_is_Turkey()
    {
        var finding = Assert.Single(ReportText.Findings("DK8004", Before("7 November", "Armenia", "Türkiye"), FrontMatter("2017-11-28", 72)));
        Assert.Equal("'Türkiye' is not the name in use on 28 November 2017; write 'Turkey' ('Türkiye' from 1 June 2022)", finding.Message);
    }

    [Fact]
    public void The_former_Yugoslav_Republic_of_Macedonia_in_2019_is_North_Macedonia()
    {
        var finding = Assert.Single(ReportText.Findings("DK8004", Before("7 November", "Armenia", "the former Yugoslav Republic of Macedonia"), FrontMatter("2019-11-28", 74)));
        Assert.Contains("write 'North Macedonia' (the name since 14 February 2019)", finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Republic of Moldova", "the Republic of Moldova", "the UN writes the article")]
    [InlineData("the Maldives", "Maldives", "the UN writes this name without an article")]
    [InlineData("Sudan", "the Sudan", "the UN writes the article")]
    public void Article_as_the_UN_writes_it(string written, string right, string why)
    {
        var finding = Assert.Single(ReportText.Findings("DK8004", Before("7 November", written)));
        Assert.Equal($"'{written}': {why}; write '{right}'", finding.Message);
        Assert.Equal(right, Assert.Single(finding.Fix).NewText);
    }

    [Fact]
    public void Observer_States_and_names_with_and_are_names()
    {
        Assert.Empty(ReportText.Findings("DK8004", Before("7 November", "Antigua and Barbuda", "the Holy See", "Saint Vincent and the Grenadines", "the State of Palestine")));
    }

    [Fact]
    public void Out_of_order_and_twice_named_sponsors_are_reported()
    {
        var findings = ReportText.Findings("DK8005", "1. At its 43rd meeting, on 7 November, the Committee had before it a draft resolution (A/C.3/72/L.6), submitted by Belarus, Armenia and the Bahamas. Subsequently, Belarus and Chile joined in sponsoring the draft resolution.\n");
        Assert.Equal(
            new[] { "'Armenia' stands after 'Belarus'; sponsor lists run in English alphabetical order, ignoring 'the'", "'Belarus' is named twice among the sponsors of this draft; name each State once" },
            findings.Select(f => f.Message));
    }

    [Fact]
    public void Order_ignores_the_article_and_accents()
    {
        Assert.Empty(ReportText.Findings("DK8005", Before("7 November", "Costa Rica", "Côte d'Ivoire", "Croatia", "the Czech Republic", "Denmark")));
    }
}
