using System.Text.RegularExpressions;
using DraftingKit.Analyzers.Tests.Support;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Builds samples/CSharpDraft with the real compiler: the analyzer loads beside the engine, reads the class declared
/// with [Resolution] and reports its findings at the line and column of the characters inside the literals. Only the
/// sample is rebuilt (the test run has built the engine and the analyzer), and always, since warnings alone leave
/// an up-to-date build silent.
/// </summary>
// The collection of the tests that run `dotnet build` on the repository's projects, one at a time.
[Collection("repository builds")]
public sealed class CSharpSampleBuildTests
{
    private static readonly Regex Line = new(@"CrimePreventionDraft\.cs\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<level>warning|error) (?<id>DK[0-9]{4})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task Building_the_csharp_draft_reports_its_drafting_slips_inside_the_literals()
    {
        var project = Path.Combine(AnalyzerHarness.Root, "samples", "CSharpDraft", "CSharpDraft.csproj");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var (exitCode, output) = await DotnetCli.RunAsync(AnalyzerHarness.Root, null, "build", project, "-c", configuration, "-nologo", "--no-incremental", "--no-dependencies");

        var found = Line.Matches(output).Select(m => $"{m.Groups["line"].Value},{m.Groups["column"].Value} {m.Groups["level"].Value} {m.Groups["id"].Value}")
            .Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var expected = new[]
        {
            "10,40 warning DK1102", // "Reaffirming" not in italics: the first character inside the literal
            "13,117 warning DK7004", // the escaped straight quote \" before "Model Strategies"
            "22,123 warning DK2003", // the last operative paragraph ends with ';'
            "22,42 warning DK2004", // "Requests also": the adverb goes before the verb
        };
        Assert.True(expected.SequenceEqual(found), output);
        Assert.Equal(0, exitCode);
    }
}
