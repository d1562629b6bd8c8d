using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// A drafting rule: one descriptor and one check over a document. Unsealed because every rule derives from it;
/// each rule lives in its own file and is found by <see cref="RuleCatalog"/>.
/// </summary>
internal abstract class DraftingRule
{
    /// <summary>What the rule reports: id, alias, title, message, category, default severity, help link.</summary>
    public abstract DraftingDescriptor Descriptor { get; }

    /// <summary>The options the rule reads, as its descriptor declares them: hosts accept these and no others.</summary>
    public System.Collections.Generic.IReadOnlyList<RuleOption> Options => Descriptor.Options;

    /// <summary>Checks the document and reports findings through <paramref name="context"/>.</summary>
    public abstract void Check(RuleContext context);
}
