using DraftingKit.Diagnostics;

namespace DraftingKit.Diagnostics;

/// <summary>
/// Diagnostics about the checking and generating itself (DK0900–DK0999): a rule that failed on a file, or a
/// template the source generator cannot turn into code, is reported as a finding that names the file, never as
/// a crash of the host.
/// </summary>
public static class HostDiagnostics
{
    /// <summary>DK0901: a rule failed while checking a file.</summary>
    public static DraftingDescriptor RuleFailure { get; } = RuleDescriptors.Create(
        "DK0901", "rule-failure", RuleCategory.Host, DraftingSeverity.Warning,
        "A drafting rule failed on this file",
        "DraftingKit could not finish checking '{0}': {1}; the other rules still ran, please report this with the file",
        fix: DraftingFix.None("No: the failure is a bug of DraftingKit, not of the text."));

    /// <summary>DK0902: the source generator could not generate code for a template.</summary>
    public static DraftingDescriptor GenerationFailure { get; } = RuleDescriptors.Create(
        "DK0902", "generation-failure", RuleCategory.Host, DraftingSeverity.Error,
        "No code could be generated for this template",
        "DraftingKit could not generate code for '{0}': {1}",
        fix: DraftingFix.None("No: either the file cannot be read or it is a bug of DraftingKit, not of the text."));

    /// <summary>DK0903: two templates would generate a class of the same name.</summary>
    public static DraftingDescriptor GeneratedNameClash { get; } = RuleDescriptors.Create(
        "DK0903", "generated-name-clash", RuleCategory.Host, DraftingSeverity.Error,
        "Two templates would generate the same class",
        "'{0}' and '{1}' would both generate '{2}'; no code is generated for either until one symbol or file name changes",
        fix: DraftingFix.None("No: rename a file or correct a symbol."));
}
