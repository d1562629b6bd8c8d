using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// One descriptor per id holds everything about it (issue 19): ids and aliases are unique, every field is filled,
/// a rule's options are its descriptor's, and a fix is offered exactly where the findings carry edits.
/// </summary>
public sealed class DescriptorTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 74\ntitle: Crime prevention and criminal justice\n---\n\n";

    private static readonly Regex WrongExample = new(@"## Wrong\s+```markdown\n(?<body>.*?)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<object[]> Rules() => RuleCatalog.RuleDescriptors.Select(d => new object[] { d.Id });

    [Fact]
    public void Ids_and_aliases_are_unique_across_every_descriptor()
    {
        var every = RuleCatalog.EveryDescriptor;
        Assert.Equal(every.Count, every.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(every.Count, every.Select(d => d.Alias).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_descriptor_has_each_field_and_its_category_as_first_tag()
    {
        foreach (var descriptor in RuleCatalog.EveryDescriptor)
        {
            Assert.Matches("^DK[0-9]{4}$", descriptor.Id);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", descriptor.Alias);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Fix.Description), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Organs), descriptor.Id);
            Assert.Equal(descriptor.Fix.Offered, descriptor.Fix.Title.Length > 0);
            Assert.Equal(descriptor.Category.ToLowerInvariant(), descriptor.Tags[0]);
            Assert.Equal(DraftingDescriptor.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLink);
        }
    }

    [Fact]
    public void Every_reportable_descriptor_is_among_every_descriptor()
    {
        var every = RuleCatalog.EveryDescriptor.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(RuleCatalog.AllDescriptors, d => Assert.Contains(d.Id, every));
        Assert.Contains("DK0101", every);
        Assert.Contains("DK0151", every);
        Assert.Contains("DK0191", every);
    }

    [Fact]
    public void Hosts_accept_the_options_the_descriptors_declare()
    {
        var declared = RuleCatalog.EveryDescriptor.SelectMany(d => d.Options).Select(o => o.Key).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(declared, RuleCatalog.Options.Select(o => o.Key));
        Assert.Contains(RuleOptions.FootnoteStyle, declared);
        Assert.Contains(RuleOptions.NegotiationDraft, declared);
        Assert.All(RuleCatalog.Options, o => Assert.True(o.Accepts(o.Default), o.Key + " does not accept its own default"));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_fix_is_offered_exactly_where_the_findings_carry_edits(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", "rules", id + ".md"));
        var wrong = WrongExample.Match(page).Groups["body"].Value;
        var template = wrong.StartsWith("---", StringComparison.Ordinal) ? wrong + "\n" : FrontMatter + wrong + "\n";
        var findings = DraftingLinter.Lint(id + "-wrong.res.md", template).Where(f => f.Id == id).ToList();
        Assert.NotEmpty(findings);

        if (!descriptor.Fix.Offered)
        {
            Assert.DoesNotContain(findings, f => f.HasFix);
        }
        else if (descriptor.Fix.Kind == DraftingFixKind.Always)
        {
            Assert.All(findings, f => Assert.True(f.HasFix, id + " says every finding has a fix: " + f));
        }
    }
}
