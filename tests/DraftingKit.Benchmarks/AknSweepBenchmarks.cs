using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The corpus sweep as a user would run it over the UN's AKN4UN files (../shared/corpus/akn4un/en: sessions 75–77, 995 files,
/// ~30 MB): import every file, render it as UN text and as its template, lint the template, export it to AKN4UN.
/// "Whole sweep" does all of it from the files; each stage benchmark does one stage over all the files from the
/// previous stage's output, kept from the setup, so that the stages' shares of the whole can be read off.
/// </summary>
/// <remarks>
/// One sweep takes seconds, so the job is BenchmarkDotNet's monitoring strategy (one warm-up, three measured
/// runs, no pilot): enough to tell a stage that costs a second from one that costs five.
/// Run: dotnet run -c Release --project tests/DraftingKit.Benchmarks -- --filter '*AknSweep*'
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AknSweepBenchmarks
{
    private List<string> files = new();
    private List<ResolutionDocument> documents = new();
    private List<(string Name, string Text)> templates = new();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Path.Combine(Directory.GetParent(RepositoryRoot())!.FullName, "shared", "corpus", "akn4un", "en");
        if (!Directory.Exists(corpus))
        {
            throw new DirectoryNotFoundException("The AKN4UN corpus is not at " + corpus + "; this benchmark needs ../shared beside the repository.");
        }

        files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        documents = files.Select(file => AknImporter.ImportFile(file).Document).ToList();
        templates = documents.Select((document, i) => (Path.GetFileNameWithoutExtension(files[i]) + ".res.md", MarkdownRenderer.Render(document))).ToList();
    }

    [Benchmark(Baseline = true, Description = "Whole sweep: import, render, lint, export (all files)")]
    public long WholeSweep()
    {
        long size = 0;
        foreach (var file in files)
        {
            var document = AknImporter.ImportFile(file).Document;
            size += UnTextRenderer.Render(document).Length;
            var template = MarkdownRenderer.Render(document);
            size += DraftingLinter.Lint(Path.GetFileNameWithoutExtension(file) + ".res.md", template).Count;
            size += AknRenderer.Render(document).Length;
        }

        return size;
    }

    [Benchmark(Description = "Stage: import the XML")]
    public long Import()
    {
        long size = 0;
        foreach (var file in files)
        {
            size += AknImporter.ImportFile(file).Document.Parts.Count;
        }

        return size;
    }

    [Benchmark(Description = "Stage: render UN text")]
    public long RenderText()
    {
        long size = 0;
        foreach (var document in documents)
        {
            size += UnTextRenderer.Render(document).Length;
        }

        return size;
    }

    [Benchmark(Description = "Stage: render the template")]
    public long RenderTemplate()
    {
        long size = 0;
        foreach (var document in documents)
        {
            size += MarkdownRenderer.Render(document).Length;
        }

        return size;
    }

    [Benchmark(Description = "Stage: lint the template (read + every rule)")]
    public long Lint()
    {
        long size = 0;
        foreach (var (name, text) in templates)
        {
            size += DraftingLinter.Lint(name, text).Count;
        }

        return size;
    }

    [Benchmark(Description = "Stage: export AKN4UN")]
    public long ExportAkn()
    {
        long size = 0;
        foreach (var document in documents)
        {
            size += AknRenderer.Render(document).Length;
        }

        return size;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
