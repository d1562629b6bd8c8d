using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>One resolution or decision found in a document, still as source blocks.</summary>
internal sealed class TextSegment
{
    public TextSegment(DocumentKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public DocumentKind Kind { get; }

    public SourceSpan Span { get; }

    /// <summary>"Draft resolution IV", "Resolution 26/1"; null for an unlabelled or quoted text.</summary>
    public string? Label { get; init; }

    /// <summary>The number of an adopted text: "26/1", "74/177".</summary>
    public string? Number { get; init; }

    /// <summary>The title when the source gives it outside the body (on the label line, or as "entitled “…”").</summary>
    public string? Title { get; set; }

    /// <summary>The symbol the report gives a quoted draft ("A/C.3/68/L.17").</summary>
    public string? Symbol { get; init; }

    /// <summary>The letter of the report section the text stands in (001: A, B, C), to tell apart two "Draft resolution I".</summary>
    public string? Section { get; init; }

    /// <summary>True for a draft quoted inside a report paragraph, every paragraph opening with “.</summary>
    public bool Quoted { get; init; }

    /// <summary>The header of an adopted text published on its own (seed 003), or null.</summary>
    public DocumentHeader? Header { get; set; }

    public DocumentStatus Status { get; init; }

    /// <summary>Paragraph blocks: title lines, formula, preamble and operative part, in order.</summary>
    public List<SourceBlock> Body { get; } = new();

    /// <summary>Footnote texts that stand between the start of this text and the start of the next.</summary>
    public List<SourceBlock> Footnotes { get; } = new();
}
