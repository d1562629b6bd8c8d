using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Tests.Declarations;

/// <summary>
/// Mapping template spans and edits back into C# literals, without Roslyn: declared texts are built by hand as the
/// reader builds them, with their escape sequences and concatenations.
/// </summary>
public sealed class TemplateMapTests
{
    private const string Path = "Drafts.cs";

    // Source line 1: "x = "*Recalling* the \u201CDoha Declaration\u201D," + "adopted in 2015,";
    //                      ^ content starts at offset 5
    private static DeclaredText Recalling()
    {
        const string value = "*Recalling* the “Doha Declaration”,adopted in 2015,";
        var segments = EquatableArray.Create(
            new LiteralSegment(0, 16, 5, 16, 1, 6, LiteralKind.Regular),     // *Recalling* the 
            new LiteralSegment(16, 1, 21, 6, 1, 22, LiteralKind.Regular),    // \u201C
            new LiteralSegment(17, 16, 27, 16, 1, 28, LiteralKind.Regular),  // Doha Declaration
            new LiteralSegment(33, 1, 43, 6, 1, 44, LiteralKind.Regular),    // \u201D
            new LiteralSegment(34, 1, 49, 1, 1, 50, LiteralKind.Regular),    // ,
            new LiteralSegment(35, 16, 54, 16, 1, 55, LiteralKind.Regular)); // adopted in 2015, (after '" + "')
        return new DeclaredText(value, new SourceSpan(Path, 5, 65, 1, 6, 1, 70), segments);
    }

    private static (TemplateMap Map, int TextStart) Map(DeclaredText text, SourceSpan anchor)
    {
        var map = new TemplateMap(Path);
        map.Write("The General Assembly,\n\n", anchor);
        var start = map.Text.Length;
        map.Copy(text, 0, text.Value.Length);
        map.Write("\n\n", anchor);
        return (map, start);
    }

    private static SourceSpan TemplateSpan(int start, int length) => new(Path, start, length, 1, 1, 1, 1);

    [Fact]
    public void A_span_after_an_escape_sequence_lands_on_its_own_characters()
    {
        var text = Recalling();
        var (map, start) = Map(text, SourceSpan.None);

        var span = map.MapSpan(TemplateSpan(start + 17, 4));

        Assert.Equal((27, 4, 1, 28), (span.Start, span.Length, span.Line, span.Column));
    }

    [Fact]
    public void A_span_over_an_escaped_character_covers_the_whole_escape()
    {
        var (map, start) = Map(Recalling(), SourceSpan.None);

        var span = map.MapSpan(TemplateSpan(start + 16, 1));

        Assert.Equal((21, 6), (span.Start, span.Length));
    }

    [Fact]
    public void A_span_on_written_text_goes_to_its_anchor()
    {
        var anchor = new SourceSpan(Path, 100, 15, 3, 14, 3, 28);
        var (map, _) = Map(Recalling(), anchor);

        Assert.Equal(anchor, map.MapSpan(TemplateSpan(4, 7)));
    }

    [Fact]
    public void An_edit_inside_one_literal_maps_and_is_escaped_for_it()
    {
        var (map, start) = Map(Recalling(), SourceSpan.None);

        var edit = map.MapEdit(new TextEdit(TemplateSpan(start + 17, 4), "“Doha"));

        Assert.NotNull(edit);
        Assert.Equal((27, 4, "“Doha"), (edit!.Span.Start, edit.Span.Length, edit.NewText));
        var quoted = map.MapEdit(new TextEdit(TemplateSpan(start + 17, 4), "\"Doha\\"));
        Assert.Equal("\\\"Doha\\\\", quoted!.NewText);
    }

    [Fact]
    public void An_edit_replacing_an_escaped_character_replaces_the_escape()
    {
        var (map, start) = Map(Recalling(), SourceSpan.None);

        var edit = map.MapEdit(new TextEdit(TemplateSpan(start + 16, 1), "‘"));

        Assert.Equal((21, 6, "‘"), (edit!.Span.Start, edit.Span.Length, edit.NewText));
    }

    [Fact]
    public void An_insertion_at_the_end_of_the_text_goes_inside_the_closing_quote()
    {
        var (map, start) = Map(Recalling(), SourceSpan.None);

        var edit = map.MapEdit(new TextEdit(TemplateSpan(start + Recalling().Value.Length, 0), " and 2016"));

        Assert.Equal((70, 0), (edit!.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void An_edit_across_two_concatenated_literals_is_refused()
    {
        var (map, start) = Map(Recalling(), SourceSpan.None);

        Assert.Null(map.MapEdit(new TextEdit(TemplateSpan(start + 34, 4), ", ad")));
    }

    [Fact]
    public void An_edit_of_written_text_is_refused_and_the_finding_keeps_no_fix()
    {
        var (map, _) = Map(Recalling(), SourceSpan.None);
        var finding = new DraftingDiagnostic(DraftingKit.Rules.OperativeLeadFormRule.Rule, "message", TemplateSpan(4, 7), DraftingSeverity.Warning)
        {
            Fix = EquatableArray.Create(new TextEdit(TemplateSpan(4, 7), "General")),
        };

        Assert.Null(map.MapEdit(finding.Fix[0]));
        Assert.False(map.Map(finding).HasFix);
    }

    [Theory]
    [InlineData("a \"b\" \\c\n", LiteralKind.Regular, "a \\\"b\\\" \\\\c\\n")]
    [InlineData("a \"b\"", LiteralKind.Verbatim, "a \"\"b\"\"")]
    [InlineData("a \"b\"", LiteralKind.Raw, "a \"b\"")]
    public void New_text_is_escaped_as_the_literal_needs(string text, LiteralKind kind, string expected) =>
        Assert.Equal(expected, LiteralEscaper.Escape(text, kind));

    [Fact]
    public void A_line_break_cannot_go_into_a_raw_literal_nor_anything_into_a_constant()
    {
        Assert.Null(LiteralEscaper.Escape("a\nb", LiteralKind.Raw));
        Assert.Null(LiteralEscaper.Escape("a", LiteralKind.Constant));
    }
}
