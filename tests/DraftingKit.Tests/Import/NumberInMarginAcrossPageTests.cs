using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A laid-out paragraph whose number stands in the margin, its further lines set in at the text's column, that a page
/// cuts after a full line ending with a full stop: its last line is full at the paragraph's own width, not the page's
/// (which its first line, with the number, and the page's widest lines set), so the next page's words that open nothing
/// of their own go on in it (<see cref="PageStitcher"/>).
/// </summary>
public sealed class NumberInMarginAcrossPageTests
{
    /// <summary>A/RES/75/1, paragraph 7, as its lines stand trimmed at the foot of the page: the page's width is 96.</summary>
    private static readonly string[] Paragraph7 =
    {
        "7.      We will leave no one behind. The next 10 years, which have been designated as the",
        "decade of action and delivery for sustainable development, will be the most critical of",
        "our generation. It is even more important as we build back better from the COVID-19",
        "pandemic. We need a strong United Nations development system and effective",
        "collaboration between the United Nations and the international financial institutions.",
        "We support the Secretary-General’s efforts and measures in this regard. We are",
        "determined to implement the 2030 Agenda in full and on time. There is no alternative.",
        "The peoples have to be at the centre of all our efforts. Particular attention must be given",
        "to people in vulnerable situations. Humanitarian access to those in need of assistance",
        "must be granted without obstacle or delay and in line with the humanitarian principles.",
    };

    /// <summary>The next page's first lines: a one-line block in capitals without punctuation would be a heading.</summary>
    private static readonly string[] NextPage =
    {
        "We are guided by the Universal Declaration of Human Rights2 and international human",
        "rights treaties and the Charter of the United Nations.",
    };

    [Fact]
    public void A_paragraph_cut_after_a_full_line_at_its_own_width_goes_on_across_the_page()
    {
        var stitched = Stitch(Paragraph7);

        Assert.Single(stitched);
        Assert.Contains("humanitarian principles. " + NextPage[0], stitched[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_whose_last_line_is_short_of_its_own_width_ends_at_the_page()
    {
        var lines = Paragraph7.Take(Paragraph7.Length - 1).Append("must be granted without obstacle or delay.").ToArray();

        Assert.Equal(2, Stitch(lines).Count);
    }

    [Fact]
    public void A_paragraph_of_few_lines_is_measured_by_the_pages_width()
    {
        // Three lines hold too few between the first and the last to tell the paragraph's own width.
        Assert.Equal(2, Stitch(Paragraph7.Skip(Paragraph7.Length - 3).ToArray()).Count);
    }

    private static List<SourceBlock> Stitch(string[] lines) => AcrossPage.Stitch("A-RES-75-1.txt", lines, NextPage, 96);
}
