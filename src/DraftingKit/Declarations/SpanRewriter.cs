using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>Rewrites every span of a document, as mapping a document read from a written template back into its C# file needs.</summary>
internal static class SpanRewriter
{
    public static ResolutionDocument Rewrite(ResolutionDocument document, string path, Func<SourceSpan, SourceSpan> map) =>
        new(
            path,
            document.Header with { Fields = Each(document.Header.Fields, field => field with { KeySpan = map(field.KeySpan), ValueSpan = map(field.ValueSpan) }) },
            Each(document.Parts, part => Part(part, map)),
            Each(document.Annexes, annex => new Annex(annex.Label, OptionalText(annex.Title, map), Blocks(annex.Blocks, map), map(annex.Span))),
            Each(document.Footnotes, footnote => new Footnote(footnote.Label, Text(footnote.Text, map), map(footnote.Span))));

    private static DocumentPart Part(DocumentPart part, Func<SourceSpan, SourceSpan> map) =>
        new(
            part.Designation,
            OptionalText(part.Title, map),
            part.Formula is { } formula ? new EnactingFormula(Text(formula.Text, map), formula.RunsOn, map(formula.Span)) : null,
            Blocks(part.Preamble, map),
            Blocks(part.OperativePart, map),
            map(part.Span));

    private static EquatableArray<BodyBlock> Blocks(EquatableArray<BodyBlock> blocks, Func<SourceSpan, SourceSpan> map) =>
        Each(blocks, block => block switch
        {
            PreambularParagraph paragraph => new PreambularParagraph(Text(paragraph.Text, map), Items(paragraph.Subparagraphs, map), map(paragraph.Span)),
            OperativeParagraph paragraph => new OperativeParagraph(paragraph.Number, paragraph.NumberStyle, Text(paragraph.Text, map), Items(paragraph.Subparagraphs, map), map(paragraph.Span)) { Addition = paragraph.Addition },
            TextParagraph paragraph => new TextParagraph(paragraph.Label, Text(paragraph.Text, map), Items(paragraph.Subparagraphs, map), map(paragraph.Span)),
            Heading heading => new Heading(Text(heading.Text, map), heading.Level, map(heading.Span)),
            Table table => new Table(Each(table.Rows, row => new TableRow(Each(row.Cells, cell => Text(cell, map)), row.IsHeader, map(row.Span)) { Spans = row.Spans }), map(table.Span)),
            _ => block,
        });

    private static EquatableArray<Subparagraph> Items(EquatableArray<Subparagraph> items, Func<SourceSpan, SourceSpan> map) =>
        Each(items, item => new Subparagraph(item.Label, item.Style, Text(item.Text, map), Items(item.Items, map), map(item.Span)));

    private static InlineText? OptionalText(InlineText? text, Func<SourceSpan, SourceSpan> map) => text is null ? null : Text(text, map);

    private static InlineText Text(InlineText text, Func<SourceSpan, SourceSpan> map) =>
        text.IsEmpty ? text : new InlineText(Each(text.Inlines, inline => Inline(inline, map)));

    private static Inline Inline(Inline inline, Func<SourceSpan, SourceSpan> map) => inline switch
    {
        TextRun run => new TextRun(run.Text, map(run.Span)),
        Emphasis emphasis => new Emphasis(Text(emphasis.Content, map), map(emphasis.Span)),
        StrongEmphasis strong => new StrongEmphasis(Text(strong.Content, map), map(strong.Span)),
        FootnoteReference reference => new FootnoteReference(reference.Label, map(reference.Span)),
        DocumentLink link => new DocumentLink(Text(link.Content, map), link.Target, map(link.Span)),
        _ => inline,
    };

    private static EquatableArray<T> Each<T>(EquatableArray<T> items, Func<T, T> rewrite)
        where T : IEquatable<T>
    {
        if (items.IsEmpty)
        {
            return items;
        }

        var output = new List<T>(items.Count);
        foreach (var item in items)
        {
            output.Add(rewrite(item));
        }

        return EquatableArray.From(output);
    }
}
