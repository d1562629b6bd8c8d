using DraftingKit.Diagnostics;

namespace DraftingKit.Import;

/// <summary>
/// Diagnostics of the importer (DK0101–DK0199, range "Import"): text of a UN document that the importer could
/// not place where the published text has it. The importer reports them and keeps going; it never throws and
/// never drops text silently.
/// </summary>
public static class ImportDiagnostics
{
    /// <summary>DK0101: a paragraph that belongs to no resolution or decision (report text), left out.</summary>
    public static DraftingDescriptor ReportTextSkipped { get; } = RuleDescriptors.Create(
        "DK0101", "import-report-text-skipped", RuleCategory.Import, DraftingSeverity.Info,
        "Report text outside any resolution or decision",
        "{0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0102: a paragraph inside a text that the importer could not place in the preamble or operative part.</summary>
    public static DraftingDescriptor UnplacedParagraph { get; } = RuleDescriptors.Create(
        "DK0102", "import-unplaced-paragraph", RuleCategory.Import, DraftingSeverity.Warning,
        "Paragraph the importer could not place",
        "{0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0103: a footnote marker whose footnote text the document does not contain.</summary>
    public static DraftingDescriptor MissingFootnote { get; } = RuleDescriptors.Create(
        "DK0103", "import-missing-footnote", RuleCategory.Import, DraftingSeverity.Warning,
        "Footnote marker without footnote text",
        "Footnote marker {0} has no footnote text in the document; the marker is kept as plain text",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0104: a footnote text that no paragraph of any text refers to.</summary>
    public static DraftingDescriptor UnreferencedFootnote { get; } = RuleDescriptors.Create(
        "DK0104", "import-unreferenced-footnote", RuleCategory.Import, DraftingSeverity.Info,
        "Footnote text without a marker",
        "Footnote {0} ('{1}') is referenced by no paragraph of the text it stands in; it is kept after the others",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0105: a lead that the UN lead vocabulary does not know; the first word was taken as the lead.</summary>
    public static DraftingDescriptor UnknownLead { get; } = RuleDescriptors.Create(
        "DK0105", "import-unknown-lead", RuleCategory.Import, DraftingSeverity.Info,
        "Lead not in the UN lead vocabulary",
        "'{0}' opens a paragraph but no known lead does; '{1}' (its first word) is set in italics as the lead",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0106: the document holds no resolution or decision the importer recognizes.</summary>
    public static DraftingDescriptor NoTextFound { get; } = RuleDescriptors.Create(
        "DK0106", "import-no-text", RuleCategory.Import, DraftingSeverity.Error,
        "No resolution or decision found",
        "No resolution or decision was found: the importer looks for 'Draft resolution I', 'Draft decision I', 'Resolution 26/1', a quoted draft opening with '“The General Assembly,', a formula or a 'Resolution adopted by …' header, in English or in French ('L’Assemblée générale,', 'Résolution adoptée par …')",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0107: a text announced by a label whose wording the document does not give.</summary>
    public static DraftingDescriptor TextNotGiven { get; } = RuleDescriptors.Create(
        "DK0107", "import-text-not-given", RuleCategory.Import, DraftingSeverity.Warning,
        "Text announced but not given",
        "{0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>DK0108: the input file could not be read as a document.</summary>
    public static DraftingDescriptor UnreadableInput { get; } = RuleDescriptors.Create(
        "DK0108", "import-unreadable-input", RuleCategory.Import, DraftingSeverity.Error,
        "Input cannot be read",
        "The file cannot be read as a UN document: {0}",
        fix: DraftingFix.None("No: the importer keeps going; correct the imported template by hand."));

    /// <summary>Every import descriptor, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[]
    {
        ReportTextSkipped, UnplacedParagraph, MissingFootnote, UnreferencedFootnote, UnknownLead, NoTextFound,
        TextNotGiven, UnreadableInput,
    };

    /// <summary>The start of <paramref name="text"/> that a finding quotes: at most <paramref name="length"/> characters, and "…" where cut.</summary>
    internal static string Excerpt(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";
}
