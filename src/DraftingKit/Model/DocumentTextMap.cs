namespace DraftingKit.Model;

/// <summary>
/// A document, part or annex with every text in it (titles, formulas, paragraphs, subparagraphs and their items,
/// headings) passed through one function: the importers rewrite footnote labels so. <see cref="MapItems"/> passes each
/// paragraph's list of items through one function instead: the importer sets item titles in bold so.
/// </summary>
internal static class DocumentTextMap
{
    public static ResolutionDocument Map(ResolutionDocument document, Func<InlineText, InlineText> text) => document with
    {
        Parts = EquatableArray.From(document.Parts.Select(part => Map(part, text)).ToArray()),
        Annexes = EquatableArray.From(document.Annexes.Select(annex => Map(annex, text)).ToArray()),
    };

    public static DocumentPart Map(DocumentPart part, Func<InlineText, InlineText> text) => part with
    {
        Title = part.Title is null ? null : text(part.Title),
        Formula = part.Formula is null ? null : part.Formula with { Text = text(part.Formula.Text) },
        Preamble = Blocks(part.Preamble, text),
        OperativePart = Blocks(part.OperativePart, text),
    };

    public static Annex Map(Annex annex, Func<InlineText, InlineText> text) => annex with
    {
        Title = annex.Title is null ? null : text(annex.Title),
        Blocks = Blocks(annex.Blocks, text),
    };

    /// <summary>The document with the list of items under each paragraph of its parts and annexes passed through <paramref name="items"/>.</summary>
    public static ResolutionDocument MapItems(ResolutionDocument document, Func<EquatableArray<Subparagraph>, EquatableArray<Subparagraph>> items) => document with
    {
        Parts = EquatableArray.From(document.Parts.Select(part => part with { Preamble = Blocks(part.Preamble, Same, items), OperativePart = Blocks(part.OperativePart, Same, items) }).ToArray()),
        Annexes = EquatableArray.From(document.Annexes.Select(annex => annex with { Blocks = Blocks(annex.Blocks, Same, items) }).ToArray()),
    };

    private static InlineText Same(InlineText text) => text;

    private static EquatableArray<BodyBlock> Blocks(EquatableArray<BodyBlock> blocks, Func<InlineText, InlineText> text) =>
        Blocks(blocks, text, list => Items(list, text));

    private static EquatableArray<BodyBlock> Blocks(EquatableArray<BodyBlock> blocks, Func<InlineText, InlineText> text, Func<EquatableArray<Subparagraph>, EquatableArray<Subparagraph>> items) =>
        EquatableArray.From(blocks.Select(block => Block(block, text, items)).ToArray());

    private static BodyBlock Block(BodyBlock block, Func<InlineText, InlineText> text, Func<EquatableArray<Subparagraph>, EquatableArray<Subparagraph>> items) => block switch
    {
        PreambularParagraph p => p with { Text = text(p.Text), Subparagraphs = items(p.Subparagraphs) },
        OperativeParagraph p => p with { Text = text(p.Text), Subparagraphs = items(p.Subparagraphs) },
        TextParagraph p => p with { Text = text(p.Text), Subparagraphs = items(p.Subparagraphs) },
        Heading h => h with { Text = text(h.Text) },
        _ => block,
    };

    private static EquatableArray<Subparagraph> Items(EquatableArray<Subparagraph> items, Func<InlineText, InlineText> text) =>
        EquatableArray.From(items.Select(item => item with { Text = text(item.Text), Items = Items(item.Items, text) }).ToArray());
}
