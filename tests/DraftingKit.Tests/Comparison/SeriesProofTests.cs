using DraftingKit.Comparison;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// The proof on real series (issue 21): every resolution of sessions 76 and 77 of the UN's AKN4UN corpus gets its base
/// found by <see cref="BaseFinder"/> among the texts of sessions 75 to 77, and for every pair found, accepting all
/// tracked changes of the Word comparison gives the later text and rejecting them all the earlier one. The figures
/// are written to the test output and quoted in docs/compare.md.
/// </summary>
public sealed class SeriesProofTests
{
    private readonly ITestOutputHelper output;

    public SeriesProofTests(ITestOutputHelper output) => this.output = output;

    private static List<ResolutionDocument> CorpusTexts()
    {
        var folder = Require.CorpusFolder("akn4un", "en");
        var texts = new List<ResolutionDocument>();
        foreach (var session in new[] { "75", "76", "77" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, session), "*.xml").OrderBy(file => file, StringComparer.Ordinal))
            {
                var result = AknImporter.ImportFile(file);
                if (!result.HasErrors)
                {
                    texts.Add(result.Document);
                }
            }
        }

        return texts;
    }

    /// <summary>Records where <paramref name="actual"/> first departs from <paramref name="expected"/>.</summary>
    private static void Check(List<string> failures, string what, List<string> actual, List<string> expected)
    {
        var at = 0;
        while (at < actual.Count && at < expected.Count && actual[at] == expected[at])
        {
            at++;
        }

        if (at < actual.Count || at < expected.Count)
        {
            var got = at < actual.Count ? actual[at] : "(end)";
            var want = at < expected.Count ? expected[at] : "(end)";
            var from = 0;
            while (from < got.Length && from < want.Length && got[from] == want[from])
            {
                from++;
            }

            from = Math.Max(0, from - 60);
            failures.Add(what + " differs at paragraph " + at + ":\n  got:      …" + got.Substring(Math.Min(from, got.Length)) + "\n  expected: …" + want.Substring(Math.Min(from, want.Length)));
        }
    }

    private static string Session(ResolutionDocument text) => ", session " + text.Header.Session;

    [SkippableFact]
    public void Every_predecessor_pair_found_in_sessions_75_to_77_accepts_to_the_later_text_and_rejects_to_the_earlier()
    {
        var texts = CorpusTexts();
        var finder = new BaseFinder(texts);
        var pairs = new List<(ResolutionDocument Base, ResolutionDocument Revised, string Reason)>();
        foreach (var text in texts.Where(text => text.Header.Session is 76 or 77))
        {
            if (finder.Find(text) is { } choice)
            {
                pairs.Add((choice.Document, text, choice.Reason));
            }
        }

        // The series the issue names, found by itself.
        Assert.Contains(pairs, pair => pair.Base.Header.Symbol == "A/RES/75/196" && pair.Revised.Header.Symbol == "A/RES/76/187");
        Assert.Contains(pairs, pair => pair.Base.Header.Symbol == "A/RES/76/187" && pair.Revised.Header.Symbol == "A/RES/77/237");

        var failures = new List<string>();
        var totals = new Dictionary<ComparedSection, int[]>();
        foreach (var (baseText, revised, _) in pairs)
        {
            var comparison = TextComparison.Compare(baseText, revised);
            var tracked = ComparisonDocxRenderer.Render(comparison, "DraftingKit", new DateTime(2022, 12, 1, 0, 0, 0, DateTimeKind.Utc));
            Check(failures, baseText.Header.Symbol + " -> " + revised.Header.Symbol + ": accept-all", TrackedChanges.Accept(tracked), TrackedChanges.Plain(DocxRenderer.Render(revised)));
            Check(failures, baseText.Header.Symbol + " -> " + revised.Header.Symbol + ": reject-all", TrackedChanges.Reject(tracked), TrackedChanges.Plain(DocxRenderer.Render(baseText)));

            foreach (var section in comparison.Sections)
            {
                if (!totals.TryGetValue(section.Section, out var sum))
                {
                    totals.Add(section.Section, sum = new int[6]);
                }

                sum[0] += section.New;
                sum[1] += section.Changed;
                sum[2] += section.Moved;
                sum[3] += section.Deleted;
                sum[4] += section.Renumbered;
                sum[5] += section.Unchanged;
            }
        }

        var reasons = pairs.GroupBy(pair => pair.Reason.Split(',', '(')[0].Trim()).Select(group => group.Count() + " " + group.Key);
        output.WriteLine($"{texts.Count} texts read; {pairs.Count} pairs found ({string.Join(", ", reasons)}) for {texts.Count(text => text.Header.Session is 76 or 77)} texts of sessions 76-77");
        foreach (var (section, sum) in totals.OrderBy(pair => pair.Key))
        {
            output.WriteLine($"{SectionCounts.Name(section)}: {sum[0]} new, {sum[1]} changed, {sum[2]} moved, {sum[3]} deleted, {sum[4]} renumbered only, {sum[5]} unchanged");
        }

        foreach (var pair in pairs.Where(pair => pair.Reason != "same title" + Session(pair.Base)))
        {
            output.WriteLine($"not the same title: {pair.Base.Header.Symbol} -> {pair.Revised.Header.Symbol} ({pair.Reason}): \"{pair.Base.Header.Title}\" -> \"{pair.Revised.Header.Title}\"");
        }

        Assert.True(failures.Count == 0, failures.Count + " of " + pairs.Count + " pairs fail:\n" + string.Join("\n", failures));
    }
}
