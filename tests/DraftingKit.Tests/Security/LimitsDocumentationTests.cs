using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Security;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Security;

/// <summary>docs/limits.md states every limit with the value the code enforces, and every refusal id has its page.</summary>
public sealed class LimitsDocumentationTests
{
    private static readonly string Page = File.ReadAllText(RepositoryPaths.InRepository("docs", "limits.md"));

    public static TheoryData<string> Limits()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(InputLimits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void The_page_states_each_limit_with_the_codes_value(string name)
    {
        var value = System.Convert.ToInt64(typeof(InputLimits).GetField(name)!.GetRawConstantValue(), CultureInfo.InvariantCulture);
        var row = Page.Split('\n').SingleOrDefault(line => line.Contains("`InputLimits." + name + "`", System.StringComparison.Ordinal));

        Assert.True(row is not null, "docs/limits.md has no row for InputLimits." + name);
        Assert.Equal(value.ToString("N0", CultureInfo.InvariantCulture), row!.Split('|')[3].Trim());
    }

    [Fact]
    public void The_page_names_no_limit_the_code_lacks()
    {
        var named = Regex.Matches(Page, @"`InputLimits\.(?<name>\w+)`").Select(m => m.Groups["name"].Value);

        Assert.All(named, name => Assert.NotNull(typeof(InputLimits).GetField(name)));
    }

    [Fact]
    public void The_units_in_the_page_agree_with_the_bytes()
    {
        foreach (Match unit in Regex.Matches(Page, @"\((?<count>\d+) (?<unit>KiB|MiB)\) \| `InputLimits\.(?<name>\w+)`"))
        {
            var bytes = long.Parse(unit.Groups["count"].Value, CultureInfo.InvariantCulture) * (unit.Groups["unit"].Value == "KiB" ? 1024 : 1024 * 1024);
            Assert.Equal(bytes, System.Convert.ToInt64(typeof(InputLimits).GetField(unit.Groups["name"].Value)!.GetRawConstantValue(), CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_refusal_id_has_its_page_with_its_header()
    {
        foreach (var descriptor in InputDiagnostics.All)
        {
            var text = File.ReadAllText(RepositoryPaths.InRepository("docs", "rules", descriptor.Id + ".md"));
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}\n", text, System.StringComparison.Ordinal);
            Assert.Contains($"| Category | {descriptor.Category} |", text, System.StringComparison.Ordinal);
            Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, System.StringComparison.Ordinal);
            Assert.Contains($"| Alias | `{descriptor.Alias}` |", text, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_refusals_of_templates_are_in_the_catalog_every_host_reports_from()
    {
        Assert.All(InputDiagnostics.OfTemplates, descriptor => Assert.Same(descriptor, RuleCatalog.Find(descriptor.Id)));
    }
}
