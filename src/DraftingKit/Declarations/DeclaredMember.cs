using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>What a member of a C#-declared resolution is in the text.</summary>
public enum DeclaredRole
{
    /// <summary>A preambular paragraph.</summary>
    Preambular,

    /// <summary>An operative paragraph.</summary>
    Operative,

    /// <summary>A subparagraph of the paragraph above it.</summary>
    Subparagraph,

    /// <summary>The text of a footnote.</summary>
    Footnote,
}

/// <summary>
/// A paragraph, subparagraph or footnote of a C#-declared resolution: one attributed <c>const string</c>.
/// </summary>
/// <param name="Name">The member's name.</param>
/// <param name="Role">What the member is in the text.</param>
/// <param name="Text">The string and where its characters stand.</param>
/// <param name="NameSpan">The span of the member's name, where findings about the member as a whole go.</param>
/// <param name="Number">The number written in <c>[Operative(5)]</c>, with the span of the number; null when not written.</param>
/// <param name="Label">The footnote label of <c>[Footnote("1")]</c>; empty otherwise.</param>
/// <param name="Level">1 for "(a)" subparagraphs, 2 for "(i)" items; 0 for paragraphs and footnotes.</param>
/// <param name="Citations">The texts this member cites with <c>[Cites(typeof(…))]</c>.</param>
public sealed record DeclaredMember(
    string Name,
    DeclaredRole Role,
    DeclaredText Text,
    SourceSpan NameSpan,
    DeclaredText? Number,
    string Label,
    int Level,
    EquatableArray<DeclaredCitation> Citations);

/// <summary>
/// A resolution or decision cited by type, as the declaration of that type describes it. <see cref="Resolved"/> is
/// false when the type declares no resolution (it carries none of the DraftingKit attributes).
/// </summary>
/// <param name="TypeName">The cited type, as written in <c>typeof</c>, fully qualified.</param>
/// <param name="Resolved">True when the type declares a resolution or decision.</param>
/// <param name="Kind">Resolution or decision.</param>
/// <param name="Organ">The adopting organ.</param>
/// <param name="Number">The number of the cited text ("73/186"); null when it has none yet.</param>
/// <param name="Adopted">The date of adoption, as the declaration writes it; null for a draft.</param>
/// <param name="Span">The span of the type name inside <c>typeof(…)</c>.</param>
public sealed record DeclaredCitation(string TypeName, bool Resolved, DocumentKind Kind, string Organ, string? Number, string? Adopted, SourceSpan Span);

/// <summary>A metadata property written on the resolution's attribute: <c>Symbol = "A/RES/74/177"</c>.</summary>
/// <param name="Key">The template's front-matter key the property stands for ("symbol", "agenda-item").</param>
/// <param name="Value">The value as written, with its source characters.</param>
public sealed record DeclaredField(string Key, DeclaredText Value);
