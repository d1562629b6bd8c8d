namespace DraftingKit.Model;

/// <summary>
/// An item of a list inside a paragraph: a subparagraph "(a) …", a sub-subparagraph "(i) …", or an item of an
/// embedded numbered list such as a provisional agenda ("4. Strategic management …:" with its own "(a)" items).
/// </summary>
/// <param name="Label">The label without its punctuation, as written: "a", "iv", "12"; empty for unlabelled items.</param>
/// <param name="Style">How the label is written.</param>
/// <param name="Text">The text of the item.</param>
/// <param name="Items">Items nested under this one.</param>
/// <param name="Span">Where the item stands in the source.</param>
public sealed record Subparagraph(string Label, ListStyle Style, InlineText Text, EquatableArray<Subparagraph> Items, SourceSpan Span)
{
    /// <summary>The label as printed: "(a)", "(iv)", "12.", or empty.</summary>
    public string DisplayLabel => Style switch
    {
        ListStyle.Decimal => Label + ".",
        ListStyle.Unlabelled => string.Empty,
        _ => "(" + Label + ")",
    };
}
