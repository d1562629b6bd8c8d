using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A preambular paragraph a page cut after a comma: the next page's words that open by no lead, number or label and
/// end a unit of their own are its rest, though its last line on the page looks short by its letters' count, for a
/// preambular paragraph opens by its lead (<see cref="PageStitcher"/>). A heading, which ends no unit, is left to the
/// line's length.
/// </summary>
public sealed class PreambleAcrossPageTests
{
    /// <summary>A/RES/75/216 at the foot of its second page, as pdftotext gives it; the text's width reads 99.</summary>
    private static readonly string[] NotingWithConcern =
    {
        "Noting with concern the findings contained in the special report of the",
        "Intergovernmental Panel on Climate Change on the impacts of global warming of 1.5 degrees",
        "Celsius above pre-industrial levels and related global greenhouse gas emission pathways,",
    };

    /// <summary>The top of its third page.</summary>
    private static readonly string[] Rest =
    {
        "Global Warming of 1.5°C, in the context of strengthening the global response to the threat of",
        "climate change, sustainable development and efforts to eradicate poverty, noting with concern",
        "also the findings contained in the special report of the Panel entitled The Ocean",
        "and Cryosphere in a Changing Climate,",
    };

    [Fact]
    public void Words_that_open_by_no_lead_and_end_a_unit_go_on_the_paragraph_the_comma_left_open()
    {
        var stitched = Stitch(NotingWithConcern, Rest);

        var paragraph = Assert.Single(stitched);
        Assert.Contains("emission pathways, Global Warming of 1.5°C", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_its_lead_opens_stands_apart()
    {
        var next = new[] { "Recalling the holding of the 2019 Climate Action Summit convened by the Secretary-", "General on 23 September,"};

        Assert.Equal(2, Stitch(NotingWithConcern, next).Count);
    }

    [Fact]
    public void A_heading_under_a_comma_is_left_to_the_lines_length()
    {
        var acting = new[] { "Acting under Chapter VII of the Charter of the United Nations," };

        Assert.Equal(2, Stitch(acting, new[] { "Sanctions" }).Count);
    }

    [Fact]
    public void After_any_other_end_a_short_last_line_ends_the_paragraph()
    {
        var ended = NotingWithConcern.Take(2).Append("Celsius above pre-industrial levels and related global greenhouse gas emission pathways;").ToArray();

        Assert.Equal(2, Stitch(ended, Rest).Count);
    }

    private static List<SourceBlock> Stitch(string[] above, string[] below) => AcrossPage.Stitch("A-RES-75-216.txt", above, below, 99);
}
