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

    private static readonly Regex TestClass = new(@"\bclass (?<name>[A-Z][A-Za-z]+Tests)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex TestMethod = new(@"\bpublic (?:async )?(?:void|Task) (?<name>[A-Za-z_]+)\(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public void Every_test_the_guide_names_exists()
    {
        var guide = File.ReadAllText(RepositoryPaths.InRepository("CONTRIBUTING.md"));
        var tests = typeof(ContributingGuideTests).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToDictionary(t => t.Name, t => t.GetMethods().Select(m => m.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, methods) in AnalyzerTests())
        {
            tests[name] = methods;
        }

        var matches = Named.Matches(guide).ToList();
        Assert.True(matches.Count >= 10, "the guide names fewer tests than its steps need");

        foreach (var match in matches)
        {
            var name = match.Groups["name"].Value;
            Assert.True(tests.TryGetValue(name, out var methods), "CONTRIBUTING.md names " + name + ", which no test project holds");
            foreach (var method in match.Groups["methods"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(m => m.Trim('`')))
            {
                Assert.True(methods!.Contains(method), $"CONTRIBUTING.md names {name}.{method}, which does not exist");
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

    /// <summary>
    /// The analyzer tests' classes and their methods, read from their sources: the analyzer test project is built
    /// beside this one, not before it, and its assembly loads the engine's netstandard2.0 build.
    /// </summary>
    private static Dictionary<string, HashSet<string>> AnalyzerTests()
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var folder = RepositoryPaths.InRepository("tests", "DraftingKit.Analyzers.Tests");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                 && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            var type = TestClass.Match(source);
            if (type.Success)
            {
                found[type.Groups["name"].Value] = TestMethod.Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
            }
        }

        return found;
    }
}
