using DraftingKit.Text;

namespace DraftingKit.Tests.Text;

/// <summary>
/// The line map gives every offset the line and column its text puts it on, whatever order it is asked in: it
/// starts from the line it last found (the reader asks in the order of the text), and an answer must not depend on it.
/// </summary>
public sealed class LineMapTests
{
    private const string Text = "---\ntitle: x\n---\n\n*Recalling* its resolution 74/177,\r\n\n1. *Decides* to remain seized.\n\n\n[^1]: A note.";

    public static TheoryData<string> Orders => new() { "forward", "backward", "shuffled", "alternate ends" };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Every_offset_is_on_the_line_its_text_puts_it_on_in_any_order_of_asking(string order)
    {
        var map = new LineMap("a.res.md", Text);
        var offsets = Enumerable.Range(0, Text.Length + 1).ToList();
        offsets = order switch
        {
            "forward" => offsets,
            "backward" => Enumerable.Reverse(offsets).ToList(),
            "shuffled" => offsets.OrderBy(o => (o * 7919) % 101).ToList(),
            _ => offsets.SelectMany(o => new[] { o, Text.Length - o }).ToList(),
        };

        foreach (var offset in offsets)
        {
            var span = map.Span(offset, 0);
            Assert.Equal(Expected(offset), (span.Line, span.Column));
        }
    }

    [Fact]
    public void A_span_across_lines_ends_on_the_line_of_its_last_character()
    {
        var map = new LineMap("a.res.md", Text);
        var start = Text.IndexOf("*Recalling*", StringComparison.Ordinal);
        var end = Text.IndexOf("remain", StringComparison.Ordinal);

        // Asked after an offset near the end, then one near the start: the hint is behind and ahead of them.
        map.Span(Text.Length, 0);
        var span = map.Inclusive(start, end);

        Assert.Equal((Expected(start), Expected(end)), ((span.Line, span.Column), (span.EndLine, span.EndColumn)));
    }

    [Fact]
    public void A_text_without_a_line_end_is_one_line()
    {
        var map = new LineMap("a.res.md", "Decides");

        Assert.Equal((1, 7, 1, 7), (map.Span(6, 1).Line, map.Span(6, 1).Column, map.Span(0, 7).EndLine, map.Span(0, 7).EndColumn));
        Assert.Equal((1, 8), (map.Span(7, 0).Line, map.Span(7, 0).Column));
    }

    /// <summary>The line and column counted from the text, character by character.</summary>
    private static (int Line, int Column) Expected(int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            (line, column) = Text[i] == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        return (line, column);
    }
}
