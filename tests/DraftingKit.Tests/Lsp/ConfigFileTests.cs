using DraftingKit.Cli.Lsp;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: the server reads .editorconfig sections and global configs as Roslyn does for the analyzer.</summary>
public sealed class ConfigFileTests
{
    [Theory]
    [InlineData("*.res.md", "drafts/a.res.md", true)]
    [InlineData("*.res.md", "a.report.md", false)]
    [InlineData("*.{res.md,report.md}", "deep/er/a.report.md", true)]
    [InlineData("drafts/*.md", "drafts/a.res.md", true)]
    [InlineData("drafts/*.md", "other/drafts/a.res.md", false)]
    [InlineData("/drafts/**.md", "drafts/x/y/a.res.md", true)]
    [InlineData("*", "a.res.md", true)]
    [InlineData("a?.res.md", "ab.res.md", true)]
    public void A_section_glob_matches_as_editorconfig_says(string glob, string relative, bool matches)
    {
        var folder = Path.Combine(Path.GetTempPath(), "draftkit-config");
        var file = ConfigFile.Parse(Path.Combine(folder, ".editorconfig"), "[" + glob + "]\ndraftingkit.footnote_style = current # comment\n");
        var values = new Dictionary<string, string>();

        file.AddSectionValues(Path.Combine(folder, relative), values);

        Assert.Equal(matches, values.TryGetValue("draftingkit.footnote_style", out var value) && value == "current");
    }

    [Fact]
    public void An_unclosed_brace_in_a_glob_matches_nothing_rather_than_everything()
    {
        Assert.Null(ConfigFile.GlobOf("*.{res.md"));
    }

    [Fact]
    public void A_rules_own_line_wins_over_its_category_and_over_all_rules()
    {
        var settings = new FileSettings(new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["dotnet_analyzer_diagnostic.severity"] = "error",
            ["dotnet_analyzer_diagnostic.category-Operative.severity"] = "suggestion",
            ["dotnet_diagnostic.DK2004.severity"] = "none",
        });
        var ladder = RuleCatalog.Find("DK2004")!;
        var form = RuleCatalog.Find("DK2001")!;
        var quotes = RuleCatalog.Find("DK7004")!;

        Assert.True(settings.TryConfigured(ladder, out var off) && off is null);
        Assert.True(settings.TryConfigured(form, out var suggestion) && suggestion == DraftingSeverity.Info);
        Assert.True(settings.TryConfigured(quotes, out var error) && error == DraftingSeverity.Error);
    }
}
