using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DraftingKit.Rules;
using DraftingKit.Templates;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Read + decode (the floor), parse and lint of the given templates, each as one operation over all the files,
/// the three alternated round by round so that a change in the machine's load falls on all three alike: the ratio
/// of lint to the floor on a shared machine, where a BenchmarkDotNet run's iterations meet different loads. Reports
/// the median and the lowest time of the rounds, the mean CPU time (the process's, GC threads included) and the
/// bytes allocated by one operation.
/// </summary>
internal static class FloorProbe
{
    public static void Run(TextWriter output, IReadOnlyList<string> paths, int rounds)
    {
        var operations = new (string Name, System.Func<int> Run)[]
        {
            ("floor (read + UTF-8 decode)", () => paths.Sum(path => Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length)),
            ("parse (read + template reader)", () => paths.Sum(path => TemplateReader.ReadFile(path).Diagnostics.Count)),
            ("lint (read + parse + every rule)", () => paths.Sum(path => DraftingLinter.Lint(path, File.ReadAllBytes(path)).Count)),
        };

        // Warm every path past tiered compilation before timing it.
        for (var i = 0; i < 30; i++)
        {
            foreach (var operation in operations)
            {
                operation.Run();
            }
        }

        var times = operations.Select(_ => new List<double>()).ToArray();
        var allocated = new long[operations.Length];
        var cpu = new double[operations.Length];
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < operations.Length; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var before = System.GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                operations[i].Run();
                times[i].Add(watch.Elapsed.TotalMilliseconds * 1000);
                allocated[i] = System.GC.GetAllocatedBytesForCurrentThread() - before;
                process.Refresh();
                cpu[i] += (process.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / rounds;
            }
        }

        var floor = Median(times[0]);
        for (var i = 0; i < operations.Length; i++)
        {
            var median = Median(times[i]);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-34} median {1,10:N0} µs  lowest {2,10:N0} µs  CPU (mean) {3,10:N0} µs  {4,8:N0} KB  {5,6:N1} × floor (medians)  {6,6:N1} × floor (CPU)",
                operations[i].Name, median, times[i].Min(), cpu[i], allocated[i] / 1024.0, median / floor, cpu[i] / cpu[0]));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
