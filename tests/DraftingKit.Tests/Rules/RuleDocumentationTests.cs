using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Every rule has its page (docs/rules/DK####.md) with its header, its help link points at that page, its id sits
/// in its category's range, and the page's wrong and right examples run through the rule, so the page cannot
/// drift from the code.
/// </summary>
public sealed class RuleDocumentationTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 74\ntitle: Crime prevention and criminal justice\n---\n\n";

    private static readonly Regex Example = new(@"## (?<kind>Wrong|Right)\s+```markdown\n(?<body>.*?)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<object[]> Rules() => RuleCatalog.RuleDescriptors.Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_a_page_with_its_header_and_a_help_link_to_it(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var page = PagePath(id);
        Assert.True(File.Exists(page), $"{id} has no page {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", text, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
        Assert.Contains($"| Alias | `{descriptor.Alias}` |", text, StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLink, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryPaths.InRepository(descriptor.HelpLink[DraftingDescriptor.HelpLinkBase.Length..].Split('/').Prepend("rules").Prepend("docs").ToArray())));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Wrong_example_is_reported_and_right_example_is_not(string id)
    {
        var text = File.ReadAllText(PagePath(id));
        var examples = Example.Matches(text).ToDictionary(m => m.Groups["kind"].Value, m => m.Groups["body"].Value);
        Assert.True(examples.ContainsKey("Wrong") && examples.ContainsKey("Right"), id + ": the page needs a Wrong and a Right markdown example");

        Assert.Contains(DraftingLinter.Lint(id + "-wrong.res.md", AsTemplate(examples["Wrong"])), f => f.Id == id);
        var right = DraftingLinter.Lint(id + "-right.res.md", AsTemplate(examples["Right"])).Where(f => f.Severity != DraftingKit.Diagnostics.DraftingSeverity.Hidden);
        Assert.Empty(right.Select(f => f.ToString()));
    }

    [Fact]
    public void Every_reportable_id_has_the_page_its_help_link_names()
    {
        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            Assert.True(File.Exists(PagePath(descriptor.Id)), descriptor.Id + " (" + descriptor.HelpLink + ") has no page");
        }
    }

    [Fact]
    public void Every_id_lies_in_the_range_of_its_category()
    {
        var ranges = File.ReadAllLines(RepositoryPaths.InRepository("docs", "rules", "ranges.txt"))
            .Where(l => l.StartsWith("DK", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"^DK(?<from>[0-9]{4})-DK(?<to>[0-9]{4})\s+(?<name>\w+)"))
            .ToList();
        foreach (var descriptor in RuleCatalog.RuleDescriptors)
        {
            var number = int.Parse(descriptor.Id[2..], System.Globalization.CultureInfo.InvariantCulture);
            var range = ranges.Single(m => int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture) <= number
                && number <= int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(descriptor.Category.ToLowerInvariant(), range.Groups["name"].Value);
        }
    }

    private static string AsTemplate(string example) => example.StartsWith("---", StringComparison.Ordinal) ? example + "\n" : FrontMatter + example + "\n";

    private static string PagePath(string id) => RepositoryPaths.InRepository("docs", "rules", id + ".md");
}
