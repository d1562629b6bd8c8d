using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Benchmarks;

/// <summary>
/// DK7021's search of the wrong forms over every run of the seed corpus's texts as the rule reads them, timed round
/// by round: the lowest and median time of a pass and the bytes it allocates.
/// </summary>
internal static class WordUsageProbe
{
    public static void Run(TextWriter output, int rounds)
    {
        var runs = BenchmarkFiles.SeedCorpus()
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document))
            .SelectMany(text => TextLocator.Runs(text).Select(run => run.Run.Text))
            .ToList();
        var usage = WordUsage.Default;
        int Pass() => runs.Sum(run => usage.Matches(run).Count);

        for (var i = 0; i < 50; i++)
        {
            Pass();
        }

        var times = new List<double>();
        var found = 0;
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            found = Pass();
            times.Add(watch.Elapsed.TotalMilliseconds * 1000);
        }

        var allocated = (System.GC.GetAllocatedBytesForCurrentThread() - before) / rounds;
        times.Sort();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "word usage over {0:N0} runs ({1:N0} characters), {2} matches: lowest {3,8:N1} µs  median {4,8:N1} µs  {5:N1} KB a pass",
            runs.Count, runs.Sum(run => run.Length), found, times[0], times[times.Count / 2], allocated / 1024.0));
    }

    /// <summary>Every rule over the seeds' documents, read afresh each round and not timed; only the rules are.</summary>
    public static void RunRules(TextWriter output, int rounds)
    {
        var sources = BenchmarkFiles.SeedCorpus().Select(path => (Path: path, Text: File.ReadAllText(path))).ToList();
        var times = new List<double>();
        long allocated = 0;
        for (var round = -30; round < rounds; round++)
        {
            var documents = sources.Select(source => TemplateReader.Read(source.Path, source.Text).Document).ToList();
            var before = System.GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < documents.Count; i++)
            {
                DraftingLinter.Check(documents[i], sources[i].Text, RuleOptions.Empty);
            }

            if (round >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds * 1000);
                allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        times.Sort();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "every rule over the seeds' documents: lowest {0,8:N0} µs  median {1,8:N0} µs  {2:N0} KB",
            times[0], times[times.Count / 2], allocated / 1024.0));
    }
}
