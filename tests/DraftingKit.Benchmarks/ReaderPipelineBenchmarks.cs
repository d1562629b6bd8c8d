using System.IO;
using BenchmarkDotNet.Attributes;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The template reader's Markdown pipeline: Markdig's parse of a template with the pipe-table extension and without
/// it (the reader leaves it out where no '|' is written), and the whole reader from the text, on 74/177 and on a
/// synthetic draft of 1,000 paragraphs. For a quiet machine; on a loaded one read the allocations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ReaderPipelineBenchmarks
{
    private string text = null!;
    private FrontMatter frontMatter;

    [Params("74/177", "1000 paragraphs")]
    public string Template { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = Template == "74/177" ? File.ReadAllText(BenchmarkFiles.Sample) : SyntheticDraft.Of(1000);
        frontMatter = FrontMatter.Locate(text);
    }

    [Benchmark(Baseline = true, Description = "Markdig parse, with pipe tables")]
    public int WithTables() => Markdig.Markdown.Parse(text, TemplateReader.Pipeline, FrontMatterBlockParser.Context(frontMatter)).Count;

    [Benchmark(Description = "Markdig parse, without pipe tables")]
    public int WithoutTables() => Markdig.Markdown.Parse(text, TemplateReader.PipelineWithoutTables, FrontMatterBlockParser.Context(frontMatter)).Count;

    [Benchmark(Description = "the whole reader from the text")]
    public int Reader() => TemplateReader.Read("template.res.md", text).Diagnostics.Count;
}
