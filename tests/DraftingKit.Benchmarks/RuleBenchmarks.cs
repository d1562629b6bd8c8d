using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The rules alone over the seed corpus, on documents already read: every rule with the passes they share (the
/// texts scanned, the dates, the citations, the leads) made once a document, as a lint makes them; and DK7021's
/// search of the wrong forms over every run the rule reads, the costliest single rule.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RuleBenchmarks
{
    private List<(ResolutionDocument Document, string Source)> documents = null!;
    private List<string> runs = null!;

    [GlobalSetup]
    public void Setup()
    {
        documents = BenchmarkFiles.SeedCorpus()
            .Select(path => File.ReadAllText(path))
            .Zip(BenchmarkFiles.SeedCorpus(), (text, path) => (TemplateReader.Read(path, text).Document, text))
            .ToList();
        runs = documents
            .SelectMany(document => TextRuns.Everywhere(document.Document))
            .SelectMany(text => TextLocator.Runs(text).Select(run => run.Run.Text))
            .ToList();
    }

    [Benchmark(Description = "seeds: every rule on the documents read")]
    public int Rules() => documents.Sum(document => DraftingLinter.Check(document.Document, document.Source, RuleOptions.Empty).Count);

    [Benchmark(Description = "seeds: DK7021's search over every run")]
    public int WordUsageSearch() => runs.Sum(run => WordUsage.Default.Matches(run).Count);
}
