using System.Text.Json;
using DraftingKit.Cli.Commands;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit rules</c>: every id with its metadata, as text or JSON, read from the descriptors (issue 19).</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Text_lists_every_id_in_order_with_alias_category_severity_fix_and_title()
    {
        var (exit, stdout, _) = Run("text");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("DK", StringComparison.Ordinal)).ToList();
        Assert.Equal(RuleCatalog.EveryDescriptor.Select(d => d.Id), lines.Select(l => l[..6]));
        var line = lines.Single(l => l.StartsWith("DK2001", StringComparison.Ordinal));
        Assert.Matches(@"^DK2001  operative-lead-form +Operative +error +some fix +Operative verb not in the present indicative$", line);
        Assert.Matches(@"^DK2005  operative-also-without-antecedent +Operative +info +no fix +", lines.Single(l => l.StartsWith("DK2005", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_shows_a_rules_options_below_it()
    {
        var (_, stdout, _) = Run("text", "footnote-repeated-marker");

        Assert.Equal(
            new[] { "DK4002", "      option draftingkit.footnote_style = auto | current | repeat (default auto)" },
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.StartsWith("DK", StringComparison.Ordinal) ? l[..6] : l));
    }

    [Fact]
    public void Json_carries_every_field_of_the_descriptor()
    {
        var (exit, stdout, _) = Run("json", "DK1030");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var rule = json.RootElement.GetProperty("rules").EnumerateArray().Single();
        Assert.Equal("DK1030", rule.GetProperty("id").GetString());
        Assert.Equal("negotiation-marks", rule.GetProperty("alias").GetString());
        Assert.Equal("Structure", rule.GetProperty("category").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultSeverity").GetString());
        Assert.EndsWith("/docs/rules/DK1030.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("sometimes", rule.GetProperty("fix").GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("fix").GetProperty("title").GetString()));
        var option = rule.GetProperty("options").EnumerateArray().Single();
        Assert.Equal("draftingkit.negotiation_draft", option.GetProperty("key").GetString());
        Assert.Equal(new[] { "false", "true" }, option.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("false", option.GetProperty("default").GetString());
        Assert.Equal("All", rule.GetProperty("organs").GetString());
        Assert.Equal("structure", rule.GetProperty("tags")[0].GetString());
    }

    [Fact]
    public void Json_lists_the_importers_ids_too()
    {
        var (_, stdout, _) = Run("json");

        using var json = JsonDocument.Parse(stdout);
        var ids = json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalog.EveryDescriptor.Count, ids.Count);
        Assert.Contains("DK0151", ids);
    }

    [Fact]
    public void An_unknown_id_is_a_usage_error_naming_it()
    {
        var (exit, stdout, stderr) = Run("text", "DK9999");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("draftkit: no rule has the id or alias 'DK9999'; 'draftkit rules' lists them", stderr.TrimEnd());
    }

    private static (int Exit, string Stdout, string Stderr) Run(string format, params string[] ids)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = RulesCommand.Run(ids, format, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
