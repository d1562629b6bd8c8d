using System.Text.Json;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>draftkit lint</c> run as a process, as a drafter or CI runs it: the command line's wiring of every option
/// (<c>--severity</c> levels and per-rule settings, <c>--option</c>, <c>--format</c>, <c>--catalog</c>, <c>--fix</c>),
/// exit codes and the exact lines printed. The draft is the repository's flawed sample, copied per test.
/// </summary>
public sealed class LintProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-lint-process-").FullName;

    public LintProcessTests() =>
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "FlawedDraft", "flawed-draft.res.md"), Path.Combine(folder, "draft.res.md"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string[] Lines, string Error) Lint(params string[] arguments)
    {
        var (exit, output, error) = DraftkitProcess.Run(folder, new[] { "lint", "draft.res.md" }.Concat(arguments).ToArray());
        return (exit, output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries), error.Replace("\r\n", "\n"));
    }

    private static string[] Findings(string[] lines) => lines.Where(line => line.StartsWith("draft.res.md(", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Findings_print_as_a_compiler_prints_them_with_the_line_and_a_caret_and_errors_exit_1()
    {
        var (exit, lines, error) = Lint();

        Assert.Equal(1, exit);
        Assert.Equal(
            new[]
            {
                "draft.res.md(13,40): warning DK7001: 'December 17, 2018' is not how the UN writes a date; write '17 December 2018' (day, month, year; no ordinal, no comma)",
                "    *Reaffirming* its resolution 73/186 of December 17, 2018,",
                "                                           ^^^^^^^^^^^^^^^^^",
            },
            lines.Take(3));
        Assert.Equal(
            new[] { "warning DK7001", "warning DK7004", "error DK2001", "error DK3001", "info DK2005" },
            Findings(lines).Select(line => line.Split(": ")[1]));
        Assert.Equal("draftkit lint: 1 file(s), 2 error(s), 2 warning(s), 1 suggestion(s)\n", error);
    }

    [Theory]
    [InlineData("error", "error DK2001,error DK3001")]
    [InlineData("warning", "warning DK7001,warning DK7004,error DK2001,error DK3001")]
    [InlineData("info", "warning DK7001,warning DK7004,error DK2001,error DK3001,info DK2005")]
    public void A_severity_level_alone_is_the_least_severe_finding_shown(string level, string expected)
    {
        var (exit, lines, _) = Lint("--severity", level);

        Assert.Equal(1, exit);
        Assert.Equal(expected.Split(','), Findings(lines).Select(line => line.Split(": ")[1]));
    }

    [Fact]
    public void A_rule_set_to_none_by_id_or_by_alias_is_silent_and_without_errors_the_exit_code_is_0()
    {
        var numberingAlias = RuleCatalog.Find("DK3001")!.Alias;

        var (exit, lines, error) = Lint("--severity", "DK2001=none", "-s", numberingAlias + "=none");

        Assert.Equal(0, exit);
        Assert.DoesNotContain(lines, line => line.Contains("DK2001", StringComparison.Ordinal) || line.Contains("DK3001", StringComparison.Ordinal));
        Assert.Equal("draftkit lint: 1 file(s), 0 error(s), 2 warning(s), 1 suggestion(s)\n", error);
    }

    [Fact]
    public void A_rule_raised_to_error_fails_the_run_on_its_own()
    {
        var (exit, lines, _) = Lint("-s", "DK2001=none", "-s", "DK3001=none", "-s", "DK7004=error");

        Assert.Equal(1, exit);
        Assert.Contains("draft.res.md(19,54): error DK7004: Straight quotation marks in the text; UN texts use typographic quotes “ ” and the apostrophe ’", lines);
    }

    [Theory]
    [InlineData("loud", "draftkit: 'loud' is not a severity; write info, warning or error, or ID=level")]
    [InlineData("DK9999=error", "draftkit: 'DK9999' is neither a rule id nor an alias")]
    [InlineData("DK2001=loud", "draftkit: 'loud' is not a severity; write none, info, warning or error")]
    public void A_severity_that_is_not_one_is_a_usage_error_with_exit_code_2(string severity, string message)
    {
        var (exit, lines, error) = Lint("--severity", severity);

        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footnote_style_option_decides_whether_a_repeated_marker_of_a_2019_draft_is_reported()
    {
        const string repeated = "draft.res.md(17,68): warning DK4002: Footnote [^1] is referenced again; since 2020 the UN repeats no marker: add a new footnote with the same text (draftingkit.footnote_style = current)";

        var current = Lint("--option", "draftingkit.footnote_style=current");
        var repeat = Lint("--option", "draftingkit.footnote_style=repeat");
        var auto = Lint();

        Assert.Contains(repeated, current.Lines);
        Assert.DoesNotContain(repeat.Lines, line => line.Contains("DK4002", StringComparison.Ordinal));
        Assert.DoesNotContain(auto.Lines, line => line.Contains("DK4002", StringComparison.Ordinal));
    }

    [Fact]
    public void The_footnote_style_option_keeps_a_repeated_marker_of_a_2021_draft_when_set_to_repeat()
    {
        var path = Path.Combine(folder, "draft.res.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("issued: 2019-10-10", "issued: 2021-10-10", StringComparison.Ordinal));

        Assert.Contains(Lint().Lines, line => line.Contains("DK4002", StringComparison.Ordinal));
        Assert.DoesNotContain(Lint("--option", "DraftingKit.Footnote_Style = Repeat").Lines, line => line.Contains("DK4002", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("draftingkit.footnote_styl=current", "draftkit: 'draftingkit.footnote_styl' is not a rule option; the options are draftingkit.footnote_style, draftingkit.negotiation_draft")]
    [InlineData("draftingkit.footnote_style=sometimes", "draftkit: 'sometimes' is not a value of draftingkit.footnote_style; write auto, current, repeat")]
    [InlineData("draftingkit.footnote_style", "draftkit: '--option draftingkit.footnote_style' must be key=value, e.g. draftingkit.footnote_style=current")]
    public void A_misspelled_option_key_or_value_is_a_usage_error_not_a_silent_default(string option, string message)
    {
        var (exit, lines, error) = Lint("--option", option);

        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Equal(message + "\n", error);
    }

    [Fact]
    public void Json_output_carries_each_finding_with_its_place_id_alias_help_and_fix()
    {
        var (exit, output, _) = DraftkitProcess.Run(folder, "lint", "draft.res.md", "--format", "json", "-s", "error");

        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(1, exit);
        Assert.Equal(new[] { "DK2001", "DK3001" }, findings.Select(f => f.GetProperty("id").GetString()));
        var lead = findings[0];
        Assert.Equal((21, 5, "error", "operative-lead-form"), (lead.GetProperty("line").GetInt32(), lead.GetProperty("column").GetInt32(), lead.GetProperty("severity").GetString(), lead.GetProperty("alias").GetString()));
        Assert.EndsWith("docs/rules/DK2001.md", lead.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("Decides", lead.GetProperty("fix")[0].GetProperty("newText").GetString());
    }

    [Fact]
    public void Sarif_output_is_version_2_1_0_with_a_rule_entry_for_every_result()
    {
        var (exit, output, _) = DraftkitProcess.Run(folder, "lint", "draft.res.md", "--format", "sarif");

        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(1, exit);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(new[] { "DK7001", "DK7004", "DK2001", "DK3001", "DK2005" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, result => Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds));
        Assert.Equal(
            (13, 40),
            (results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
             results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Fix_rewrites_the_file_with_the_unambiguous_fixes_and_reports_what_is_left()
    {
        var (exit, lines, error) = Lint("--fix");
        var text = File.ReadAllText(Path.Combine(folder, "draft.res.md"));

        Assert.Contains("*Reaffirming* its resolution 73/186 of 17 December 2018,", text, StringComparison.Ordinal);
        Assert.Contains("2. *Decides* to continue its work;", text, StringComparison.Ordinal);
        Assert.Contains("\n3. *Also decides* to include the item", text, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.Contains("DK7001", StringComparison.Ordinal) || line.Contains("DK2001", StringComparison.Ordinal) || line.Contains("DK3001", StringComparison.Ordinal));
        Assert.Equal(0, exit);
        Assert.Matches(@"^draftkit lint: 1 file\(s\), 0 error\(s\), \d+ warning\(s\), \d+ suggestion\(s\), [1-9]\d* fix\(es\) applied\n$", error);
    }

    [Fact]
    public void A_catalog_named_on_the_command_line_checks_citations_against_its_rows()
    {
        var elsewhere = Directory.CreateTempSubdirectory("draftkit-lint-process-catalog-").FullName;
        var catalog = Path.Combine(elsewhere, "team.catalog.csv");
        File.WriteAllText(catalog, "organ,number,date\nCND,68/3,2025-03-20\n");
        var path = Path.Combine(folder, "draft.res.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "its resolution 73/186 of December 17, 2018,", "Commission on Narcotic Drugs resolution 68/3 of 21 March 2025,", StringComparison.Ordinal));

        var without = Lint("-s", "error");
        var with = Lint("-s", "error", "--catalog", catalog);
        Directory.Delete(elsewhere, recursive: true);

        Assert.DoesNotContain(without.Lines, line => line.Contains("DK5002", StringComparison.Ordinal));
        Assert.Contains("draft.res.md(13,63): error DK5002: resolution 68/3 (CND) was adopted on 20 March 2025, not 21 March 2025 (source: team.catalog.csv line 2); write '20 March 2025'", with.Lines);
    }

    [Fact]
    public void A_path_that_is_neither_file_nor_folder_is_an_IO_error_with_exit_code_2()
    {
        var (exit, output, error) = DraftkitProcess.Run(folder, "lint", "missing");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("draftkit: 'missing' is neither a file nor a folder\n", error.Replace("\r\n", "\n"));
    }
}
