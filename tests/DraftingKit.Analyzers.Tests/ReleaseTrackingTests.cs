using System.IO;
using System.Linq;
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
        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            var expected = $"{descriptor.Id} | DraftingKit.{descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Alias}";
            Assert.Contains(expected, lines);
        }
    }
}
