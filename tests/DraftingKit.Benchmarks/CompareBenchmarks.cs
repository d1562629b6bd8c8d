using System.IO;
using BenchmarkDotNet.Attributes;
using DraftingKit.Comparison;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Benchmarks;

/// <summary>
/// <c>draftkit compare</c> on a real series: the sample 74/177 as the base of its successor 75/196 (the same title a
/// year later, imported from the UN's AKN4UN file). The budget is under 100 ms for texts of this size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CompareBenchmarks
{
    private static readonly System.DateTime When = new(2020, 12, 16, 0, 0, 0, System.DateTimeKind.Utc);
    private ResolutionDocument baseText = null!;
    private ResolutionDocument revised = null!;
    private TextComparison comparison = null!;

    [GlobalSetup]
    public void Setup()
    {
        baseText = TemplateReader.ReadFile(BenchmarkFiles.Sample).Document;
        revised = TemplateReader.ReadFile(Path.Combine(BenchmarkFiles.Root, "tests", "corpus", "akn4un-templates", "A-RES-75-196.res.md")).Document;
        comparison = TextComparison.Compare(baseText, revised);
    }

    [Benchmark(Description = "74/177 -> 75/196: align and diff")]
    public int Compare() => TextComparison.Compare(baseText, revised).Sections.Count;

    [Benchmark(Description = "74/177 -> 75/196: align, diff and marked text")]
    public int CompareToText() => ComparisonTextRenderer.Render(TextComparison.Compare(baseText, revised)).Length;

    [Benchmark(Description = "74/177 -> 75/196: align, diff and tracked DOCX")]
    public int CompareToDocx() => ComparisonDocxRenderer.Render(TextComparison.Compare(baseText, revised), "DraftingKit", When).Length;

    [Benchmark(Description = "74/177 -> 75/196: tracked DOCX of a ready comparison")]
    public int Docx() => ComparisonDocxRenderer.Render(comparison, "DraftingKit", When).Length;
}
