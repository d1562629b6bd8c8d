using DraftingKit.Diagnostics;

namespace DraftingKit.Templates;

/// <summary>
/// Diagnostics of the template reader (DK0001–DK0099): a template that cannot be read as written. The reader
/// reports them and keeps going; it never throws and never drops text.
/// </summary>
public static class TemplateDiagnostics
{
    /// <summary>DK0001: the front matter is not valid YAML.</summary>
    public static DraftingDescriptor InvalidYaml { get; } = RuleDescriptors.Create(
        "DK0001", "template-invalid-yaml", RuleCategory.Template, DraftingSeverity.Error,
        "Front matter is not valid YAML",
        "The front matter is not valid YAML: {0}",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0002: a front-matter key the template format does not define.</summary>
    public static DraftingDescriptor UnknownKey { get; } = RuleDescriptors.Create(
        "DK0002", "template-unknown-key", RuleCategory.Template, DraftingSeverity.Error,
        "Unknown front-matter key",
        "Unknown front-matter key '{0}'; the keys are {1}",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0003: a front-matter value of the wrong form.</summary>
    public static DraftingDescriptor InvalidValue { get; } = RuleDescriptors.Create(
        "DK0003", "template-invalid-value", RuleCategory.Template, DraftingSeverity.Error,
        "Front-matter value of the wrong form",
        "Front-matter key '{0}' has the value '{1}'; {2}",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0004: a front-matter key that the text needs is missing.</summary>
    public static DraftingDescriptor MissingKey { get; } = RuleDescriptors.Create(
        "DK0004", "template-missing-key", RuleCategory.Template, DraftingSeverity.Warning,
        "Front-matter key missing",
        "The front matter has no '{0}'; {1}",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0005: there is no text after the front matter.</summary>
    public static DraftingDescriptor EmptyBody { get; } = RuleDescriptors.Create(
        "DK0005", "template-empty-body", RuleCategory.Template, DraftingSeverity.Error,
        "Template has no text",
        "The template has no text after its front matter; write the formula and the paragraphs",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0006: emphasis opened and never closed.</summary>
    public static DraftingDescriptor UnterminatedEmphasis { get; } = RuleDescriptors.Create(
        "DK0006", "template-unterminated-emphasis", RuleCategory.Template, DraftingSeverity.Error,
        "Emphasis never closed",
        "'{0}' opens italics that are never closed; close the lead with '{0}' or escape it as '\\{0}'",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0007: a footnote reference whose label is never defined.</summary>
    public static DraftingDescriptor UndefinedFootnote { get; } = RuleDescriptors.Create(
        "DK0007", "template-undefined-footnote", RuleCategory.Template, DraftingSeverity.Error,
        "Footnote never defined",
        "Footnote '[^{0}]' is referenced but never defined; add a line '[^{0}]: text of the footnote'",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0008: the same footnote label defined twice.</summary>
    public static DraftingDescriptor DuplicateFootnote { get; } = RuleDescriptors.Create(
        "DK0008", "template-duplicate-footnote", RuleCategory.Template, DraftingSeverity.Error,
        "Footnote defined twice",
        "Footnote '[^{0}]' is defined more than once; give each footnote its own label",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0009: Markdown that the template format does not use.</summary>
    public static DraftingDescriptor UnsupportedMarkdown { get; } = RuleDescriptors.Create(
        "DK0009", "template-unsupported-markdown", RuleCategory.Template, DraftingSeverity.Warning,
        "Markdown the template format does not use",
        "{0} is not part of the template format; its text is kept as plain text",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0010: text the reader could not place where it stands.</summary>
    public static DraftingDescriptor MisplacedText { get; } = RuleDescriptors.Create(
        "DK0010", "template-misplaced-text", RuleCategory.Template, DraftingSeverity.Warning,
        "Text out of place",
        "{0}",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0011: front matter opened and never closed.</summary>
    public static DraftingDescriptor UnterminatedFrontMatter { get; } = RuleDescriptors.Create(
        "DK0011", "template-unterminated-front-matter", RuleCategory.Template, DraftingSeverity.Error,
        "Front matter never closed",
        "The front matter opened with '---' on line 1 is never closed; end it with a line '---'",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0012: the file is not UTF-8.</summary>
    public static DraftingDescriptor InvalidEncoding { get; } = RuleDescriptors.Create(
        "DK0012", "template-invalid-encoding", RuleCategory.Template, DraftingSeverity.Error,
        "File is not UTF-8",
        "The file is not valid UTF-8 at byte {0}; save it as UTF-8 (the bad bytes are read as '\uFFFD')",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0013: a level-1 heading that names neither a part nor an annex.</summary>
    public static DraftingDescriptor UnknownDivision { get; } = RuleDescriptors.Create(
        "DK0013", "template-unknown-division", RuleCategory.Template, DraftingSeverity.Warning,
        "Level-1 heading is neither a part nor an annex",
        "A level-1 heading starts a part ('# A') or an annex ('# Annex'); '{0}' is read as a heading inside the text",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>DK0014: a footnote defined and never referenced.</summary>
    public static DraftingDescriptor UnreferencedFootnote { get; } = RuleDescriptors.Create(
        "DK0014", "template-unreferenced-footnote", RuleCategory.Template, DraftingSeverity.Warning,
        "Footnote never referenced",
        "Footnote '[^{0}]' is defined but never referenced; it is printed after the others",
        fix: DraftingFix.None("No: the template must be corrected by hand."));

    /// <summary>Every template descriptor, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[]
    {
        InvalidYaml, UnknownKey, InvalidValue, MissingKey, EmptyBody, UnterminatedEmphasis, UndefinedFootnote,
        DuplicateFootnote, UnsupportedMarkdown, MisplacedText, UnterminatedFrontMatter, InvalidEncoding,
        UnknownDivision, UnreferencedFootnote,
    };
}
