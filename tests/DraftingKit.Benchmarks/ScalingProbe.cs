using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using DraftingKit.Rules;

namespace DraftingKit.Benchmarks;

/// <summary>One stopwatch lint per synthetic size: a quick look at scaling while working on the engine.</summary>
internal static class ScalingProbe
{
    private const long RaisedLimit = 1024L * 1024 * 1024;

    public static void Run(TextWriter output)
    {
        DraftingLinter.Lint("warm.res.md", Encoding.UTF8.GetBytes(SyntheticDraft.Of(10)));
        // 7,000 paragraphs (4 MB) is the most a template may hold by default (InputLimits.TemplateBytes); the larger
        // ones are linted with the limit raised as `draftkit lint --max-template-size 1GiB` raises it (100,000: 57 MB).
        foreach (var paragraphs in new[] { 10, 100, 1_000, 7_000, 10_000, 100_000 })
        {
            var bytes = Encoding.UTF8.GetBytes(SyntheticDraft.Of(paragraphs));
            // CPU time and allocations beside the clock: on a shared machine the clock measures the queue as well.
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = System.GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var findings = DraftingLinter.Lint("synthetic.res.md", bytes, null, null, RaisedLimit).Count;
            watch.Stop();
            allocated = System.GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            // The peak only grows, and the sizes grow, so each line's peak is that size's (or a smaller one's, when lower).
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,7} paragraphs {1,10:N0} bytes {2,10:N1} ms {3,10:N1} ms CPU {4,8:N2} µs/paragraph {5,8:N1} KB/paragraph allocated {6,7} findings {7,7:N0} MB peak working set",
                paragraphs, bytes.Length, watch.Elapsed.TotalMilliseconds, cpuMs, watch.Elapsed.TotalMilliseconds * 1000 / paragraphs, allocated / 1024.0 / paragraphs, findings, process.PeakWorkingSet64 / 1024.0 / 1024.0));
        }
    }
}
