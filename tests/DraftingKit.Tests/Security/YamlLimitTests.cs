using System.Text;
using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Tests.Hostile;

namespace DraftingKit.Tests.Security;

/// <summary>
/// Issue 23: YAML (a front matter, a report's blocks) is checked on YamlDotNet's event stream before a node is
/// built: aliases (the billion laughs) and nesting past the limit are refused at their line and column.
/// </summary>
public sealed class YamlLimitTests
{
    private const string Body = "\n*The General Assembly,*\n\n1. *Decides* to continue.\n";

    [Fact]
    public void A_billion_laughs_in_the_front_matter_is_DK0001_at_the_first_alias()
    {
        var yaml = new StringBuilder("kind: resolution\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var text = "---\n" + yaml + "---\n" + Body;

        var refusal = Assert.Single(TemplateReader.Read("laughs.res.md", text).Diagnostics, d => d.Id == "DK0001");
        Assert.Equal((4, 8), (refusal.Span.Line, refusal.Span.Column));
        Assert.Equal("The front matter is not valid YAML: the alias '*a' repeats another value; write each value out (DraftingKit does not read YAML aliases)", refusal.Message);
        HostileRun.AssertSpans(text, DraftingLinter.Lint("hostile.res.md", text));
    }

    [Fact]
    public void Front_matter_nested_past_the_limit_is_DK0001_without_exhausting_the_stack()
    {
        var text = "---\nkind: resolution\ntitle: " + new string('[', 30_000) + new string(']', 30_000) + "\n---\n" + Body;

        var refusal = Assert.Single(TemplateReader.Read("deep.res.md", text).Diagnostics, d => d.Id == "DK0001");

        Assert.Equal((3, 7 + InputLimits.YamlDepth), (refusal.Span.Line, refusal.Span.Column));
        Assert.Contains("nest more than 32 levels deep", refusal.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_nested_within_the_limit_is_read_as_the_format_says()
    {
        var text = "---\nkind: resolution\ntitle: " + new string('[', InputLimits.YamlDepth - 1) + new string(']', InputLimits.YamlDepth - 1) + "\n---\n" + Body;

        // The format wants a single value on the line: DK0003, not a refusal.
        Assert.Contains(TemplateReader.Read("nested.res.md", text).Diagnostics, d => d.Id == "DK0003");
    }

    [Fact]
    public void Front_matter_over_the_yaml_limit_is_DK0001()
    {
        var text = "---\nkind: resolution\n" + string.Concat(Enumerable.Repeat("# a comment line of the front matter, repeated\n", 2_000)) + "---\n" + Body;

        Assert.Contains(TemplateReader.Read("long.res.md", text).Diagnostics, d => d.Id == "DK0001" && d.Message.Contains("DraftingKit reads YAML of at most 65,536 characters", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_in_a_report_block_is_DK0021()
    {
        var text = "---\nkind: committee-report\n---\n\n```proceeding\nadopted: &s A/C.3/72/L.6\ntext: *s\n```\n";

        var refusal = Assert.Single(ReportReader.Read("alias.report.md", text, _ => null).Diagnostics, d => d.Id == "DK0021");

        Assert.Equal(7, refusal.Span.Line);
        Assert.Contains("the alias '*s'", refusal.Message, System.StringComparison.Ordinal);
    }
}
