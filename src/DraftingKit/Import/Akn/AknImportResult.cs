using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import.Akn;

/// <summary>The resolution read from an AKN4UN file and the diagnostics met on the way.</summary>
public sealed record AknImportResult(ResolutionDocument Document, IReadOnlyList<DraftingDiagnostic> Diagnostics)
{
    /// <summary>The language of the text as the file declares it ("eng", "fra"), or null when it does not say.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// How the file marks up lettered subparagraphs in its main body: as <c>list</c>/<c>point</c>, or as unnumbered
    /// paragraphs opening "(a)&#9;…". The AKN export writes them the same way when given it.
    /// </summary>
    public AknSubparagraphMarkup SubparagraphMarkup { get; init; }

    /// <summary>
    /// The form of each subparagraph as the file writes it (a <c>point</c>, a paragraph opening "(a)&#9;…", or a
    /// paragraph with the label in its <c>num</c>), by where it stands in the file; any other in
    /// <see cref="SubparagraphMarkup"/>. The AKN export writes each the same way when given it.
    /// </summary>
    public AknSubparagraphForms SubparagraphForms { get; init; } = AknSubparagraphForms.All(AknSubparagraphMarkup.Points);

    /// <summary>
    /// How the file marks up the numbers of section headings ("I.", "A."): in the heading's text, or in the
    /// <c>num</c> of the paragraph that holds it. The AKN export writes them the same way when given it.
    /// </summary>
    public AknHeadingMarkup HeadingMarkup { get; init; }

    /// <summary>
    /// The form of each section heading's number as the file writes it, by where the heading stands in the file; any
    /// other in <see cref="HeadingMarkup"/>. The AKN export writes each the same way when given it.
    /// </summary>
    public AknHeadingForms HeadingForms { get; init; } = AknHeadingForms.All(AknHeadingMarkup.InText);

    /// <summary>True when any diagnostic is an error (the file could not be read as a resolution).</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DraftingSeverity.Error);
}
