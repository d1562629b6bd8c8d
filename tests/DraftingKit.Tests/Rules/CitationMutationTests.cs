using System.Text.RegularExpressions;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Recall of the citation rules: real citations in the UN's adopted resolutions (the importer's templates) are
/// mutated the ways drafters slip (a wrong day, a transposed number, a number that does not exist) and each
/// mutation must be reported at its line with the right id.
/// </summary>
public sealed class CitationMutationTests
{
    private static readonly Regex DatedCitation = new(
        @"its resolution \[?(?<number>7[4-9]/(?<serial>\d{2,3}))(?:\]\([^)\s]*\))? of (?<day>\d{1,2}) (?<month>[A-Z][a-z]+) (?<year>\d{4})",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private readonly ITestOutputHelper output;

    public CitationMutationTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, string> Classes => new()
    {
        { "wrong date", RuleIds.CitationWrongDate },
        { "transposed number", RuleIds.CitationUnknown },
        { "made-up number", RuleIds.CitationUnknown },
        { "date outside the session", RuleIds.CitationImpossibleDate },
        { "number past any session", RuleIds.CitationNumberBeyond },
        { "session not yet held", RuleIds.CitationNumberBeyond },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Mutated_citations_are_reported_at_their_line(string mutation, string id)
    {
        var folder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates");
        var attempts = 0;
        var caught = 0;
        var misses = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.res.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var match = DatedCitation.Match(text);
            if (!match.Success || ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, match.Groups["number"].Value) is not { Date: { } adopted }
                || !UnDate.TryParse(match.Groups["day"].Value + " " + match.Groups["month"].Value + " " + match.Groups["year"].Value, out var cited) || cited != adopted)
            {
                continue;
            }

            var mutated = Mutate(text, match, mutation);
            if (mutated is null)
            {
                continue;
            }

            attempts++;
            var line = text.Substring(0, match.Index).Count(c => c == '\n') + 1;
            var findings = CitationRulesTests.Check(Path.GetFileName(file), mutated);
            if (findings.Any(f => f.Id == id && f.Span.Line == line && f.Severity >= Diagnostics.DraftingSeverity.Warning))
            {
                caught++;
            }
            else if (misses.Count < 5)
            {
                misses.Add(Path.GetFileName(file) + ":" + line + " " + match.Value);
            }

            if (attempts == 100)
            {
                break;
            }
        }

        output.WriteLine($"{mutation}: {caught} of {attempts} caught");
        // Most transpositions of a number of sessions 74–80 give another real resolution, which no catalog can tell
        // from the intended one; only those that give no resolution are mutations a rule can catch.
        Assert.True(attempts >= (mutation == "transposed number" ? 5 : 50), $"only {attempts} citations to mutate");
        Assert.True(caught == attempts, $"{mutation}: {caught} of {attempts}; missed: {string.Join("; ", misses)}");
    }

    private static string? Mutate(string text, Match match, string mutation)
    {
        var number = match.Groups["number"];
        var day = match.Groups["day"];
        var year = match.Groups["year"];
        switch (mutation)
        {
            case "wrong date":
                // The day after, kept within the month and the session.
                var next = int.Parse(day.Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
                return next > 28 ? null : Replace(text, day, next.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "transposed number":
                var serial = match.Groups["serial"].Value;
                var swapped = serial.Substring(0, serial.Length - 2) + serial[serial.Length - 1] + serial[serial.Length - 2];
                var candidate = number.Value.Substring(0, 3) + swapped;
                return swapped == serial || ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, candidate) is not null ? null : Replace(text, number, candidate);
            case "made-up number":
                // Past the session's last text, yet within what a session can reach (74/399): unknown, not impossible.
                return Replace(text, number, number.Value.Substring(0, 3) + "399");
            case "number past any session":
                return Replace(text, number, number.Value.Substring(0, 3) + "901");
            case "session not yet held":
                return Replace(text, number, "89" + number.Value.Substring(2));
            default:
                return Replace(text, year, (int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) - 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Replace(string text, Group group, string value) =>
        text.Substring(0, group.Index) + value + text.Substring(group.Index + group.Length);
}
