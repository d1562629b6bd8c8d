namespace DraftingKit.Model;

/// <summary>A block of a resolution's preamble, operative part or annex.</summary>
public abstract record BodyBlock(SourceSpan Span);

/// <summary>
/// A preambular paragraph: "<i>Recalling also</i> its resolution 73/186 of 17 December 2018,". It may introduce
/// subparagraphs, in which case it ends with a colon.
/// </summary>
public sealed record PreambularParagraph(InlineText Text, EquatableArray<Subparagraph> Subparagraphs, SourceSpan Span) : BodyBlock(Span)
{
    /// <summary>The italic lead phrase, or null when the paragraph does not open with italics.</summary>
    public string? Lead => Text.ItalicLead;
}

/// <summary>
/// An operative paragraph: "5. <i>Requests</i> the Secretary-General to …;". <see cref="Number"/> is null for the
/// single unnumbered operative paragraph of a short text; decisions in lettered form use
/// <see cref="NumberStyle.Letter"/> ("(a) <i>Reaffirms</i> …").
/// </summary>
public sealed record OperativeParagraph(int? Number, NumberStyle NumberStyle, InlineText Text, EquatableArray<Subparagraph> Subparagraphs, SourceSpan Span) : BodyBlock(Span)
{
    /// <summary>The italic lead phrase, or null when the paragraph does not open with italics.</summary>
    public string? Lead => Text.ItalicLead;

    /// <summary>
    /// The Latin ordinal of a paragraph added after paragraph <see cref="Number"/> in a negotiation draft ("bis" in
    /// "5 bis.", "ter", "quater" …), or null for a paragraph numbered in sequence.
    /// </summary>
    public string? Addition { get; init; }

    /// <summary>The number as printed: "5.", "5 bis.", "(c)", or empty for an unnumbered paragraph.</summary>
    public string DisplayNumber => Number is not int number
        ? string.Empty
        : NumberStyle == NumberStyle.Letter ? "(" + Numerals.ToLetters(number) + ")" : number + (Addition is null ? "." : " " + Addition + ".");

    /// <summary>The number as a key for identifiers: "5", "5-bis", "c".</summary>
    public string NumberKey => Number is not int number
        ? string.Empty
        : NumberStyle == NumberStyle.Letter ? Numerals.ToLetters(number) : number.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Addition is null ? string.Empty : "-" + Addition);
}

/// <summary>How operative paragraphs are numbered.</summary>
public enum NumberStyle
{
    /// <summary>1., 2., 3. … as resolutions do.</summary>
    Arabic,

    /// <summary>(a), (b), (c) … as decisions in lettered form do.</summary>
    Letter,
}

/// <summary>
/// A heading that divides the preamble, the operative part or an annex ("Continuous support for …",
/// "I. Introduction"). Level 1 is the highest heading inside a part.
/// </summary>
public sealed record Heading(InlineText Text, int Level, SourceSpan Span) : BodyBlock(Span);

/// <summary>
/// A paragraph without a lead, as annexes hold them (declarations, programmes of action), optionally numbered
/// with its label as written ("12", "A", "a", "•").
/// </summary>
public sealed record TextParagraph(string? Label, InlineText Text, EquatableArray<Subparagraph> Subparagraphs, SourceSpan Span) : BodyBlock(Span)
{
    /// <summary>
    /// The label as printed: "12.", "a."; a mark stands alone ("•", as the Council's annexes number the items of a
    /// list, S/RES/2551 (2020)); empty without a label.
    /// </summary>
    public string DisplayLabel => Label is null ? string.Empty : Label.Any(char.IsLetterOrDigit) ? Label + "." : Label;
}

/// <summary>A table, as budget and election texts hold them. The first rows may be header rows.</summary>
public sealed record Table(EquatableArray<TableRow> Rows, SourceSpan Span) : BodyBlock(Span);

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow(EquatableArray<InlineText> Cells, bool IsHeader, SourceSpan Span)
{
    /// <summary>How many columns each cell spans ("(United States dollars)" over two); empty when every cell spans one.</summary>
    public EquatableArray<int> Spans { get; init; }

    /// <summary>The columns cell <paramref name="index"/> spans: 1 unless <see cref="Spans"/> says more.</summary>
    public int SpanOf(int index) => index < Spans.Count ? Spans[index] : 1;

    /// <summary>The columns the row fills: the sum of its cells' spans.</summary>
    public int Width
    {
        get
        {
            var width = 0;
            for (var i = 0; i < Cells.Count; i++)
            {
                width += SpanOf(i);
            }

            return width;
        }
    }
}
