using DraftingKit.Diagnostics;
using DraftingKit.Templates;

namespace DraftingKit.Rules;

/// <summary>
/// Every drafting rule, found from the rule classes themselves so that nothing else lists them: the analyzer's
/// supported diagnostics, the CLI's SARIF rule table and the documentation tests all read it. The list of classes
/// (<c>RuleClasses</c>) is written at build time by src/DraftingKit.RuleCatalogGenerator, not searched for by
/// reflection, so that the trimmed native <c>draftkit</c> keeps every rule.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<DraftingRule>> LazyRules = new(FindRules);
    private static readonly Lazy<IReadOnlyList<ReportRule>> LazyReportRules = new(FindReportRules);
    private static readonly Lazy<IReadOnlyList<RuleOption>> LazyOptions = new(FindOptions);

    internal static IReadOnlyList<DraftingRule> Rules => LazyRules.Value;

    /// <summary>The rules over reports (<c>*.report.md</c>), in id order.</summary>
    internal static IReadOnlyList<ReportRule> ReportRules => LazyReportRules.Value;

    /// <summary>The descriptors of the report rules (DK8000–DK8099), in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> ReportRuleDescriptors
    {
        get
        {
            var list = new List<DraftingDescriptor>();
            foreach (var rule in ReportRules)
            {
                list.Add(rule.Descriptor);
            }

            return list;
        }
    }

    /// <summary>The descriptors of the drafting rules, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> RuleDescriptors
    {
        get
        {
            var list = new List<DraftingDescriptor>();
            foreach (var rule in Rules)
            {
                list.Add(rule.Descriptor);
            }

            return list;
        }
    }

    /// <summary>
    /// Everything a host can report: the template reader's diagnostics, the refusals of inputs (DK0040–DK0042), the
    /// diagnostics of C# declarations, the host diagnostics and the rules, in id order.
    /// </summary>
    public static IReadOnlyList<DraftingDescriptor> AllDescriptors
    {
        get
        {
            var list = new List<DraftingDescriptor>(TemplateDiagnostics.All) { HostDiagnostics.RuleFailure, HostDiagnostics.GenerationFailure, HostDiagnostics.GeneratedNameClash, HostDiagnostics.UnknownOption, HostDiagnostics.InvalidOptionValue, Citations.ProjectCatalog.InvalidRow };
            list.AddRange(Security.InputDiagnostics.OfTemplates);
            list.AddRange(Declarations.DeclarationDiagnostics.All);
            list.AddRange(Reports.ReportDiagnostics.All);
            list.AddRange(RuleDescriptors);
            list.AddRange(ReportRuleDescriptors);
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list;
        }
    }

    /// <summary>
    /// Every id DraftingKit has, in id order: what a host can report (<see cref="AllDescriptors"/>) and the importers'
    /// diagnostics and refusals (DK0101–DK0199). The rules table, the pages and <c>draftkit rules</c> list these.
    /// </summary>
    public static IReadOnlyList<DraftingDescriptor> EveryDescriptor
    {
        get
        {
            var list = new List<DraftingDescriptor>(AllDescriptors);
            list.AddRange(Import.ImportDiagnostics.All);
            list.AddRange(Import.Akn.AknImportDiagnostics.All);
            list.Add(Security.InputDiagnostics.DocxPackageRefused);
            list.Add(Security.InputDiagnostics.XmlRefused);
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list;
        }
    }

    /// <summary>Every option a rule declares, by key in ordinal order: what hosts accept from <c>.editorconfig</c> and <c>--option</c>.</summary>
    public static IReadOnlyList<RuleOption> Options => LazyOptions.Value;

    /// <summary>The declared option with this key (keys compare ignoring case, as <c>.editorconfig</c> does), or null.</summary>
    public static RuleOption? FindOption(string key)
    {
        foreach (var option in Options)
        {
            if (string.Equals(option.Key, key.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Finds a descriptor by id ("DK2001") or alias ("operative-lead-form"), ignoring case.</summary>
    public static DraftingDescriptor? Find(string idOrAlias)
    {
        foreach (var descriptor in AllDescriptors)
        {
            if (string.Equals(descriptor.Id, idOrAlias, StringComparison.OrdinalIgnoreCase)
                || string.Equals(descriptor.Alias, idOrAlias, StringComparison.OrdinalIgnoreCase))
            {
                return descriptor;
            }
        }

        return null;
    }

    private static IReadOnlyList<DraftingRule> FindRules()
    {
        var rules = RuleClasses.NewDraftingRules();
        rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules;
    }

    private static IReadOnlyList<RuleOption> FindOptions()
    {
        var byKey = new SortedDictionary<string, RuleOption>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            foreach (var option in rule.Options)
            {
                byKey[option.Key] = option;
            }
        }

        return new List<RuleOption>(byKey.Values);
    }

    private static IReadOnlyList<ReportRule> FindReportRules()
    {
        var rules = RuleClasses.NewReportRules();
        rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules;
    }
}
