using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// A rule over a report (<c>*.report.md</c>): one descriptor and one check. Unsealed because every report rule
/// derives from it; each lives in its own file and is found by <see cref="RuleCatalog"/>.
/// </summary>
internal abstract class ReportRule
{
    /// <summary>What the rule reports.</summary>
    public abstract DraftingDescriptor Descriptor { get; }

    /// <summary>Checks the report and reports findings through <paramref name="context"/>.</summary>
    public abstract void Check(ReportRuleContext context);
}
