using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// CONTRIBUTING.md's "adding a rule" names, for each step, the test that fails when the step is missed; this keeps
/// those names true (issue 19): every test class and test method it names exists in the test assemblies.
/// </summary>
public sealed class ContributingGuideTests
{
    private static readonly Regex Named = new(@"`(?<name>[A-Z][A-Za-z]+Tests)`(?: \((?<methods>`[A-Za-z_]+`(?:, `[A-Za-z_]+`)*)\))?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public void Every_test_the_guide_names_exists()
    {
        var guide = File.ReadAllText(RepositoryPaths.InRepository("CONTRIBUTING.md"));
        var types = typeof(ContributingGuideTests).Assembly.GetTypes()
            .Concat(LoadAnalyzerTests())
            .Where(t => t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToList();
        var matches = Named.Matches(guide).ToList();
        Assert.True(matches.Count >= 10, "the guide names fewer tests than its steps need");

        foreach (var match in matches)
        {
            var type = types.SingleOrDefault(t => t.Name == match.Groups["name"].Value);
            Assert.True(type is not null, "CONTRIBUTING.md names " + match.Groups["name"].Value + ", which no test assembly holds");
            foreach (var method in match.Groups["methods"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(m => m.Trim('`')))
            {
                Assert.True(type!.GetMethod(method) is not null, $"CONTRIBUTING.md names {type.Name}.{method}, which does not exist");
            }
        }
    }

    [Fact]
    public void The_guide_names_the_files_it_asks_to_edit_and_they_exist()
    {
        var guide = File.ReadAllText(RepositoryPaths.InRepository("CONTRIBUTING.md"));
        foreach (var path in new[] { "docs/rules/ranges.txt", "src/DraftingKit/Rules/RuleIds.cs", "src/DraftingKit/BannedSymbols.txt", "tests/corpus/akn4un-baseline.tsv" })
        {
            Assert.Contains(path, guide, StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryPaths.InRepository(path.Split('/'))), path);
        }
    }

    /// <summary>The analyzer tests' types, read from their built assembly beside this one's output.</summary>
    private static Type[] LoadAnalyzerTests()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = RepositoryPaths.InRepository("tests", "DraftingKit.Analyzers.Tests", "bin", configuration, "net10.0", "DraftingKit.Analyzers.Tests.dll");
        Assert.True(File.Exists(path), "build tests/DraftingKit.Analyzers.Tests first: " + path);
        return System.Reflection.Assembly.LoadFrom(path).GetTypes();
    }
}
