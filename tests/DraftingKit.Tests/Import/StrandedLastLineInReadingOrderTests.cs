using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A paragraph's short last line that pdftotext's reading order gives before its paragraph (A/RES/77/253: "2022,"
/// read under "20 December 2002," and over "Recalling also … of 29 June") goes back under the line it ends.
/// </summary>
public sealed class StrandedLastLineInReadingOrderTests
{
    private static readonly string[] Printed =
    {
        "The General Assembly,",
        "Reaffirming the importance of the work of the Board of Auditors,",
        "Noting the reports of the Advisory Committee on Administrative and Budgetary Questions,",
        "Recalling its resolution 52/212 B of 31 March 1998 and its decision 57/573 of",
        "20 December 2002,",
        "2022,",
        string.Empty,
        "Recalling also its resolutions 76/235 A of 24 December 2021 and 76/235 B of 29 June",
        string.Empty,
        "Having considered, for the period ended 31 December 2021, the financial reports and",
        "audited financial statements and the reports of the Board of Auditors on the United Nations,",
        "1.",
        string.Empty,
        "Accepts the audited financial statements and the reports and audit opinions of the Board of Auditors;",
    };

    private static bool Opens(string line) => LeadVocabulary.Openers.PreambularLeadAtStart(line) is not null || LeadVocabulary.Openers.OperativeLeadAtStart(line) is not null || line == "The General Assembly,";

    private static List<string> Paragraphs(string text) =>
        FlowingText.Paragraphs(text, LeadVocabulary.Openers).Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).Where(p => p.Length > 0).ToList();

    [Fact]
    public void A_short_last_line_read_before_its_cut_paragraph_goes_back_under_it()
    {
        var paragraphs = Paragraphs(string.Join("\n", Printed));

        Assert.Contains("Recalling its resolution 52/212 B of 31 March 1998 and its decision 57/573 of 20 December 2002,", paragraphs);
        Assert.Contains("Recalling also its resolutions 76/235 A of 24 December 2021 and 76/235 B of 29 June 2022,", paragraphs);
    }

    [Fact]
    public void The_lines_count_stays_so_that_diagnostics_point_where_they_did()
    {
        var restored = StrandedLastLine.Restore(Printed, Opens);

        Assert.Equal(Printed.Length, restored.Length);
        Assert.Equal("2022,", restored[Array.IndexOf(restored, "Recalling also its resolutions 76/235 A of 24 December 2021 and 76/235 B of 29 June") + 1]);
    }

    [Fact]
    public void A_paragraph_that_ends_its_sentence_leaves_the_line_above_where_it_stands()
    {
        var printed = (string[])Printed.Clone();
        printed[7] = "Recalling also its resolution 76/235 A of 24 December 2021,";

        Assert.Equal(printed, StrandedLastLine.Restore(printed, Opens));
    }

    [Fact]
    public void A_paragraph_a_page_cuts_goes_on_the_next_page_not_with_the_line_above()
    {
        var printed = (string[])Printed.Clone();
        printed[9] = "\f" + printed[9];

        Assert.Equal(printed, StrandedLastLine.Restore(printed, Opens));
    }

    [Fact]
    public void A_line_not_set_apart_as_a_block_of_its_own_is_no_cut_paragraph()
    {
        // The reading order runs a paragraph's lines on; only pdftotext's blocks stand between blank lines.
        var printed = Printed.Where(line => line.Length > 0).ToArray();

        Assert.Equal(printed, StrandedLastLine.Restore(printed, Opens));
    }

    [Fact]
    public void A_line_that_opens_a_paragraph_of_its_own_stays()
    {
        var printed = (string[])Printed.Clone();
        printed[5] = "Noting 2022,";

        Assert.Equal(printed, StrandedLastLine.Restore(printed, Opens));
    }
}
