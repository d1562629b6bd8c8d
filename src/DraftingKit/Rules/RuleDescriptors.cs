using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// The one factory for rule descriptors, so that every rule gets its help link (derived from the id) and a
/// category name from the same small set.
/// </summary>
internal static class RuleDescriptors
{
    public static DraftingDescriptor Create(string id, string alias, RuleCategory category, DraftingSeverity severity, string title, string messageFormat) =>
        new(id, alias, title, messageFormat, category.ToString(), severity);
}

/// <summary>The categories of drafting rules; each owns a range of ids (docs/rules/ranges.txt).</summary>
internal enum RuleCategory
{
    Structure,
    Preamble,
    Operative,
    Numbering,
    Footnotes,
    Citations,
    Symbols,
    Style,
    Reports,
}
