using System.Text.Json;
using System.Text.RegularExpressions;
using DraftingKit.Analyzers.Tests.Support;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// Builds samples/FlawedDraft with the real compiler (about 20 s): the analyzer loads beside the engine, its
/// findings appear as compiler diagnostics at the template's lines, the .globalconfig severities and the
/// .editorconfig option are honoured, and the SARIF log is written through ErrorLog.
/// </summary>
[Collection(Support.RepositoryBuilds.Name)]
public sealed class SampleBuildTests
{
    private static readonly Regex Line = new(@"flawed-draft\.res\.md\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<level>warning|error) (?<id>DK[0-9]{4})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public async System.Threading.Tasks.Task Building_the_flawed_draft_reports_its_drafting_errors()
    {
        var root = AnalyzerHarness.Root;
        var project = Path.Combine(root, "samples", "FlawedDraft", "FlawedDraft.csproj");
        var sarif = Path.Combine(root, "samples", "FlawedDraft", "obj", "drafting.sarif");
        if (File.Exists(sarif))
        {
            File.Delete(sarif);
        }

#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var (exitCode, output) = await DotnetCli.RunAsync(root, null, "build", project, "-c", configuration, "-nologo");

        var found = Line.Matches(output).Select(m => $"{m.Groups["line"].Value},{m.Groups["column"].Value} {m.Groups["level"].Value} {m.Groups["id"].Value}")
            .Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var expected = new[]
        {
            "13,40 warning DK7001", // "December 17, 2018"
            "17,68 warning DK4002", // marker repeated: footnote_style = current in .editorconfig (the text is dated 2019)
            "19,54 error DK7004", // straight quotes, raised to error in .globalconfig
            "21,5 error DK2001", // "Deciding"
            "23,1 error DK3001", // paragraph 4 after paragraph 2
        };
        Assert.Equal(string.Join("\n", expected), string.Join("\n", found));
        Assert.NotEqual(0, exitCode); // error-level findings fail the build, as they should

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "DK2001");
    }
}
