namespace DraftingKit.Diagnostics;

/// <summary>
/// The one factory for descriptors, rules and reader, import and host diagnostics alike: it derives the help link
/// from the id, takes the category from one small set and the first tags from the category and the fix, so that no descriptor skips
/// a field. The descriptor's constructor is banned everywhere else (BannedSymbols.txt).
/// </summary>
internal static class RuleDescriptors
{
    /// <summary>The tag of every descriptor whose findings may carry a fix.</summary>
    public const string FixTag = "fix";

    /// <summary>What the page says when a descriptor gives no fix of its own.</summary>
    private static readonly DraftingFix NoFix = DraftingFix.None("No.");

    public static DraftingDescriptor Create(
        string id,
        string alias,
        RuleCategory category,
        DraftingSeverity severity,
        string title,
        string messageFormat,
        DraftingFix? fix = null,
        IReadOnlyList<RuleOption>? options = null,
        string organs = "All",
        IReadOnlyList<string>? tags = null,
        RuleScope scope = RuleScope.Document)
    {
        var allTags = new List<string> { category.ToString().ToLowerInvariant() };
        if (fix is { Offered: true })
        {
            allTags.Add(FixTag);
        }

        foreach (var tag in tags ?? Array.Empty<string>())
        {
            if (!allTags.Contains(tag))
            {
                allTags.Add(tag);
            }
        }

#pragma warning disable RS0030 // The factory is the one place that may call the constructor.
        return new DraftingDescriptor(id, alias, title, messageFormat, category.ToString(), severity, fix ?? NoFix, options ?? Array.Empty<RuleOption>(), organs, allTags) { Scope = scope };
#pragma warning restore RS0030
    }
}

/// <summary>The categories of diagnostics; each owns a range of ids (docs/rules/ranges.txt).</summary>
internal enum RuleCategory
{
    Template,
    Input,
    Import,
    Declaration,
    Host,
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
