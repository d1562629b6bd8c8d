using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Whether a source-generated pattern pays: DK7001's forms as the engine builds them on .NET 10 (generated at build
/// time) against the same pattern strings interpreted, over every text of the seed templates and 74/177, the two
/// alternated round by round. Reports the median wall-clock time of a round and the mean CPU time.
/// </summary>
internal static class PatternProbe
{
    public static void Run(TextWriter output, int rounds)
    {
        var texts = BenchmarkFiles.SeedCorpus().Append(BenchmarkFiles.Sample)
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document))
            .Select(text => PrintedText.Normalize(text.PlainText))
            .ToArray();
        var generated = DateFormRule.FormsForProbe.ToArray();
        var interpreted = generated.Select(form => new Regex(form.ToString(), form.Options, form.MatchTimeout)).ToArray();
        var sets = new (string Name, Regex[] Patterns)[] { ("DK7001 forms, generated", generated), ("DK7001 forms, interpreted", interpreted) };
        var times = sets.Select(_ => new List<double>()).ToArray();
        var cpu = new double[sets.Length];
        var found = new int[sets.Length];
        var process = Process.GetCurrentProcess();
        for (var round = -20; round < rounds; round++)
        {
            for (var s = 0; s < sets.Length; s++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var count = 0;
                foreach (var text in texts)
                {
                    foreach (var pattern in sets[s].Patterns)
                    {
                        count += pattern.Matches(text).Count;
                    }
                }

                watch.Stop();
                process.Refresh();
                if (round >= 0)
                {
                    times[s].Add(watch.Elapsed.TotalMilliseconds);
                    cpu[s] += (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
                    found[s] = count;
                }
            }
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} texts, {1} rounds", texts.Length, rounds));
        for (var s = 0; s < sets.Length; s++)
        {
            var sorted = times[s].OrderBy(t => t).ToArray();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-30} median {1,8:N2} ms  lowest {2,8:N2} ms  CPU {3,8:N2} ms  matches {4}",
                sets[s].Name, sorted[sorted.Length / 2], sorted[0], cpu[s] / rounds, found[s]));
        }
    }
}
