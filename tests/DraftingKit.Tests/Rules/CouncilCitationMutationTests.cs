using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Recall of the Council's own citation checks on real text (issue 16): every presidential statement and every
/// "resolution 1244 (1999)" cited in the Security Council's adopted resolutions of 2020-2024 is mutated the way drafters
/// slip, one at a time, and each mutation must be reported at its line with the right id.
/// </summary>
public sealed class CouncilCitationMutationTests
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    // "16 March 2023 ([S/PRST/2023/2](#))": a statement with its date printed before it.
    private static readonly Regex DatedStatement = new(@"\b[0-9]{1,2} " + Month + @" (?<year>[0-9]{4}) \(\[S/PRST/(?<symbolYear>[0-9]{4})/[0-9]+\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Statement = new(@"(?<!\]\()S/PRST/(?<year>20[0-9]{2})/", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "resolution [1244 (1999)](<S/RES/1244(1999)>)": a Council resolution of the years before the catalog's first whole
    // year, cited as a resolution (a number alone later in a list is not read as a citation of the Council's).
    private static readonly Regex EarlyResolution = new(@"\bresolutions? \[(?<number>1[0-2][0-9]{2}) \((?<year>19[0-9]{2})\)\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static TheoryData<string> Mutations => new() { "statement year of two figures", "statement dated a year off", "early resolution dated 2000" };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Mutated_citations_in_the_councils_texts_are_reported_at_their_line(string mutation)
    {
        var folder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates");
        var (pattern, id) = mutation switch
        {
            "statement year of two figures" => (Statement, RuleIds.PresidentialStatement),
            "statement dated a year off" => (DatedStatement, RuleIds.PresidentialStatement),
            _ => (EarlyResolution, RuleIds.CitationNumberBeyond),
        };
        var tried = 0;
        var missed = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.res.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var baseline = DraftingLinter.Lint(file, text).Count(f => f.Id == id);
            foreach (Match match in pattern.Matches(text))
            {
                if (mutation == "statement dated a year off" && match.Groups["year"].Value != match.Groups["symbolYear"].Value)
                {
                    continue;
                }

                var group = match.Groups["year"];
                var replacement = mutation switch
                {
                    "statement year of two figures" => group.Value.Substring(2),
                    "statement dated a year off" => (int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => "2000",
                };
                var mutated = text.Substring(0, group.Index) + replacement + text.Substring(group.Index + group.Length);
                var line = text.Take(group.Index).Count(c => c == '\n') + 1;
                tried++;
                var findings = DraftingLinter.Lint(file, mutated).Where(f => f.Id == id).ToList();
                if (findings.Count <= baseline || !findings.Any(f => f.Span.Line == line))
                {
                    missed.Add(Path.GetFileName(file) + ":" + line + " " + match.Value);
                }
            }
        }

        Assert.True(tried >= 10, mutation + ": only " + tried + " citations to mutate");
        Assert.Empty(missed);
    }
}
