using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A paragraph a page opened without its label: a line at the column its lines run at that opens with a label but no
/// label's gap, after a line that ended no unit, is a reference run on ("… under article 4" / "(b) of the Convention;",
/// A/RES/75/169), not an item.
/// </summary>
public sealed class LabelRunOnAtColumnTests
{
    private const string Column = "                        ";

    private static List<string> Paragraphs(params string[] lines) =>
        TextSplitter.Split("page.txt", string.Join("\n", lines) + "\n")
            .Where(block => block.Kind == SourceBlockKind.Paragraph)
            .Select(block => block.Text)
            .ToList();

    [Fact]
    public void A_reference_at_the_column_runs_on_its_sentence()
    {
        var paragraphs = Paragraphs(
            Column + "punishable by law, and that neo-Nazi recruitment attempting to mainstream extreme",
            Column + "ideologies or racial, ethnic or religious hatred and intolerance may fall under article 4",
            Column + "(b) of the Convention;");

        var paragraph = Assert.Single(paragraphs);
        Assert.EndsWith("may fall under article 4 (b) of the Convention;", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_after_a_colon_or_with_a_labels_gap_opens_its_own_paragraph()
    {
        var afterColon = Paragraphs(
            Column + "calls upon States, in accordance with their obligations under the Convention, to take",
            Column + "the following measures:",
            Column + "(a) to declare an offence punishable by law all dissemination of ideas;");
        var withGap = Paragraphs(
            Column + "ideologies or racial, ethnic or religious hatred and intolerance may fall under article 4",
            Column + "(b)    Shall declare illegal and prohibit organizations;");

        Assert.Equal(2, afterColon.Count);
        Assert.Equal(2, withGap.Count);
    }
}
