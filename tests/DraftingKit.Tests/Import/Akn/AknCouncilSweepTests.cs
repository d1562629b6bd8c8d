using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// The Security Council's resolutions of 2020–2024 in the UN's AKN4UN (../shared/corpus/akn4un/sc-en), as the
/// Assembly's sweep does for its own (issue 16): each file imported, rendered as UN text and compared word for word
/// with the XML, its template read back, exported to AKN4UN and compared with the UN's file, and linted; every
/// finding on these adopted texts must be a reviewed line of tests/corpus/akn4un-sc-baseline.tsv. The figures are
/// printed per year.
/// </summary>
public sealed class AknCouncilSweepTests
{
    private readonly ITestOutputHelper output;

    public AknCouncilSweepTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Figures of one year's files.</summary>
    private sealed class Tally
    {
        public int Files;
        public int Imported;
        public int WordExact;
        public int RoundTrip;
        public int StructureEqual;
        public int TemplateStructureEqual;
        public int SchemaValid;
        public int Paragraphs;
        public int Findings;
        public int Unexplained;
    }

    [Fact]
    public void Every_Council_resolution_imports_word_for_word_round_trips_exports_in_the_UN_shape_and_lints_clean()
    {
        var corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "sc-en");
        Assert.True(Directory.Exists(corpus) || !Directory.Exists(Path.Combine(RepositoryPaths.Shared, "corpus")), "The shared corpus has no sc-en folder at " + corpus);
        if (!Directory.Exists(corpus))
        {
            output.WriteLine("SKIPPED: the Council's AKN4UN corpus is not at " + corpus + "; the sweep needs ../shared/corpus/akn4un/sc-en.");
            return;
        }

        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var templatesFolder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates");
        var committed = Directory.Exists(templatesFolder)
            ? new HashSet<string>(Directory.GetFiles(templatesFolder, "*.res.md").Select(File.ReadAllText), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var baseline = LintBaseline.Read(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-baseline.tsv"));
        var years = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var findingKeys = new List<(string Year, string Key)>();
        var findingsByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var proposed = new Dictionary<string, string>(StringComparer.Ordinal);
        var details = new List<string>();
        var notResolutions = new List<string>();
        var stale = new List<string>();
        var crashes = new List<string>();
        var exportKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            var year = name.Split('/')[0];
            if (!years.TryGetValue(year, out var tally))
            {
                years[year] = tally = new Tally();
            }

            try
            {
                var result = AknImporter.ImportFile(file);
                var header = result.Document.Header;
                if (header.Symbol is not { } symbol || !symbol.StartsWith(Organ.SecurityCouncil.ResolutionSymbolPrefix!, StringComparison.Ordinal))
                {
                    // The folder also holds a presidential statement (S/PRST/2020/11), marked up as a statement: not a
                    // resolution, and not counted among them.
                    notResolutions.Add(name + " (" + (header.Symbol ?? "no symbol") + ")");
                    continue;
                }

                tally.Files++;
                if (result.Diagnostics.All(d => d.Severity != DraftingSeverity.Error) && !result.Document.Parts.IsEmpty)
                {
                    tally.Imported++;
                }

                Assert.Same(Organ.SecurityCouncil, header.Organ);
                var words = AknCorpusSweepTests.CompareWords(file, result.Document);
                if (words is null)
                {
                    tally.WordExact++;
                }
                else
                {
                    details.Add(name + ": words: " + words);
                }

                var roundTrip = AknCorpusSweepTests.CompareRoundTrip(result.Document);
                if (roundTrip is null)
                {
                    tally.RoundTrip++;
                }
                else
                {
                    details.Add(name + ": read-back: " + roundTrip);
                }

                var theirs = System.Xml.Linq.XDocument.Load(file);
                var export = AknExportComparison.Compare(theirs, result);
                tally.StructureEqual += export.Any(d => d.Kind == "structure") ? 0 : 1;
                tally.SchemaValid += export.Any(d => d.Kind == "schema") ? 0 : 1;
                details.AddRange(export.Select(d => name + ": export " + d.Kind + ": " + d.Detail));
                foreach (var (kind, detail, hash) in export.Where(d => d.Kind != "schema"))
                {
                    exportKeys[name + ": " + kind + " #" + hash] = kind + " " + detail;
                }

                var template = MarkdownRenderer.Render(result.Document);
                // The user's path: import, then render --format akn from the template.
                var viaTemplate = AknExportComparison.StructureDifference(theirs, AknRenderer.Render(DraftingKit.Templates.TemplateReader.Read(name + ".res.md", template).Document));
                if (viaTemplate is null)
                {
                    tally.TemplateStructureEqual++;
                }
                else
                {
                    details.Add(name + ": through the template: " + viaTemplate);
                }

                if (!committed.Contains(template))
                {
                    stale.Add(name);
                }

                var templateName = AknCorpusSweepTests.TemplateName(file, result);
                tally.Paragraphs += result.Document.PreambularParagraphs().Count() + result.Document.OperativeParagraphs().Count();
                foreach (var finding in DraftingLinter.Lint(templateName, template).Where(f => f.Severity != DraftingSeverity.Hidden))
                {
                    tally.Findings++;
                    findingKeys.Add((year, LintBaseline.Key(templateName, finding)));
                    proposed[LintBaseline.Key(templateName, finding)] = LintBaseline.Proposed(templateName, finding);
                    var rule = finding.Id + " " + finding.Severity.ToString().ToLowerInvariant();
                    findingsByRule[rule] = findingsByRule.TryGetValue(rule, out var count) ? count + 1 : 1;
                }
            }
            catch (Exception exception)
            {
                crashes.Add(name + ": " + exception);
            }
        }

        var (unexplained, staleBaseline) = baseline.Compare(findingKeys.Select(f => f.Key));
        var unexplainedLeft = unexplained.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (year, key) in findingKeys)
        {
            if (unexplainedLeft.TryGetValue(key, out var n) && n > 0)
            {
                unexplainedLeft[key] = n - 1;
                years[year].Unexplained++;
            }
        }

