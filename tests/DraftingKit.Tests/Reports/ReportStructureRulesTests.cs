namespace DraftingKit.Tests.Reports;

/// <summary>DK8001, DK8002 and DK8003: what the cross-references, the two sections and the letters say agree.</summary>
public sealed class ReportStructureRulesTests
{
    private static readonly string Recommendations =
        "# III. Recommendations of the Third Committee\n\n1. The Third Committee recommends to the General Assembly the adoption of the following draft resolutions:\n\n"
        + ReportText.Include("draft-resolution-I", "L.2") + ReportText.Include("draft-resolution-II", "L.3");

    [Fact]
    public void Written_cross_reference_to_a_label_the_paragraph_does_not_carry()
    {
        var finding = Assert.Single(ReportText.Findings("DK8001", Recommendations + "2. The Committee adopted it (see para. 1, draft resolution III).\n"));
        Assert.Equal("'see para. 1, draft resolution III': paragraph 1 recommends Draft resolution I, Draft resolution II, not draft resolution III; write {see <id>} to have the reference computed", finding.Message);
    }

    [Fact]
    public void Written_cross_reference_to_a_paragraph_that_recommends_nothing()
    {
        var finding = Assert.Single(ReportText.Findings("DK8001", Recommendations + "2. The Committee adopted it (see para. 2).\n"));
        Assert.StartsWith("'see para. 2': paragraph 2 recommends no text", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Right_written_and_computed_cross_references_pass() =>
        Assert.Empty(ReportText.Findings("DK8001", Recommendations + "2. The Committee adopted them (see para. 1, draft resolution II) ({see L.2}).\n"));

    [Fact]
    public void Unknown_ids_in_a_token_and_a_proceeding()
    {
        var findings = ReportText.Findings("DK8001", Recommendations + "2. The Committee adopted it ({see L.9}).\n\n```proceeding\nadopted: A/C.3/72/L.7\ntext: L.7\nmeeting: 43\n```\n");
        Assert.Equal(
            new[] { "'{see L.9}' names no text of the report; give the include block of the text 'id: L.9'", "The proceeding names the text 'L.7', but no include block of the report has 'id: L.7'" },
            findings.Select(f => f.Message));
    }

    [Fact]
    public void A_text_of_section_III_that_section_II_never_mentions()
    {
        var body = "# II. Consideration of proposals\n\n```proceeding\nadopted: A/C.3/72/L.2\ntext: L.2\nmeeting: 43\n```\n\n" + Recommendations.Replace("1. The Third", "2. The Third", System.StringComparison.Ordinal);
        var finding = Assert.Single(ReportText.Findings("DK8002", body));
        Assert.StartsWith("Draft resolution II ('L.3') is recommended in section III, but no paragraph of section II records its consideration", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_adopted_in_section_II_and_not_recommended()
    {
        var body = "# II. Consideration of proposals\n\n" + ReportText.Include("draft-resolution-III", "L.4")
            + "```proceeding\nadopted: A/C.3/72/L.4\ntext: L.4\nmeeting: 43\n```\n\n# III. Recommendations of the Third Committee\n\n2. The Third Committee recommends nothing.\n";
        var finding = Assert.Single(ReportText.Findings("DK8002", body));
        Assert.Equal("Section II records the adoption of 'L.4', but section III does not recommend it; include it under the recommendations", finding.Message);
    }

    [Fact]
    public void A_report_without_section_II_is_not_checked_for_it() => Assert.Empty(ReportText.Findings("DK8002", Recommendations));

    [Theory]
    [InlineData("## A. One\n\n## B. Two\n\n## D. Three\n", "Subsection D is the third of its section; letter it C")]
    [InlineData("## A. One\n\n## A. Two\n", "Subsection A is the second of its section; letter it B")]
    [InlineData("## A. Only\n", "Subsection A is the only one of its section; a section with an A has a B, or its one subsection is not lettered")]
    public void Lettered_subsections_run_without_gaps(string subsections, string message) =>
        Assert.Equal(message, Assert.Single(ReportText.Findings("DK8003", "# II. Consideration of proposals\n\n" + subsections)).Message);

    [Fact]
    public void Letters_restart_in_each_section_and_sections_run_in_order()
    {
        Assert.Empty(ReportText.Findings("DK8003", "# I. Introduction\n\n## A. One\n\n## B. Two\n\n# II. Consideration of proposals\n\n## A. Three\n\n## B. Four\n"));
        var finding = Assert.Single(ReportText.Findings("DK8003", "# I. Introduction\n\n# III. Recommendations of the Third Committee\n"));
        Assert.Equal("Section III follows section I; write II", finding.Message);
    }
}
