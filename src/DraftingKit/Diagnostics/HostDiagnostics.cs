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
    public static DraftingDescriptor RuleFailure { get; } = new(
        "DK0901", "rule-failure", "A drafting rule failed on this file",
        "DraftingKit could not finish checking '{0}': {1}; the other rules still ran, please report this with the file",
        "Host", DraftingSeverity.Warning);

    /// <summary>DK0902: the source generator could not generate code for a template.</summary>
    public static DraftingDescriptor GenerationFailure { get; } = new(
        "DK0902", "generation-failure", "No code could be generated for this template",
        "DraftingKit could not generate code for '{0}': {1}",
        "Host", DraftingSeverity.Error);

    /// <summary>DK0903: two templates would generate a class of the same name.</summary>
    public static DraftingDescriptor GeneratedNameClash { get; } = new(
        "DK0903", "generated-name-clash", "Two templates would generate the same class",
        "'{0}' and '{1}' would both generate '{2}'; no code is generated for either until one symbol or file name changes",
        "Host", DraftingSeverity.Error);
}
