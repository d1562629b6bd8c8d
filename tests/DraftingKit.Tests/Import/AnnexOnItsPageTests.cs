using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A later annex's designation printed within a page heads a part of the annex before it; one that opens a page opens
/// an annex of its own (<see cref="AnnexOnItsPage"/>). S/RES/2551 (2020) as pdftotext's reading order gives it: the UN's
/// markup holds its annexes A and B as one annex whose second designation is a heading, printed under annex A's item 9.
/// </summary>
public sealed class AnnexOnItsPageTests
{
    private const string FirstPage = """
        S/RES/2551 (2020)
        Security Council
        Distr.: General
        12 November 2020

        Resolution 2551 (2020)
        Adopted by the Security Council at its 8775th meeting, on 12 November 2020
        The Security Council,
        Reaffirming its respect for the sovereignty, territorial integrity, political independence
        and unity of Somalia,
        1.

        Decides that deliveries of items in Annex B to this resolution are subject to
        notifications to the Committee for information;
        2.

        Decides to remain seized of the matter.

        1/2

        """;

    private const string PageBreak = "\fS/RES/2551 (2020)\n\n";

    private const string AnnexA = """
        Annex A
        Items subject to the Committee’s advance approval
        1.

        Surface to air missiles, including Man-Portable Air-Defence Systems (MANPADS);

        9.

        Unmanned combat aerial vehicles (listed as Category IV in the UN Register of
        Conventional Arms).


        """;

    private const string AnnexB = """
        Annex B
        Equipment requiring a notification with regard to deliveries to the
        Somali National Security Forces
        • RPG-7 and recoilless rifles, and associated ammunition;
        • Ground vehicles specifically designed or modified for military use.

        2/2

        """;

    [Fact]
    public void A_designation_printed_within_the_page_heads_a_part_of_the_annex_it_stands_in()
    {
        var document = Import(FirstPage + PageBreak + AnnexA + AnnexB);

        var annex = Assert.Single(document.Annexes);
        Assert.Equal("Annex A", annex.Label);
        Assert.Equal("Items subject to the Committee’s advance approval", annex.Title!.PlainText);
        var headings = annex.Blocks.OfType<Heading>().Select(heading => heading.Text.PlainText).ToList();
        Assert.Equal(new[] { "Annex B", "Equipment requiring a notification with regard to deliveries to the Somali National Security Forces" }, headings);
    }

    [Fact]
    public void A_designation_that_opens_a_page_opens_an_annex_of_its_own()
    {
        var document = Import(FirstPage + PageBreak + AnnexA + "2/3\n\n" + PageBreak + AnnexB);

        Assert.Equal(new[] { "Annex A", "Annex B" }, document.Annexes.Select(annex => annex.Label).ToArray());
        Assert.Equal("Equipment requiring a notification with regard to deliveries to the Somali National Security Forces", document.Annexes[1].Title!.PlainText);
    }

    [Fact]
    public void A_text_without_pages_shows_nothing_of_where_an_annex_opens_and_its_designations_open_annexes()
    {
        var document = Import(FirstPage.Replace("1/2\n", string.Empty, StringComparison.Ordinal) + AnnexA + AnnexB.Replace("2/2\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(new[] { "Annex A", "Annex B" }, document.Annexes.Select(annex => annex.Label).ToArray());
    }

    private static ResolutionDocument Import(string text)
    {
        var result = UnDocumentImporter.ImportText("S-RES-2551.txt", text);
        return Assert.Single(result.Texts).Document;
    }
}
