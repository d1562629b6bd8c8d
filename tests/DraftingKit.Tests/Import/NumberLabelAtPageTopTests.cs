using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// An item labelled with a number in brackets at a page's top opens an item of its own, as a letter's label does: the
/// Council numbers the measures it lists "(1)", "(2)", … ("(3) JPSM: … widely disseminated," / "(4) Safe Demilitarized
/// Border Zone (SDBZ): …", S/RES/2550 (2020)), and a page that breaks after the third item's comma does not run the
/// fourth on into it. Words that open no unit at the page's top still go on the paragraph the page cut.
/// </summary>
public sealed class NumberLabelAtPageTopTests
{
    private const int Width = 84;

    private static readonly string[] Above =
    {
        "(3)   JPSM: Provide clear guidance to JBVMM by convening two meetings of the",
        "      JPSM and ensure conclusions of meetings are widely disseminated, and to report",
    };

    private static List<SourceBlock> Stitched(string below)
    {
        var span = new SourceSpan("S-RES-2550.txt", 0, 0, 1, 1, 1, 1);
        var blocks = new List<SourceBlock>
        {
            new(SourceBlockKind.Paragraph, string.Join(" ", Above.Select(line => line.Trim())), span) { Lines = Above },
            new(SourceBlockKind.PageBreak, "---", span),
            new(SourceBlockKind.Paragraph, below, span) { Lines = new[] { below } },
        };

        return PageStitcher.Stitch(blocks, Width, LeadVocabulary.Default).Where(block => block.Kind == SourceBlockKind.Paragraph).ToList();
    }

    [Theory]
    [InlineData("(4)   Safe Demilitarized Border Zone (SDBZ): Immediately withdraw from the SDBZ")]
    [InlineData("(12) Border Demarcation: Develop a detailed work plan and budget for demarcation")]
    [InlineData("(b)   Border Crossing Corridors: Operationalize the reopening of border crossing")]
    public void A_label_at_the_pages_top_opens_an_item_of_its_own(string below) => Assert.Equal(2, Stitched(below).Count);

    [Theory]
    [InlineData("progress on the measures to the Council by 15 April 2021,")]
    [InlineData("UNISFA on the measures taken, by 15 April 2021,")]
    public void Words_that_open_no_unit_go_on_the_cut_paragraph(string below) => Assert.Single(Stitched(below));
}
