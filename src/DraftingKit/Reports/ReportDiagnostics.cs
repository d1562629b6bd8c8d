using DraftingKit.Diagnostics;

namespace DraftingKit.Reports;

/// <summary>
/// Diagnostics of the report reader (in the template reader's range, DK0020–DK0029): a <c>*.report.md</c> that
/// cannot be read as written. The front matter, footnotes and Markdown are reported with the template reader's own
/// ids (DK0001–DK0014).
/// </summary>
public static class ReportDiagnostics
{
    /// <summary>DK0020: a recommended text whose template cannot be read.</summary>
    public static DraftingDescriptor TextNotRead { get; } = RuleDescriptors.Create(
        "DK0020", "report-text-not-read", RuleCategory.Template, DraftingSeverity.Error,
        "Recommended text cannot be read",
        "The text '{0}' cannot be read: {1}",
        fix: DraftingFix.None("No: the report must be corrected by hand."));

    /// <summary>DK0021: an include or proceeding block that is not written as the report format says.</summary>
    public static DraftingDescriptor InvalidBlock { get; } = RuleDescriptors.Create(
        "DK0021", "report-invalid-block", RuleCategory.Template, DraftingSeverity.Error,
        "Report block of the wrong form",
        "{0}",
        fix: DraftingFix.None("No: the report must be corrected by hand."));

    /// <summary>Every report reader descriptor, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[] { TextNotRead, InvalidBlock };
}
