using System.Text.Json;
using DraftingKit.Cli.Commands;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit lint</c> as a user meets it: compiler-style lines, JSON, SARIF, exit codes, --fix.</summary>
public sealed class LintCommandTests : IDisposable
{
    private const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 74\ntitle: Crime prevention\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of December 17, 2018,\n\n1. *Requests* the Secretary-General to report;\n\n2. *Deciding* to remain seized of the matter.\n";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "draftkit-lint-" + Guid.NewGuid().ToString("N"));

    public LintCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "drafts"));
        File.WriteAllText(Path.Combine(folder, "drafts", "crime.res.md"), Draft);
        File.WriteAllText(Path.Combine(folder, "drafts", "notes.md"), "not a template");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Text_output_prints_compiler_lines_with_the_line_and_a_caret()
    {
        var (exit, stdout, _) = Run("text");

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n');
        var path = Path.Combine(folder, "drafts", "crime.res.md").Replace('\\', '/');
        Assert.Equal(path + "(11,38): warning DK7001: 'December 17, 2018' is not how the UN writes a date; write '17 December 2018' (day, month, year; no ordinal, no comma)", lines[0]);
        Assert.Equal("    *Recalling* its resolution 73/186 of December 17, 2018,", lines[1]);
        Assert.Equal("    " + new string(' ', 37) + new string('^', 17), lines[2]);
        Assert.Equal(path + "(15,5): error DK2001: Operative paragraph 2 opens with 'Deciding'; an operative paragraph opens with a verb in the present indicative, third person singular: write 'Decides'", lines[3]);
    }

    [Fact]
    public void Text_output_of_a_template_with_windows_line_breaks_prints_the_line_without_its_break()
    {
        File.WriteAllText(Path.Combine(folder, "drafts", "crime.res.md"), Draft.Replace("\n", "\r\n", StringComparison.Ordinal));

        var (_, stdout, _) = Run("text");

        var lines = stdout.Split('\n');
        Assert.EndsWith("(11,38): warning DK7001: 'December 17, 2018' is not how the UN writes a date; write '17 December 2018' (day, month, year; no ordinal, no comma)", lines[0], StringComparison.Ordinal);
        Assert.Equal("    *Recalling* its resolution 73/186 of December 17, 2018,", lines[1]);
        Assert.Equal("    " + new string(' ', 37) + new string('^', 17), lines[2]);
        Assert.Equal("    2. *Deciding* to remain seized of the matter.", lines[4]);
    }

    [Fact]
    public void Text_output_prints_a_line_of_a_template_with_no_final_line_break()
    {
        File.WriteAllText(Path.Combine(folder, "drafts", "crime.res.md"), Draft.TrimEnd('\n'));

        var (_, stdout, _) = Run("text");

        var lines = stdout.Split('\n');
        Assert.Equal("    2. *Deciding* to remain seized of the matter.", lines[4]);
        Assert.Equal("    " + new string(' ', 4) + new string('^', 8), lines[5]);
    }

    [Fact]
    public void Json_output_carries_place_rule_help_and_fix()
    {
        var (_, stdout, _) = Run("json");

        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        var verb = findings.Single(f => f.GetProperty("id").GetString() == "DK2001");
        Assert.Equal(15, verb.GetProperty("line").GetInt32());
        Assert.Equal("operative-lead-form", verb.GetProperty("alias").GetString());
        Assert.EndsWith("/docs/rules/DK2001.md", verb.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("Decides", verb.GetProperty("fix")[0].GetProperty("newText").GetString());
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0_with_rules_and_regions()
    {
        var (_, stdout, _) = Run("sarif");

        using var sarif = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "DK2001" && r.GetProperty("helpUri").GetString()!.EndsWith("DK2001.md", StringComparison.Ordinal));
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DK2001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(15, region.GetProperty("startLine").GetInt32());
        Assert.Equal(5, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(15, region.GetProperty("endLine").GetInt32());
        Assert.Equal(13, region.GetProperty("endColumn").GetInt32()); // exclusive: "Deciding" is columns 5–12
    }

    [Fact]
    public void Severity_overrides_change_the_exit_code()
    {
        var (exit, stdout, _) = Run("text", "DK2001=warning", "date-form=none");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("DK7001", stdout, StringComparison.Ordinal);
        Assert.Contains("warning DK2001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_rewrites_the_template_in_place_and_reports_what_is_left()
    {
        var writer = new StringWriter();
        var errors = new StringWriter();
        var exit = LintCommand.Run(new[] { Path.Combine(folder, "drafts") }, "text", Array.Empty<string>(), Array.Empty<string>(), fix: true, writer, errors);

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(folder, "drafts", "crime.res.md"));
        Assert.Contains("73/186 of 17 December 2018,", text, StringComparison.Ordinal);
        Assert.Contains("2. *Decides* to remain seized", text, StringComparison.Ordinal);
        Assert.Contains("2 fix(es) applied", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var exit = LintCommand.Run(new[] { Path.Combine(folder, "missing.res.md") }, "text", Array.Empty<string>(), Array.Empty<string>(), false, new StringWriter(), new StringWriter());
        Assert.Equal(2, exit);
    }

    private (int Exit, string Stdout, string Stderr) Run(string format, params string[] severities)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LintCommand.Run(new[] { Path.Combine(folder, "drafts") }, format, severities, Array.Empty<string>(), false, stdout, stderr);
        return (exit, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
