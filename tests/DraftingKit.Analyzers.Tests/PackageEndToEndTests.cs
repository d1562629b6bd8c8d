using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Analyzers.Tests.Support;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// What a newcomer does, offline (about a minute): packs the DraftingKit package and the template package into a
/// local folder feed, installs the templates into a private template hive, creates a project with
/// <c>dotnet new draftingkit</c> and a second draft with <c>dotnet new resolution</c>, adds a deliberately flawed
/// draft and a flawed resolution declared in C#, restores from the feed and the machine's NuGet cache only, and builds: the drafting findings appear at
/// their lines, the SARIF log is written as the template's CI workflow asks, the generated classes hold the UN
/// text; with the flawed draft gone and the "none" severity preset chosen, the build succeeds without a finding
/// and the program prints the sample's text.
/// </summary>
[Collection(RepositoryBuilds.Name)]
public sealed class PackageEndToEndTests : IDisposable
{
    private static readonly Regex Finding = new(@"(?<file>[\w-]+\.(res\.md|cs))\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<level>warning|error) (?<id>DK[0-9]{4})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly string work = Path.Combine(Path.GetTempPath(), "draftingkit-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }

    [Fact]
    public async Task A_project_from_dotnet_new_restores_offline_builds_reports_the_flawed_draft_and_prints_the_generated_text()
    {
        var root = AnalyzerHarness.Root;
        var feed = Path.Combine(work, "feed");
        var hive = Path.Combine(work, "hive");
        var project = Path.Combine(work, "MyDrafts");
        Directory.CreateDirectory(feed);
        var version = XDocument.Load(Path.Combine(root, "Directory.Build.props")).Descendants("Version").Single().Value;

        // 1. Pack both packages into the folder feed (the repository's own restore cache, as any build of it).
        await Succeeds(root, null, "pack", Path.Combine(root, "src", "DraftingKit.Package", "DraftingKit.Package.csproj"), "-c", "Release", "-o", feed, "-nologo");
        await Succeeds(root, null, "pack", Path.Combine(root, "templates", "DraftingKit.Templates.csproj"), "-c", "Release", "-o", feed, "-nologo");
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"DraftingKit.{version}.nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            var layout = new List<string>
            {
                "lib/netstandard2.0/DraftingKit.dll",
                "analyzers/dotnet/cs/DraftingKit.Analyzers.dll",
                "analyzers/dotnet/cs/DraftingKit.dll",
                "analyzers/dotnet/cs/Markdig.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "buildTransitive/DraftingKit.props",
                "buildTransitive/DraftingKit.targets",
                "buildTransitive/presets/DraftingKit.none.globalconfig",
                "buildTransitive/presets/DraftingKit.strict.globalconfig",
                "buildTransitive/presets/DraftingKit.warnings.globalconfig",
            };
            if (File.Exists(Path.Combine(root, "src", "DraftingKit.CodeFixes", "DraftingKit.CodeFixes.csproj")))
            {
                layout.Add("analyzers/dotnet/cs/DraftingKit.CodeFixes.dll");
            }

            Assert.All(layout, entry => Assert.Contains(entry, entries));
            Assert.DoesNotContain(entries, entry => entry.StartsWith("analyzers/", StringComparison.Ordinal) && entry.Contains("CodeAnalysis", StringComparison.Ordinal));
        }

