namespace DraftingKit.Tests.Reports;

/// <summary>DK8006 and DK8007 on the seeds' own sentences and on broken ones.</summary>
public sealed class MeetingRulesTests
{
    private const string Report2013 = "---\nkind: committee-report\norgan: General Assembly\ncommittee: Third Committee\nissued: 2013-12-06\nsession: 68\n---\n\n";

    [Fact]
    public void Seed_002_paragraph_2_lists_nine_meetings_and_eight_dates_correctly()
    {
        var paragraph = ReportText.Seed002Paragraph(2) + "\n";
        Assert.Empty(ReportText.Findings("DK8006", paragraph, Report2013));
        Assert.Empty(ReportText.Findings("DK8007", paragraph, Report2013));
    }

    [Fact]
    public void Seed_000_paragraph_13_misses_the_suffix_and_the_fix_adds_it()
    {
        var finding = Assert.Single(ReportText.Findings("DK8006", ReportText.Seed000Paragraph(13) + "\n"));
        Assert.Equal("rd", finding.Fix[0].NewText.Substring(2));
    }

    [Theory]
    [InlineData("1. At its 43th meeting, on 7 November, the Committee adopted it.", "'43th' has the wrong suffix; write '43rd'")]
    [InlineData("1. At its 11st meeting, on 7 November, the Committee adopted it.", "'11st' has the wrong suffix; write '11th'")]
    [InlineData("1. At its 5th and 6 meetings, on 4 October, the Committee held a debate.", "Meeting '6' is written without its ordinal suffix; write 'the 6th meeting'")]
    public void Wrong_or_missing_suffix(string paragraph, string message) =>
        Assert.Equal(message, Assert.Single(ReportText.Findings("DK8006", paragraph + "\n")).Message);

    [Fact]
    public void Plenary_meetings_and_the_same_meeting_are_fine() =>
        Assert.Empty(ReportText.Findings("DK8006", "1. At its 2nd plenary meeting, on 15 September 2017, the General Assembly decided.\n\n2. At the same meeting, the Committee adopted it.\n"));

    [Theory]
    [InlineData("1. At its 43rd meeting, on 31 November, the Committee adopted it.", "'31 November' is not a date")]
    [InlineData("1. At its 43rd meeting, on 7 December, the Committee adopted it.", "The meeting of 7 December 2017 is after the report's date (28 November 2017)")]
    [InlineData("1. At its 43rd meeting, on 7 November 2016, the Committee adopted it.", "The meeting of 7 November 2016 is outside the seventy-second session (September 2017 to September 2018)")]
    public void Impossible_late_or_out_of_session_dates(string paragraph, string message) =>
        Assert.Equal(message, Assert.Single(ReportText.Findings("DK8007", paragraph + "\n")).Message);

    [Fact]
    public void One_meeting_has_one_date()
    {
        var finding = Assert.Single(ReportText.Findings("DK8007", "1. At its 43rd meeting, on 7 November, the Committee adopted it.\n\n2. At its 43rd meeting, on 8 November, the Committee adopted another.\n"));
        Assert.Equal("The 43rd meeting is dated 8 November 2017 here and 7 November 2017 earlier in the report; one meeting has one date", finding.Message);
    }

    [Fact]
    public void A_proceeding_is_checked_as_it_reads_and_reported_on_its_block()
    {
        var finding = Assert.Single(ReportText.Findings("DK8007", "```proceeding\nbudget-statement: A/C.3/72/L.3\nat: the\nmeeting: 43\ndate: 30 February\n```\n"));
        Assert.Equal("'30 February' is not a date", finding.Message);
        Assert.Equal(9, finding.Span.Line);
    }
}
