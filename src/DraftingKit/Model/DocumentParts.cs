namespace DraftingKit.Model;

/// <summary>
/// The enacting formula: "The General Assembly,". <see cref="RunsOn"/> marks a decision of one sentence, where
/// the formula and the single operative paragraph are one line ("The Economic and Social Council decides to …").
/// </summary>
public sealed record EnactingFormula(InlineText Text, bool RunsOn, SourceSpan Span);

/// <summary>
/// One part of a resolution: the whole text of an ordinary resolution, or part A, B … of a multi-part one
/// (each with its own title, formula, preamble and operative part).
/// </summary>
/// <param name="Designation">"A", "B" … for a multi-part resolution; null for a text in one part.</param>
/// <param name="Title">The part's own title, for multi-part resolutions.</param>
/// <param name="Formula">The enacting formula, or null when the text lacks one.</param>
/// <param name="Preamble">Preambular paragraphs and any headings among them.</param>
/// <param name="OperativePart">Operative paragraphs and the headings that divide them.</param>
/// <param name="Span">Where the part stands in the source.</param>
public sealed record DocumentPart(
    string? Designation,
    InlineText? Title,
    EnactingFormula? Formula,
    EquatableArray<BodyBlock> Preamble,
    EquatableArray<BodyBlock> OperativePart,
    SourceSpan Span)
{
    /// <summary>
    /// Footnote references set on the designation itself ("B" with the footnote "Resolution 75/245 A, in section VI
    /// of the Official Records …", as the UN prints a part issued on its own); null when it has none.
    /// </summary>
    public InlineText? DesignationNote { get; init; }
}

/// <summary>An annex: "Annex" or "Annex II", an optional title, and its content.</summary>
public sealed record Annex(string Label, InlineText? Title, EquatableArray<BodyBlock> Blocks, SourceSpan Span);

/// <summary>
/// A footnote as defined in the text. Its printed number is not stored: it follows from the order of first
/// reference (<see cref="FootnoteNumbering"/>).
/// </summary>
public sealed record Footnote(string Label, InlineText Text, SourceSpan Span);

/// <summary>A resolution or decision: its header, its parts, its annexes and its footnotes.</summary>
public sealed record ResolutionDocument(
    string Path,
    DocumentHeader Header,
    EquatableArray<DocumentPart> Parts,
    EquatableArray<Annex> Annexes,
    EquatableArray<Footnote> Footnotes)
{
    /// <summary>Every operative paragraph of every part, in order.</summary>
    public System.Collections.Generic.IEnumerable<OperativeParagraph> OperativeParagraphs()
    {
        foreach (var part in Parts)
        {
            foreach (var block in part.OperativePart)
            {
                if (block is OperativeParagraph paragraph)
                {
                    yield return paragraph;
                }
            }
        }
    }

    /// <summary>Every preambular paragraph of every part, in order.</summary>
    public System.Collections.Generic.IEnumerable<PreambularParagraph> PreambularParagraphs()
    {
        foreach (var part in Parts)
        {
            foreach (var block in part.Preamble)
            {
                if (block is PreambularParagraph paragraph)
                {
                    yield return paragraph;
                }
            }
        }
    }
}
