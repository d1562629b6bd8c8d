using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The catalog's rules come from a list written at build time (src/DraftingKit.RuleCatalogGenerator), so that the
/// native draftkit needs no reflection; these tests search the engine by reflection, as the catalog once did, and
/// hold the generated list to it: a rule class the generator missed, or listed twice, fails here.
/// </summary>
public sealed class RuleCatalogTests
{
    private static string[] ConcreteSubclasses(Type baseType) =>
        baseType.Assembly.GetTypes()
            .Where(type => !type.IsAbstract && baseType.IsAssignableFrom(type))
            .Select(type => type.FullName!)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Every_concrete_drafting_rule_class_is_in_the_catalog_once()
    {
        var listed = RuleCatalog.Rules.Select(rule => rule.GetType().FullName!).OrderBy(name => name, StringComparer.Ordinal).ToArray();

        Assert.Equal(ConcreteSubclasses(typeof(DraftingRule)), listed);
        Assert.True(listed.Length >= 30, "the engine has at least 30 drafting rules; found " + listed.Length);
    }

    [Fact]
    public void Every_concrete_report_rule_class_is_in_the_catalog_once()
    {
        var listed = RuleCatalog.ReportRules.Select(rule => rule.GetType().FullName!).OrderBy(name => name, StringComparer.Ordinal).ToArray();

        Assert.Equal(ConcreteSubclasses(typeof(ReportRule)), listed);
        Assert.NotEmpty(listed);
    }

    [Fact]
    public void The_catalog_lists_rules_in_id_order_with_distinct_ids()
    {
        var ids = RuleCatalog.Rules.Select(rule => rule.Descriptor.Id).Concat(RuleCatalog.ReportRules.Select(rule => rule.Descriptor.Id)).ToArray();

        Assert.Equal(ids.Distinct().Count(), ids.Length);
        Assert.Equal(RuleCatalog.Rules.Select(rule => rule.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal), RuleCatalog.Rules.Select(rule => rule.Descriptor.Id));
    }
}
