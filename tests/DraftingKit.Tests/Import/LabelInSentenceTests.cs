using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a line set in at a paragraph's hang that opens with what looks like a label goes on the sentence when the
/// line above ended no unit ("… (Ukraine" / "v. Russian Federation), …", A/RES/77/229); after a unit's end it opens an item.
/// </summary>
public sealed class LabelInSentenceTests
{
    [Fact]
    public void A_label_after_a_line_that_ended_no_unit_goes_on_the_sentence()
    {
        var text = string.Join("\n",
            "1. Recalls the orders of the International Court of Justice on provisional measures in the",
            "   International Convention on the Elimination of All Forms of Racial Discrimination (Ukraine",
            "   v. Russian Federation), and of 16 March 2022 on provisional measures in the case",
            "   concerning Allegations of Genocide (Ukraine v. Russian Federation);");

        var blocks = TextSplitter.Split("A-RES-77-229.txt", text);

        Assert.Single(blocks, block => block.Kind == SourceBlockKind.Paragraph);
    }

    [Fact]
    public void A_label_after_a_line_that_ended_a_unit_opens_an_item()
    {
        var text = string.Join("\n",
            "1. Requests the Mission to carry out the following tasks:",
            "   a. Assist, through good offices, the Government in the peace process;",
            "   b. Support the protection of civilians under threat of physical violence;");

        var blocks = TextSplitter.Split("S-RES-2524.txt", text);

        Assert.Equal("1. Requests the Mission to carry out the following tasks:", blocks[0].Text);
    }
}