        // 2. Install the templates into a private hive and create the project and a second draft.
        var offline = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = Path.Combine(work, "home"),
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
        };
        var installed = await Succeeds(work, offline, "new", "install", Path.Combine(feed, $"DraftingKit.Templates.{version}.nupkg"), "--debug:custom-hive", hive);
        Assert.Contains("draftingkit", installed, StringComparison.Ordinal);
        await Succeeds(work, offline, "new", "draftingkit", "-n", "MyDrafts", "-o", project, "--debug:custom-hive", hive);
        await Succeeds(project, offline, "new", "resolution", "-n", "second-draft", "--session", "82", "--debug:custom-hive", hive);
        foreach (var file in new[] { "MyDrafts.csproj", "Program.cs", "draft-resolution.res.md", "second-draft.res.md", ".globalconfig", ".editorconfig", ".github/workflows/drafting.yml" })
        {
            Assert.True(File.Exists(Path.Combine(project, file)), file + " was not created");
        }

        Assert.Contains($"<PackageReference Include=\"DraftingKit\" Version=\"{version}\" />", File.ReadAllText(Path.Combine(project, "MyDrafts.csproj")), StringComparison.Ordinal);
        Assert.Contains("-p:ErrorLog=", File.ReadAllText(Path.Combine(project, ".github", "workflows", "drafting.yml")), StringComparison.Ordinal);
        File.Copy(Path.Combine(root, "samples", "FlawedDraft", "flawed-draft.res.md"), Path.Combine(project, "flawed-draft.res.md"));
        File.WriteAllText(Path.Combine(project, "Venue.cs"), """
            using DraftingKit.Authoring;

            namespace MyDrafts;

            /// <summary>A resolution declared in C#: the generator adds its UN text to this class.</summary>
            [Resolution(Title = "Venue of the session")]
            public static partial class Venue
            {
                /// <summary>The preamble.</summary>
                [Preambular]
                public const string Recalling = "*Recalling* its resolution 74/177 of 18 December 2019,";

                /// <summary>The decision, with a wrong lead on purpose.</summary>
                [Operative]
                public const string Decides = "*Deciding* that its next session shall be held in Geneva.";
            }
            """);

        // 3. Restore from the feed and the NuGet cache only: no other source is configured.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);

        // 4. Build as the CI workflow does, with SARIF output: the flawed draft fails the build.
        var sarif = Path.Combine(project, "drafting.sarif");
        var (exitCode, output) = await DotnetCli.RunAsync(project, offline, "build", "-c", "Release", "-nologo", "--disable-build-servers", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        Assert.True(exitCode != 0, "error-level findings must fail the build:\n" + output);
        var found = Finding.Matches(output)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["level"].Value} {m.Groups["id"].Value}")
            .Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var expected = new[]
        {
            "Venue.cs(15,37) error DK2001", // "Deciding", on the characters inside the C# literal
            "flawed-draft.res.md(13,40) warning DK7001", // "December 17, 2018"
            "flawed-draft.res.md(19,54) warning DK7004", // straight quotes
            "flawed-draft.res.md(21,5) error DK2001", // "Deciding"
            "flawed-draft.res.md(23,1) error DK3001", // paragraph 4 after paragraph 2
            "second-draft.res.md(15,1) warning DK3002", // the item template's single paragraph keeps its number for the drafter to add more
        };
        Assert.True(expected.SequenceEqual(found), "findings:\n" + string.Join("\n", found) + "\n\nbuild output:\n" + output);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DK09", output, StringComparison.Ordinal);

        using (var log = JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
            var ids = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
            Assert.Contains("DK2001", ids);
            Assert.Contains("DK3001", ids);
        }

        // 5. The generated classes (kept under obj/generated by the template) hold the UN text of each draft.
        var generated = Directory.GetFiles(Path.Combine(project, "obj", "generated"), "*.g.cs", SearchOption.AllDirectories).ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
        Assert.Equal(new[] { "Resolutions.A-C.3-74-L.11.g.cs", "Resolutions.DraftResolution.g.cs", "Resolutions.MyDrafts.Venue.g.cs", "Resolutions.SecondDraft.g.cs" }, generated.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Contains("\\n\\nDeciding that its next session shall be held in Geneva.\\n", generated["Resolutions.MyDrafts.Venue.g.cs"], StringComparison.Ordinal);
        var flawedText = UnTextRenderer.Render(TemplateReader.Read("flawed-draft.res.md", File.ReadAllText(Path.Combine(project, "flawed-draft.res.md"))).Document);
        Assert.Contains("public const string UnText = " + SymbolDisplay.FormatLiteral(flawedText, quote: true) + ";", generated["Resolutions.A-C.3-74-L.11.g.cs"], StringComparison.Ordinal);
        Assert.Contains("namespace MyDrafts.Resolutions", generated["Resolutions.SecondDraft.g.cs"], StringComparison.Ordinal);

        // 6. Without the flawed draft, and with the package's "none" preset in place of the project's severities,
        //    the build succeeds without a finding and the program prints the sample in UN format.
        File.Delete(Path.Combine(project, "flawed-draft.res.md"));
        File.Delete(Path.Combine(project, ".globalconfig"));
        var rebuilt = await Succeeds(project, offline, "build", "-c", "Release", "-nologo", "--disable-build-servers", "-p:DraftingKitRules=none");
        Assert.DoesNotContain("DK3002", rebuilt, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", rebuilt, StringComparison.Ordinal);
        var printed = await Succeeds(project, offline, Path.Combine(project, "bin", "Release", "net10.0", "MyDrafts.dll"));
        var sample = TemplateReader.Read("draft-resolution.res.md", File.ReadAllText(Path.Combine(project, "draft-resolution.res.md"))).Document;
        Assert.Equal(UnTextRenderer.Render(sample), printed);
    }

    private static async Task<string> Succeeds(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var (exitCode, output) = await DotnetCli.RunAsync(directory, environment, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        return output;
    }
}
