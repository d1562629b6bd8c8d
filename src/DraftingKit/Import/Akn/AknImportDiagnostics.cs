using DraftingKit.Diagnostics;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Diagnostics of the AKN4UN importer (DK0151–DK0199): what a UN XML file holds that the document model cannot
/// hold as written. The importer reports each with the file and line and keeps going; it never throws and never
/// drops text without saying so.
/// </summary>
public static class AknImportDiagnostics
{
    /// <summary>DK0151: the file is not in English.</summary>
    public static DraftingDescriptor NotEnglish { get; } = RuleDescriptors.Create(
        "DK0151", "akn-not-english", RuleCategory.Import, DraftingSeverity.Warning,
        "Resolution not in English",
        "The file is marked as language '{0}', not English; it is imported as written and its template declares the language, which the exports carry (in French with the header's words in French); the lead vocabulary is English and the drafting rules do not run on it",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0152: the file cannot be read as XML.</summary>
    public static DraftingDescriptor UnreadableXml { get; } = RuleDescriptors.Create(
        "DK0152", "akn-unreadable-xml", RuleCategory.Import, DraftingSeverity.Error,
        "File is not readable AKN XML",
        "The file cannot be read as XML: {0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0153: the XML holds no resolution.</summary>
    public static DraftingDescriptor NoResolution { get; } = RuleDescriptors.Create(
        "DK0153", "akn-no-resolution", RuleCategory.Import, DraftingSeverity.Error,
        "No resolution in the file",
        "The file holds no 'statement' or 'documentCollection' under 'akomaNtoso' ({0}); there is nothing to import",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0154: an element the importer does not map.</summary>
    public static DraftingDescriptor UnmappedElement { get; } = RuleDescriptors.Create(
        "DK0154", "akn-unmapped-element", RuleCategory.Import, DraftingSeverity.Warning,
        "Element the importer does not map",
        "The element '{0}' inside '{1}' has no counterpart in the document model; its text is kept as plain text",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0155: a footnote marker that stands where the model holds no text.</summary>
    public static DraftingDescriptor DetachedFootnote { get; } = RuleDescriptors.Create(
        "DK0155", "akn-detached-footnote", RuleCategory.Import, DraftingSeverity.Warning,
        "Footnote marker outside the text",
        "The footnote marked '{0}' is attached to {1}, which the model holds as plain metadata; the footnote is kept and printed after the others",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0156: a title marked up in several pieces.</summary>
    public static DraftingDescriptor TitleInPieces { get; } = RuleDescriptors.Create(
        "DK0156", "akn-title-in-pieces", RuleCategory.Import, DraftingSeverity.Info,
        "Title in several pieces",
        "The title is marked up as {0} separate 'docTitle' elements; they are joined with a space into one title",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0157: the parts of a multi-part resolution close differently.</summary>
    public static DraftingDescriptor PartClosingDiffers { get; } = RuleDescriptors.Create(
        "DK0157", "akn-part-closing-differs", RuleCategory.Import, DraftingSeverity.Warning,
        "Parts close at different meetings",
        "Part {0} closes with '{1}' where the first part closes with '{2}'; the model holds one closing for the whole resolution, the first",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0158: the identification and the closing give different adoption dates.</summary>
    public static DraftingDescriptor AdoptionDateMismatch { get; } = RuleDescriptors.Create(
        "DK0158", "akn-adoption-date-mismatch", RuleCategory.Import, DraftingSeverity.Warning,
        "Two different adoption dates",
        "The identification gives the adoption date {0} but the closing gives {1}; the closing date is kept",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0159: a footnote marker used twice in one file.</summary>
    public static DraftingDescriptor FootnoteRelabelled { get; } = RuleDescriptors.Create(
        "DK0159", "akn-footnote-relabelled", RuleCategory.Import, DraftingSeverity.Info,
        "Footnote marker used again",
        "The footnote marker '{0}' is used again (parts number their footnotes from 1); this footnote is labelled '{1}'",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0160: metadata a resolution should have is missing.</summary>
    public static DraftingDescriptor MissingMetadata { get; } = RuleDescriptors.Create(
        "DK0160", "akn-missing-metadata", RuleCategory.Import, DraftingSeverity.Warning,
        "Metadata missing",
        "The file has no {0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0161: a paragraph that holds only its number, read as a heading.</summary>
    public static DraftingDescriptor NumberAsHeading { get; } = RuleDescriptors.Create(
        "DK0161", "akn-number-as-heading", RuleCategory.Import, DraftingSeverity.Info,
        "Paragraph with a number and no text",
        "The paragraph numbered '{0}' has no text; the number is kept as a heading of the section that follows",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0162: an image, which the model does not hold.</summary>
    public static DraftingDescriptor ImageDropped { get; } = RuleDescriptors.Create(
        "DK0162", "akn-image-dropped", RuleCategory.Import, DraftingSeverity.Info,
        "Image not imported",
        "An image ('{0}') has no place in the document model and is not imported",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0163: a paragraph that stands where the template format does not expect it.</summary>
    public static DraftingDescriptor UnnumberedParagraph { get; } = RuleDescriptors.Create(
        "DK0163", "akn-unnumbered-paragraph", RuleCategory.Import, DraftingSeverity.Info,
        "Unnumbered paragraph among operative paragraphs",
        "An unnumbered paragraph ('{0}') stands among the numbered operative paragraphs; it is kept as a text paragraph",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>Every descriptor of the importer.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[]
    {
        NotEnglish, UnreadableXml, NoResolution, UnmappedElement, DetachedFootnote, TitleInPieces, PartClosingDiffers,
        AdoptionDateMismatch, FootnoteRelabelled, MissingMetadata, NumberAsHeading, ImageDropped, UnnumberedParagraph,
    };
}
