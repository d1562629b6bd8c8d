using DraftingKit.Diagnostics;

namespace DraftingKit.Diagnostics;

/// <summary>
/// Diagnostics about the checking itself (DK0900–DK0999): a rule that failed on a file is reported as a
/// finding that names the file, never as a crash of the host.
/// </summary>
public static class HostDiagnostics
{
    /// <summary>DK0901: a rule failed while checking a file.</summary>
    public static DraftingDescriptor RuleFailure { get; } = new(
        "DK0901", "rule-failure", "A drafting rule failed on this file",
        "DraftingKit could not finish checking '{0}': {1}; the other rules still ran, please report this with the file",
        "Host", DraftingSeverity.Warning);
}
