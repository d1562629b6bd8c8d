using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Parse, lint and render of the whole seed corpus (the 35 templates imported from seeds 000–003), against the
/// floor of reading and decoding the same files. One operation is one pass over every file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CorpusBenchmarks
{
    private string[] paths = null!;
    private List<ResolutionDocument> documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        paths = BenchmarkFiles.SeedCorpus();
        documents = new List<ResolutionDocument>();
        foreach (var path in paths)
        {
            documents.Add(TemplateReader.ReadFile(path).Document);
        }

        DraftingLinter.Lint(paths[0], File.ReadAllBytes(paths[0]));
    }

    [Benchmark(Baseline = true, Description = "Seed corpus: floor (read + UTF-8 decode)")]
    public int Floor()
    {
        var total = 0;
        foreach (var path in paths)
        {
            total += Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length;
        }

        return total;
    }

    [Benchmark(Description = "Seed corpus: parse")]
    public int Parse()
    {
        var total = 0;
        foreach (var path in paths)
        {
            total += TemplateReader.ReadFile(path).Diagnostics.Count;
        }

        return total;
    }

    [Benchmark(Description = "Seed corpus: lint")]
    public int Lint()
    {
        var total = 0;
        foreach (var path in paths)
        {
            total += DraftingLinter.Lint(path, File.ReadAllBytes(path)).Count;
        }

        return total;
    }

    [Benchmark(Description = "Seed corpus: render all five formats")]
    public long RenderAll()
    {
        long total = 0;
        foreach (var document in documents)
        {
            total += UnTextRenderer.Render(document).Length + MarkdownRenderer.Render(document).Length + HtmlRenderer.Render(document).Length
                + DocxRenderer.Render(document).Length + AknRenderer.Render(document).Length;
        }

        return total;
    }
}
