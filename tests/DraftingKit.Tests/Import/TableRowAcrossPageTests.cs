using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a table a page cut in a PDF's reading order goes on under the page's foot (A/RES/76/247 A–C); its rows
/// moved up keep the tabs of their empty first and last cells, where a subtotal or a part's title stands.
/// </summary>
public sealed class TableRowAcrossPageTests
{
    private static string[] RunOn(params string[] below) =>
        FlowingPageBreak.RunOn(string.Join("\n", new[] { "12\tTrade and development\t71 274 800", "13\tEnvironment\t22 912 400", string.Empty, "---", string.Empty }.Concat(below)), (_, _) => false).Split('\n');

    [Fact]
    public void Rows_moved_up_keep_their_empty_cells()
    {
        var lines = RunOn("14\tHuman settlements\t13 275 800", "\tSubtotal, part IV\t260 683 300", "\tPart V. Regional cooperation for development\t");

        Assert.Equal(new[] { "12\tTrade and development\t71 274 800", "13\tEnvironment\t22 912 400", "14\tHuman settlements\t13 275 800", "\tSubtotal, part IV\t260 683 300", "\tPart V. Regional cooperation for development\t" }, lines.Take(5).ToArray());
    }

    [Fact]
    public void A_sentences_words_moved_up_lose_their_indent()
    {
        var lines = FlowingPageBreak.RunOn(string.Join("\n", "Requests the Secretary-General to report on the implementation of the present", string.Empty, "---", string.Empty, "   resolution at its next session;"), (_, _) => false).Split('\n');

        Assert.Equal("resolution at its next session;", lines[1]);
    }
}
