using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the width a page's text was set to is read from the text's lines, not from its notes, whose smaller type
/// holds more words a line; a paragraph's full line at a page's foot is then told from its last.
/// </summary>
public sealed class TextWidthTests
{
    private static readonly string[] Page =
    {
        "Noting the discussions on the issue of improvised explosive devices of the informal group",
        "of experts under the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby",
        "Traps and Other Devices, as amended on 3 May 1996, and on the technical annex to the",
        "Protocol on Explosive Remnants of War to the Convention on Certain Conventional Weapons,",
        "",
        "__________________",
        "1 The Committee on Mine Action is an informal information-sharing forum. The members are the Inter-",
        "Agency Coordination Group on Mine Action, non-governmental organizations involved in mine action, the",
        "International Committee of the Red Cross, the Geneva International Centre for Humanitarian Demining",
        "and academic institutions.",
        "---",
        "Recalling its resolution 75/65 of 7 December 2020 on the coordination of efforts in mine action,",
    };

    [Fact]
    public void The_notes_under_a_rule_are_left_out_of_the_text_to_the_page_break()
    {
        var text = PageLayout.TextLines(Page).ToList();

        Assert.DoesNotContain(text, line => line.Contains("Committee on Mine Action", StringComparison.Ordinal) || line.Contains("academic", StringComparison.Ordinal));
        Assert.Contains("---", text);
        Assert.Contains(Page[^1], text);
    }

    [Fact]
    public void The_width_is_the_texts_not_the_notes()
    {
        var width = PageLayout.WidthOf(PageLayout.TextLines(Page));

        Assert.NotNull(width);
        Assert.True(PageLayout.IsSoftBreak(Page[1], Page[2], width!.Value));
        Assert.True(width < Page[6].Length);
    }

    [Fact]
    public void A_line_longer_than_all_the_others_is_no_measure_of_the_width()
    {
        // The agenda's line under the title, set wider than the text (A/RES/76/74).
        var lines = new[] { "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/76/413, para. 8)]" }
            .Concat(Page.Take(4)).Append(Page[^1]).ToList();

        var width = PageLayout.WidthOf(lines);

        Assert.Equal(Page.Take(4).Append(Page[^1]).Max(line => line.Length), width);
    }

    [Fact]
    public void A_hanging_numbers_gap_is_no_part_of_the_width()
    {
        // A/RES/75/216 as pdftotext -layout prints it: the operative number stands in the margin and its gap counts
        // as characters, though the words start at the column of the paragraph's next lines.
        var lines = new[]
        {
            "6.      Recalls the launch of the Coalition for Disaster-Resilient Infrastructure, the Risk-Informed",
            "        Early Action Partnership and the Climate Risk and Early Warning Systems initiative, and",
            "11.     Stresses that, during neutral El Niño and La Niña years, it is critical to prepare for, build",
            "        resilience to and reduce the risks of the next event, including through integrated plans,",
            "        and calls upon the international community to provide financial, technical and capacity-",
            "Celsius above pre-industrial levels and related global greenhouse gas emission pathways,",
            "Intergovernmental Panel on Climate Change on the impacts of global warming of 1.5 degrees",
        };

        var width = PageLayout.WidthOf(lines);

        Assert.Equal(lines[2].Length - "11.     ".Length, width);
    }

    [Fact]
    public void A_number_a_flowing_text_sets_with_one_space_counts_with_its_line()
    {
        var lines = new[]
        {
            "11. Stresses that, during neutral El Niño and La Niña years, it is critical to prepare for, build",
            "resilience to and reduce the risks of the next event, including through integrated plans,",
            "and calls upon the international community to provide financial, technical and capacity-",
            "Celsius above pre-industrial levels and related global greenhouse gas emission pathways,",
            "Intergovernmental Panel on Climate Change on the impacts of global warming of 1.5 degrees",
        };

        Assert.Equal(lines[0].Length, PageLayout.WidthOf(lines));
    }

    [Fact]
    public void A_text_whose_lengths_gather_nowhere_has_no_width()
    {
        // A paragraph a line, as Word gives it: lengths spread, and many lines longer than any three that gather.
        var lines = Enumerable.Range(0, 30).Select(i => new string('x', 60 + (i * 37 % 400))).ToList();

        Assert.Null(PageLayout.WidthOf(lines));
    }
}
