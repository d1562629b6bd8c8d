using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Reading and rendering one real resolution (74/177), against the floor: merely decoding the same bytes.
/// Every iteration starts from the bytes, as a real run does; nothing is cached across iterations.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private byte[] bytes = null!;
    private ResolutionDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "A-RES-74-177.res.md");
        if (!File.Exists(path))
        {
            path = Path.Combine(RepositoryRoot(), "docs", "template-format.md");
        }

        bytes = File.ReadAllBytes(path);
        document = TemplateReader.Read(path, bytes).Document;
    }

    [Benchmark(Baseline = true, Description = "Floor: UTF-8 decode")]
    public int Decode() => Encoding.UTF8.GetString(bytes).Length;

    [Benchmark(Description = "Read template (Markdig + YAML + model)")]
    public int Read() => TemplateReader.Read("bench.res.md", bytes).Diagnostics.Count;

    [Benchmark(Description = "Render UN text")]
    public int RenderText() => UnTextRenderer.Render(document).Length;

    [Benchmark(Description = "Render template Markdown")]
    public int RenderMarkdown() => MarkdownRenderer.Render(document).Length;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
