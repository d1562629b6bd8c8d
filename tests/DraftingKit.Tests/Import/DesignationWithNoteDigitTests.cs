using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a part's designation that a PDF's text layer prints under the title with its note's raised number as a
/// digit ("Financing of … in" / "Darfur" / "B1" / "The General Assembly,") is the part's designation with its note,
/// in the layout and in the reading order; the title does not take it.
/// </summary>
public sealed class DesignationWithNoteDigitTests
{
    /// <summary>The first page of A/RES/76/244 B as pdftotext lays it out, shortened to its first paragraphs.</summary>
    private static readonly string LaidOut = string.Join("\n", new[]
    {
        "                                                                                                          A/RES/76/244 B",
        "General Assembly",
        "                                                                                                       Distr.: General",
        "                                                                                                       7 July 2022",
        "",
        "Seventy-sixth session",
        "Agenda item 165",
        "Financing of the African Union-United Nations Hybrid Operation in Darfur",
        "",
        "",
        "Resolution adopted by the General Assembly on 29 June 2022",
        "[on the report of the Fifth Committee (A/76/619/Add.1, para. 6)]",
        "",
        "76/244.        Financing of the African Union-United Nations Hybrid Operation in",
        "               Darfur",
        "               B1",
        "                       The General Assembly,",
        "                    Having considered the report of the Secretary-General on the financing of the African",
        "               Union-United Nations Hybrid Operation in Darfur2 and the related report of the Advisory",
        "               Committee on Administrative and Budgetary Questions,3",
        "               1.      Takes note of the status of contributions to the African Union-United Nations Hybrid",
        "                       Operation in Darfur as at 30 April 2022;",
        "               1",
        "                    Resolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session,",
        "                    Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.",
        "               2",
        "                    A/76/688.",
        "               3",
        "                    A/76/807.",
        ""
    });

    /// <summary>The title and designation of the same page in pdftotext's reading order.</summary>
    private static readonly string[] Flowing =
    {
        "A/RES/76/244 B",
        "General Assembly",
        "Distr.: General",
        "7 July 2022",
        "Seventy-sixth session",
        "Agenda item 165",
        "Financing of the African Union-United Nations Hybrid Operation in Darfur",
        "",
        "Resolution adopted by the General Assembly on 29 June 2022",
        "[on the report of the Fifth Committee (A/76/619/Add.1, para. 6)]",
        "",
        "76/244.",
        "",
        "Financing of the African Union-United Nations Hybrid Operation in",
        "Darfur",
        "B1",
        "The General Assembly,",
        "Having considered the report of the Secretary-General on the financing of the African",
        "Union-United Nations Hybrid Operation in Darfur2 and the related report of the Advisory",
        "Committee on Administrative and Budgetary Questions,3",
        "Recalling Security Council resolution 1769 (2007) of 31 July 2007, by which the",
        "Council established the African Union-United Nations Hybrid Operation in Darfur for an",
        "initial period of 12 months from 31 July 2007, and the subsequent resolutions by which the",
        "Council extended the mandate of the Operation, the latest of which was resolution 2559",
        "(2020) of 22 December 2020, by which the Council decided to terminate the mandate of the",
        "Operation as of 31 December 2020,",
        "Recalling also its resolution 62/232 A of 22 December 2007 on the financing of the",
        "Operation and its subsequent resolutions thereon, the latest of which was resolution 76/244 of",
        "24 December 2021,",
        "Reaffirming the general principles underlying the financing of United Nations",
        "peacekeeping operations, as stated in its resolutions 1874 (S-IV) of 27 June 1963, 3101",
        "(XXVIII) of 11 December 1973 and 55/235 of 23 December 2000,",
        "Mindful of the fact that it is essential to provide the Operation with the financial",
        "resources necessary to enable it to fulfil its responsibilities under the relevant resolutions of",
        "the Security Council,",
        "Noting the hybrid nature of the Operation, and in that regard stressing the importance of",
        "ensuring full coordination of efforts between the African Union and the United Nations at the",
        "strategic level, unity of command at the operational level and clear delegation of authority",
        "and accountability lines,"
    };

    [Fact]
    public void A_designation_with_its_notes_digit_under_the_title_is_the_part_in_the_layout()
    {
        var document = Assert.Single(UnDocumentImporter.ImportText("A-RES-76-244-B.txt", LaidOut).Texts).Document;

        var part = Assert.Single(document.Parts);
        Assert.Equal("B", part.Designation);
        Assert.Equal("[^1]", ModelDump.Inline(part.DesignationNote!));
        Assert.EndsWith("Hybrid Operation in Darfur", document.Header.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_designation_with_its_notes_digit_stands_apart_in_the_reading_order()
    {
        var paragraphs = FlowingText.Paragraphs(string.Join("\n", Flowing), LeadVocabulary.Openers).Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))).ToList();

        Assert.Contains("B1", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("Financing of the African Union-United Nations Hybrid Operation in Darfur", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_with_more_digits_than_a_notes_number_is_no_designation()
    {
        var lines = Flowing.Select(line => line == "B1" ? "B1234" : line).ToArray();

        var paragraphs = FlowingText.Paragraphs(string.Join("\n", lines), LeadVocabulary.Openers).Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))).ToList();

        Assert.DoesNotContain("B1234", paragraphs);
    }
}
