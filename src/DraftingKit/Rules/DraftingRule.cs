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

    /// <summary>The options the rule reads (<c>draftingkit.footnote_style</c>), for documentation and tests.</summary>
    public virtual System.Collections.Generic.IReadOnlyList<string> Options => System.Array.Empty<string>();

    /// <summary>Checks the document and reports findings through <paramref name="context"/>.</summary>
    public abstract void Check(RuleContext context);
}
