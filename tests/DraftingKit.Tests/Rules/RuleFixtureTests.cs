using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Each fixture in Rules/Fixtures marks the id it expects at the end of the offending line ("… ; {DK2001}");
/// lines without a mark must stay clean. The marks are cut before linting, so they cannot change the text judged.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly Regex Mark = new(@"\s*\{(?<id>DK[0-9]{4})\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<object[]> Fixtures() =>
        Directory.GetFiles(FixtureFolder, "*.res.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    internal static string FixtureFolder => RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Rules", "Fixtures");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_exactly_the_marked_ids_on_the_marked_lines(string fixture)
    {
        var (text, expected) = Read(Path.Combine(FixtureFolder, fixture));
        var actual = DraftingLinter.Lint(fixture, text).Where(f => f.Severity != DraftingKit.Diagnostics.DraftingSeverity.Hidden).Select(f => f.Span.Line + " " + f.Id).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    /// <summary>The fixture's text without its marks, and the expected "line id" pairs.</summary>
    internal static (string Text, List<string> Expected) Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var expected = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Mark.Matches(lines[i]))
            {
                expected.Add((i + 1) + " " + match.Groups["id"].Value);
            }

            lines[i] = Mark.Replace(lines[i], string.Empty);
        }

        expected.Sort(StringComparer.Ordinal);
        return (string.Join("\n", lines), expected);
    }
}
