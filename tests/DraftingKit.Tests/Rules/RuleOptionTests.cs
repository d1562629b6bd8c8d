using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>The options rules declare are the ones hosts accept, and the README's table of options follows them.</summary>
public sealed class RuleOptionTests
{
    [Fact]
    public void Every_declared_option_falls_back_to_one_of_its_own_values()
    {
        Assert.NotEmpty(RuleCatalog.Options);
        Assert.All(RuleCatalog.Options, option => Assert.True(option.Accepts(option.Default), option.Key + " falls back to " + option.Default));
    }

    [Fact]
    public void An_option_is_found_by_its_key_ignoring_case_and_a_misspelled_key_is_not()
    {
        Assert.Same(FootnoteRepeatedMarkerRule.Style, RuleCatalog.FindOption(" DraftingKit.Footnote_Style "));
        Assert.Null(RuleCatalog.FindOption("draftingkit.footnote_styles"));
        Assert.True(FootnoteRepeatedMarkerRule.Style.Accepts(" Current "));
        Assert.False(FootnoteRepeatedMarkerRule.Style.Accepts("currently"));
    }

    [Fact]
    public void The_README_lists_every_option_with_its_values_and_default()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).Where(line => line.StartsWith("| `draftingkit.", StringComparison.Ordinal)).ToList();

        Assert.Equal(RuleCatalog.Options.Select(option => option.Key), rows.Select(row => row.Split('`')[1]));
        foreach (var option in RuleCatalog.Options)
        {
            var values = rows.Single(row => row.Split('`')[1] == option.Key).Split('|')[2];
            Assert.Equal(option.Values, values.Split('`').Where((_, index) => index % 2 == 1));
            Assert.Contains($"`{option.Default}` (default)", values, StringComparison.Ordinal);
        }
    }
}