        var total = new Tally();
        output.WriteLine("year  files  imported  word-exact  read-back  structure  via template  schema  paragraphs  findings  unexplained  per 1,000 paragraphs");
        foreach (var (year, t) in years.Append(new KeyValuePair<string, Tally>("all", total)))
        {
            if (year != "all")
            {
                total.Files += t.Files;
                total.Imported += t.Imported;
                total.WordExact += t.WordExact;
                total.RoundTrip += t.RoundTrip;
                total.StructureEqual += t.StructureEqual;
                total.TemplateStructureEqual += t.TemplateStructureEqual;
                total.SchemaValid += t.SchemaValid;
                total.Paragraphs += t.Paragraphs;
                total.Findings += t.Findings;
                total.Unexplained += t.Unexplained;
            }

            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0,-5} {1,5}  {2,8}  {3,10}  {4,9}  {5,9}  {6,12}  {7,6}  {8,10}  {9,8}  {10,11}  {11,6:F1} (unexplained {12:F1})",
                year, t.Files, t.Imported, t.WordExact, t.RoundTrip, t.StructureEqual, t.TemplateStructureEqual, t.SchemaValid, t.Paragraphs, t.Findings, t.Unexplained,
                PerThousand(t.Findings, t.Paragraphs), PerThousand(t.Unexplained, t.Paragraphs)));
        }

        output.WriteLine("not resolutions: " + string.Join(", ", notResolutions));
        output.WriteLine("lint findings by rule: " + string.Join(", ", findingsByRule.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "committed templates up to date: {0} of {1}", total.Files - stale.Count, total.Files));
        foreach (var line in crashes.Concat(details).Concat(unexplained.Select(k => "unexplained finding: " + (proposed.TryGetValue(k, out var proposedLine) ? proposedLine : k))).Concat(staleBaseline.Select(e => "stale baseline line: " + e.Key)))
        {
            output.WriteLine(line);
        }

        Assert.Empty(crashes);
        Assert.True(total.Files >= 200, "The Council corpus should hold its 261 resolutions; found " + total.Files);
        Assert.Equal(total.Files, total.Imported);
        Assert.Equal(total.Files, total.SchemaValid);
        Assert.True(stale.Count == 0, "Templates out of date (run scripts/akn/generate-council-templates.sh): " + string.Join(", ", stale.Take(10)));
        Assert.True(staleBaseline.Count == 0, "Baseline lines no finding matches any more:\n" + string.Join("\n", staleBaseline.Take(40).Select(e => e.Key)));
        // Floors at the figures measured when the sweep was written (issue 16 asks for word-exact >= 99.5 %, structure
        // >= 99 % and <= 1 unexplained finding per 1,000 paragraphs): a change may raise them, never lower them.
        Assert.True(total.WordExact >= MinimumWordExact, $"word-exact {total.WordExact} of {total.Files}, below {MinimumWordExact}");
        Assert.True(total.RoundTrip >= MinimumRoundTrip, $"read-back {total.RoundTrip} of {total.Files}, below {MinimumRoundTrip}");
        Assert.True(total.StructureEqual >= MinimumStructureEqual, $"structure-equal {total.StructureEqual} of {total.Files}, below {MinimumStructureEqual}");
        Assert.True(total.TemplateStructureEqual >= MinimumStructureEqual, $"structure-equal through the template {total.TemplateStructureEqual} of {total.Files}, below {MinimumStructureEqual}");
        // Every export differs from the UN's file only as listed, by the difference its entry hashes, with its reason.
        var exportMismatches = AllowList.Mismatches("AknCouncilSweepTests.KnownDifferences", KnownDifferences, exportKeys);
        Assert.True(exportMismatches.Length == 0, exportMismatches);
        Assert.True(total.Unexplained <= MaximumUnexplained, $"{total.Unexplained} findings not in tests/corpus/akn4un-sc-baseline.tsv, above {MaximumUnexplained}:\n" + string.Join("\n", unexplained.Take(40)));
    }

    // Measured 2026-12-03 over 261 resolutions (7,746 paragraphs): 245 word-exact (93.9 %), 247 read back (94.6 %),
    // 221 structure-equal (84.7 %); 168 findings, 80 of them reviewed genuine slips (akn4un-sc-baseline.tsv), 88
    // unexplained (11.4 per 1,000 paragraphs): subparagraph punctuation of the Council's lists (DK3004 55: items ending
    // with a comma or ", and" in a running series, ";" before dash items), and structure the import does not yet read
    // (DK0010 15, DK2003 7, DK0009 5). What still differs in the rendering and export: headings set as subparagraphs
    // and their text, dash and bullet points among lettered ones, a second "Annex" label. The Council's running series
    // ("," and ", and", organs.tsv `lists`) then took DK3004 from 55 to 12 and the unexplained findings to 50 (6.5 per
    // 1,000 paragraphs); the 12 left are wrap-up text and headings the import sets as items of the item before them.
    // Then (issue 16, by class of input): headings the files set as plain or bold paragraphs, containers or points
    // ("Political process", "**Reporting**", "Urgent temporary measures:", "*"), text under heading subparagraphs,
    // "Annex A" labels, a paragraph whose words all stand in its subparagraphs ("11. (a) *Expresses* …"), words that
    // go on after a list, and the Council's lists whose items are sentences or sections of their own: 260 word-exact
    // (99.6 %), 257 read back (98.5 %), 221 structure-equal; 89 findings, all reviewed genuine slips, none unexplained.
    // Then containers named by a lead not in italics ("Acting", "Reaffirming"), headings numbered "(ii)", the items
    // "a. …" of a preambular paragraph ending with a colon, an annex's paragraphs lettered "a." and a bullet set as a
    // num read as printed: 261 read back (100 %).
    private const int MinimumWordExact = 260;
    private const int MinimumRoundTrip = 261;
    // Points marked by a dash, a bullet or "a." exported with the mark as their number, as the UN's files do: 250
    // structure-equal (95.8 %). Then items numbered "(1)", words that go on after a preambular list set in a container
    // of their own, a quoted structure's points, headings set as containers (akn-heading-containers) and bullets set
    // in num (akn-bullets): 259 (99.2 %), directly and through the template; the other two are the UN's slips
    // (KnownDifferences).
    private const int MinimumStructureEqual = 259;
    private const int MaximumUnexplained = 0;

    /// <summary>
    /// Council files whose export differs from the UN's file, by what differs and its hash, each a slip in the UN's
    /// own file (checked in the Assembly's corpus too: AknExportComparison.KnownDifferences lists the same classes).
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["2023/S_RES_2677_E.xml: structure #652677b6"] = "a slip in the UN file: the item after (iv) of paragraph 3 (a) is numbered \"v)\", without its opening bracket (DK3003 in the baseline); the import keeps \"v)\" in the item's text, so the export gives it no num",
        ["2024/S_RES_2730-2409275E.xml: structure #4c77f674"] = "a slip in the UN file: \"11\" is typed into the text of paragraph 11 (\"11\tCondemns …\") instead of its num; the export writes it as a num (as 75/248 and 77/248 in the Assembly's corpus)",
    };

    private static double PerThousand(int count, int paragraphs) => paragraphs == 0 ? 0 : 1000.0 * count / paragraphs;
}
