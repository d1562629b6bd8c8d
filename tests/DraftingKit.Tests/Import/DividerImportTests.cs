using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>The divider "* * *" of A/RES/75/1 as a PDF's text layer gives it: a line of the text, not a page's edge.</summary>
public sealed class DividerImportTests
{
    [Theory]
    [InlineData("***")]
    [InlineData("* * *")]
    [InlineData("*  *  *")]
    public void Three_stars_alone_are_the_texts_divider(string line) => Assert.True(Divider.Is(line));

    [Theory]
    [InlineData("**")]
    [InlineData("****")]
    [InlineData("---")]
    [InlineData("* Not applicable")]
    [InlineData("*** text")]
    public void Other_lines_of_stars_or_rules_are_no_divider(string line) => Assert.False(Divider.Is(line));

    [Theory]
    [InlineData("***")]
    [InlineData("             ***")]
    [InlineData("* * *")]
    public void The_divider_is_a_paragraph_as_the_UN_prints_it_and_the_number_below_keeps_its_text(string divider)
    {
        var text = "6. Guided by the purposes and principles of the Charter, we are here.\n\n" + divider + "\n7. We will leave no one behind.\n";

        var blocks = TextSplitter.Split("75-1.txt", text);

        Assert.DoesNotContain(blocks, block => block.Kind == SourceBlockKind.PageBreak);
        Assert.Equal(new[] { "6. Guided by the purposes and principles of the Charter, we are here.", "* * *", "7. We will leave no one behind." }, blocks.Select(block => block.Text));
    }

    [Fact]
    public void A_star_alone_between_preamble_and_operative_part_stands_apart()
    {
        // S/RES/2713 (2023) in reading order: the star runs on under the preamble's last paragraph, with no blank line.
        var text = "Acting under Chapter VII of the Charter of the United Nations,\n*\nA. Targeted sanctions\n\n1. Recalls its decisions in its resolution 1844 (2008);\n";

        var blocks = TextSplitter.Split("2713.txt", text);

        Assert.Equal(new[] { "Acting under Chapter VII of the Charter of the United Nations,", "*", "A. Targeted sanctions", "1. Recalls its decisions in its resolution 1844 (2008);" }, blocks.Select(block => block.Text));
    }

    [Theory]
    [InlineData("* Not applicable")]
    [InlineData("**")]
    [InlineData("*1")]
    public void A_star_with_words_or_another_star_is_no_star_alone(string line) => Assert.False(Divider.IsStar(line));

    [Fact]
    public void A_rule_of_dashes_is_still_a_page_break()
    {
        var blocks = TextSplitter.Split("page.txt", "1. Decides.\n\n---\n\n2. Requests.\n");

        Assert.Contains(blocks, block => block.Kind == SourceBlockKind.PageBreak);
    }
}
