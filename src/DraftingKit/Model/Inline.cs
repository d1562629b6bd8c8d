namespace DraftingKit.Model;

/// <summary>
/// A run of text inside a paragraph, title or footnote. The model keeps inline formatting exactly as the
/// drafter wrote it (which words are italic, where the footnote markers stand), because the rules judge it.
/// </summary>
public abstract record Inline(SourceSpan Span);

/// <summary>Plain text.</summary>
public sealed record TextRun(string Text, SourceSpan Span) : Inline(Span);

/// <summary>Italic text: the lead of a paragraph, the title of a publication, a Latin phrase.</summary>
public sealed record Emphasis(InlineText Content, SourceSpan Span) : Inline(Span);

/// <summary>Bold text, which UN documents use only in headers.</summary>
public sealed record StrongEmphasis(InlineText Content, SourceSpan Span) : Inline(Span);

/// <summary>A footnote marker; the number is assigned on output in order of first reference.</summary>
public sealed record FootnoteReference(string Label, SourceSpan Span) : Inline(Span);

/// <summary>
/// A link from text to a document, as UN texts link a cited symbol ("73/186", "A/74/125") to the document.
/// <see cref="Target"/> is the symbol or address the link points at.
/// </summary>
public sealed record DocumentLink(InlineText Content, string Target, SourceSpan Span) : Inline(Span);
