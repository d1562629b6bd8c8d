using DraftingKit.Rendering;

namespace DraftingKit.Tests.Reports;

/// <summary>The formulaic paragraphs of section II, written from structured data in the words of the seeds.</summary>
public sealed class ProceedingNarrativeTests
{
    private static string Paragraph(string proceeding, string texts = "")
    {
        var read = ReportText.Read("```proceeding\n" + proceeding + "```\n\n" + texts);
        Assert.Empty(read.Diagnostics);
        return ReportText.Body(read.Report)[0];
    }

    [Fact]
    public void Recorded_vote_with_counts() =>
        Assert.Equal(
            "1. At its 51st meeting, on 20 November, the Committee adopted draft resolution A/C.3/72/L.11/Rev.1 by a recorded vote of 120 to 3, with 50 abstentions.",
            Paragraph("adopted: A/C.3/72/L.11/Rev.1\nmeeting: 51\ndate: 20 November\nin-favour: 120\nagainst: 3\nabstentions: 50\n"));

    [Fact]
    public void Without_a_vote_and_as_orally_revised_seed_002_paragraph_44() =>
        Assert.Equal(
            "1. Also at its 52nd meeting, the Committee adopted draft resolution A/C.3/68/L.21/Rev.1, as orally revised without a vote.",
            Paragraph("adopted: A/C.3/68/L.21/Rev.1\nat: also-its\nmeeting: 52\nas-orally: revised\nwithout-vote: true\n"));

    [Fact]
    public void Oral_correction_seed_002_paragraph_39() =>
        Assert.Equal(
            "1. Also at the same meeting, the representative of Uganda orally corrected the draft resolution.",
            Paragraph("oral-revision: Uganda\nchange: corrected\nat: also-same\n"));

    [Fact]
    public void Draft_before_the_Committee_without_a_predecessor_or_later_sponsors() =>
        Assert.Equal(
            "1. At its 43rd meeting, on 7 November, the Committee had before it a draft resolution entitled “Improving the coordination of efforts against trafficking in persons” (A/C.3/72/L.6), submitted by Armenia, Belarus and the Central African Republic.",
            Paragraph("before: A/C.3/72/L.6\ntext: L.6\nmeeting: 43\ndate: 7 November\nsponsors: [Armenia, Belarus, the Central African Republic]\n", ReportText.Include("draft-resolution-IV", "L.6")));

    [Fact]
    public void A_draft_decision_is_called_one() =>
        Assert.StartsWith(
            "1. At its 51st meeting, the Committee adopted draft decision A/C.3/72/L.60 (see",
            Paragraph("adopted: A/C.3/72/L.60\ntext: decision\nmeeting: 51\n", ReportText.Include("draft-decision", "decision")));
}
