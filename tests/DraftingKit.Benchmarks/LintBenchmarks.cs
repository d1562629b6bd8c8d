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
/// Parse, lint (every rule) and render of the real resolution 74/177, against the floor: reading the same file
/// and decoding its UTF-8. Every operation starts from the file on disk, as <c>draftkit lint</c> does; only the
/// embedded catalog of resolutions stays loaded between iterations, as it does for every file of a real run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LintBenchmarks
{
    private string path = null!;
    private ResolutionDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = BenchmarkFiles.Sample;
        document = TemplateReader.ReadFile(path).Document;
        // The embedded catalog is loaded once per process, in a real run as here.
        DraftingLinter.Lint(path, File.ReadAllBytes(path));
    }

    [Benchmark(Baseline = true, Description = "74/177: floor (read + UTF-8 decode)")]
    public int Floor() => Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length;

    [Benchmark(Description = "74/177: parse (read + template reader)")]
    public int Parse() => TemplateReader.ReadFile(path).Diagnostics.Count;

    [Benchmark(Description = "74/177: lint (read + parse + every rule)")]
    public int Lint() => DraftingLinter.Lint(path, File.ReadAllBytes(path)).Count;

    [Benchmark(Description = "74/177: render UN text")]
    public int RenderText() => UnTextRenderer.Render(document).Length;

    [Benchmark(Description = "74/177: render Markdown")]
    public int RenderMarkdown() => MarkdownRenderer.Render(document).Length;

    [Benchmark(Description = "74/177: render HTML")]
    public int RenderHtml() => HtmlRenderer.Render(document).Length;

    [Benchmark(Description = "74/177: render DOCX")]
    public int RenderDocx() => DocxRenderer.Render(document).Length;

    [Benchmark(Description = "74/177: render AKN")]
    public int RenderAkn() => AknRenderer.Render(document).Length;
}
