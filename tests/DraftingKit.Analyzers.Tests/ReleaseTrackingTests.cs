using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests;

/// <summary>Release tracking is the changelog of ids: every id the analyzer can report has its line.</summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void Every_reportable_id_has_a_release_line_with_its_category_and_severity()
    {
        var folder = Path.Combine(AnalyzerHarness.Root, "src", "DraftingKit.Analyzers");
        var lines = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .ToList();
        if (System.Environment.GetEnvironmentVariable("DRAFTINGKIT_UPDATE_DOCS") == "1")
        {
            // A new id gets its line under "New Rules" of the unshipped release; shipped lines are history and stay.
            var missing = RuleCatalog.AllDescriptors.Select(Line).Where(l => !lines.Contains(l)).ToList();
            var unshipped = Path.Combine(folder, "AnalyzerReleases.Unshipped.md");
            var text = File.ReadAllLines(unshipped).ToList();
            var first = text.FindIndex(l => l.StartsWith("DK", System.StringComparison.Ordinal));
            var rows = text.Where(l => l.StartsWith("DK", System.StringComparison.Ordinal)).Concat(missing).OrderBy(l => l, System.StringComparer.Ordinal).ToList();
            text.RemoveAll(l => l.StartsWith("DK", System.StringComparison.Ordinal));
            text.InsertRange(first < 0 ? text.Count : first, rows);
            File.WriteAllText(unshipped, string.Join("\n", text) + "\n");
            lines.AddRange(missing);
        }

        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            Assert.Contains(Line(descriptor), lines);
        }
    }

    private static string Line(DraftingKit.Diagnostics.DraftingDescriptor descriptor) =>
        $"{descriptor.Id} | DraftingKit.{descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Alias}";
}
