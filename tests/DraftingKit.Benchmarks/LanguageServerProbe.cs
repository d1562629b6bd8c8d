using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DraftingKit.Rules;

namespace DraftingKit.Benchmarks;

/// <summary>
/// "--lsp-probe": the change-to-diagnostics time of <see cref="LanguageServerBenchmarks"/> alternated with a bare lint
/// of the same text, so that both see the same load on a shared machine: the ratio is the server's own cost (framing,
/// JSON, hand-off to the worker, configuration lookup, conversion of the findings). A stopwatch look, not BenchmarkDotNet.
/// </summary>
internal static class LanguageServerProbe
{
    public static void Run(TextWriter output, int rounds = 60)
    {
        foreach (var draft in new[] { "74/177", "1,000 paragraphs" })
        {
            var server = new LanguageServerBenchmarks { Draft = draft };
            server.Setup();
            var text = draft == "74/177" ? File.ReadAllText(BenchmarkFiles.Sample) : SyntheticDraft.Of(1_000);
            var alone = new double[rounds];
            var served = new double[rounds];
            for (var warm = 0; warm < 5; warm++)
            {
                server.ChangeToDiagnostics();
                DraftingLinter.Lint("draft.res.md", text);
            }

            for (var round = 0; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                DraftingLinter.Lint("draft.res.md", text);
                alone[round] = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                server.ChangeToDiagnostics();
                served[round] = clock.Elapsed.TotalMilliseconds;
            }

            server.Cleanup();
            output.WriteLine($"{draft}: lint alone p50 {Percentile(alone, 50):0.0} ms p95 {Percentile(alone, 95):0.0} ms; change -> diagnostics p50 {Percentile(served, 50):0.0} ms p95 {Percentile(served, 95):0.0} ms; ratio of medians {Percentile(served, 50) / Percentile(alone, 50):0.00}");
        }
    }

    private static double Percentile(double[] values, int percent)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var index = (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1;
        return sorted[Math.Max(0, Math.Min(sorted.Length - 1, index))];
    }
}
