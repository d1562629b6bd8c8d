using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>What a block of the source is, before it is placed in a text.</summary>
internal enum SourceBlockKind
{
    /// <summary>A paragraph of running text, a heading or a list item.</summary>
    Paragraph,

    /// <summary>The text of a footnote, opening with its marker ("¹ Resolution 70/1.", "&lt;sup&gt;1&lt;/sup&gt; …").</summary>
    FootnoteText,

    /// <summary>A page break left by the extraction: a separator line ("---").</summary>
    PageBreak,
}

/// <summary>
/// A block of the source document: its raw text in the markdown-flavoured extraction syntax (italics as
/// <c>*…*</c>, footnote markers as superscript digits or <c>&lt;sup&gt;n&lt;/sup&gt;</c>, links as
/// <c>[A/72/125](#)</c>) and where it stands.
/// </summary>
internal sealed record SourceBlock(SourceBlockKind Kind, string Text, SourceSpan Span)
{
    /// <summary>The footnote number of a <see cref="SourceBlockKind.FootnoteText"/> block.</summary>
    public string? FootnoteNumber { get; init; }

    /// <summary>
    /// True for a note numbered with a plain number ("12 A/48/486", "[12] …"), as a PDF's text layer prints the notes
    /// after a rule line: the markers in the text are then plain numbers too ("thereto,12").
    /// </summary>
    public bool BareNumber { get; init; }

    /// <summary>True when the block follows a page break or footnote texts, where a split paragraph resumes.</summary>
    public bool AfterPageBreak { get; init; }

    /// <summary>
    /// The source lines the block was joined from, trimmed: a header block prints one field a line ("Distr.: General"
    /// then "30 November 2020"), where running text breaks lines only to fit the page.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<string> Lines { get; init; } = System.Array.Empty<string>();

    /// <summary>
    /// True for a block the source marks as a heading with the extraction syntax's heading mark ("## "), as a laid-out
    /// page's heading over a table is marked (<see cref="TableHeading"/>): a heading whatever its words would read as.
    /// </summary>
    public bool Heading { get; init; }

    /// <summary>The rows of a table as printed (<see cref="PrintedTable"/>), or null for any other block.</summary>
    public System.Collections.Generic.IReadOnlyList<string>? TableRows { get; init; }
}
