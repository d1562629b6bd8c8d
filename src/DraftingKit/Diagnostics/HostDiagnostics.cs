using DraftingKit.Diagnostics;

namespace DraftingKit.Diagnostics;

/// <summary>
/// Diagnostics about the checking and generating itself (DK0900–DK0999): a rule that failed on a file, a
/// template the source generator cannot turn into code, or an option no rule reads, is reported as a finding that names the file, never as
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

    /// <summary>DK0904: a <c>draftingkit.</c> option key that no rule declares (a misspelling would otherwise be read as the default).</summary>
    public static DraftingDescriptor UnknownOption { get; } = RuleDescriptors.Create(
        "DK0904", "unknown-option", RuleCategory.Host, DraftingSeverity.Warning,
        "Unknown DraftingKit option",
        "'{0}' is not a DraftingKit option, so it changes nothing; the options are {1}",
        fix: DraftingFix.None("No: correct the key in `.editorconfig` (`draftkit rules` lists the options)."));

    /// <summary>DK0905: a value an option does not take (it would otherwise be read as the default).</summary>
    public static DraftingDescriptor InvalidOptionValue { get; } = RuleDescriptors.Create(
        "DK0905", "invalid-option-value", RuleCategory.Host, DraftingSeverity.Warning,
        "Value the option does not take",
        "'{0}' is not a value of {1}, so the default '{2}' is used; write {3}",
        fix: DraftingFix.None("No: correct the value in `.editorconfig` (`draftkit rules` lists the values)."));
}
