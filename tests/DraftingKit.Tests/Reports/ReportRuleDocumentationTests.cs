using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// Every report rule has its page with its header and a help link to it, its id lies in the reports range, and the
/// page's wrong and right examples, read as reports beside the corpus reports (so their includes resolve), run
/// through the report linter.
/// </summary>
public sealed class ReportRuleDocumentationTests
{
    private const string FrontMatter = "---\nkind: committee-report\ncommittee: Third Committee\nissued: 2017-11-28\nsession: 72\n---\n\n";

    private static readonly Regex Example = new(@"## (?<kind>Wrong|Right)\s+````markdown\n(?<body>.*?)\n````\n", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<object[]> Rules() => RuleCatalog.ReportRuleDescriptors.Select(d => new object[] { d.Id });

    [Fact]
    public void There_are_report_rules_and_all_are_reportable()
    {
        Assert.Equal(7, RuleCatalog.ReportRuleDescriptors.Count);
        foreach (var descriptor in RuleCatalog.ReportRuleDescriptors)
        {
            Assert.Same(descriptor, RuleCatalog.Find(descriptor.Alias));
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_a_page_with_its_header_and_lies_in_the_reports_range(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var text = File.ReadAllText(PagePath(id));
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", text, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
        Assert.Contains($"| Alias | `{descriptor.Alias}` |", text, StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLink, StringComparison.Ordinal);
        var number = int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(number, 8000, 8099);
        Assert.Contains("DK8000-DK8099  reports", File.ReadAllText(RepositoryPaths.InRepository("docs", "rules", "ranges.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Wrong_example_is_reported_and_right_example_is_not(string id)
    {
        var text = File.ReadAllText(PagePath(id));
        var examples = Example.Matches(text).ToDictionary(m => m.Groups["kind"].Value, m => m.Groups["body"].Value);
        Assert.True(examples.ContainsKey("Wrong") && examples.ContainsKey("Right"), id + ": the page needs a Wrong and a Right markdown example");

        var wrong = ReportLinter.Lint(ExamplePath(id, "wrong"), FrontMatter + examples["Wrong"] + "\n");
        Assert.Contains(wrong, f => f.Id == id);
        var right = ReportLinter.Lint(ExamplePath(id, "right"), FrontMatter + examples["Right"] + "\n");
        Assert.Empty(right.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("DK0020")]
    [InlineData("DK0021")]
    public void Reader_diagnostic_has_its_page(string id) => Assert.True(File.Exists(PagePath(id)));

    private static string ExamplePath(string id, string kind) => RepositoryPaths.InRepository("tests", "corpus", "reports", id + "-" + kind + ".report.md");

    private static string PagePath(string id) => RepositoryPaths.InRepository("docs", "rules", id + ".md");
}
