using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using DraftingKit.Rules;

namespace DraftingKit.Benchmarks;

/// <summary>One stopwatch lint per synthetic size: a quick look at scaling while working on the engine.</summary>
internal static class ScalingProbe
{
    public static void Run(TextWriter output)
    {
        DraftingLinter.Lint("warm.res.md", Encoding.UTF8.GetBytes(SyntheticDraft.Of(10)));
        foreach (var paragraphs in new[] { 10, 100, 1_000, 10_000, 100_000 })
        {
            var bytes = Encoding.UTF8.GetBytes(SyntheticDraft.Of(paragraphs));
            var watch = Stopwatch.StartNew();
            var findings = DraftingLinter.Lint("synthetic.res.md", bytes).Count;
            watch.Stop();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,7} paragraphs {1,10:N0} bytes {2,10:N1} ms {3,8:N2} µs/paragraph {4,7} findings", paragraphs, bytes.Length, watch.Elapsed.TotalMilliseconds, watch.Elapsed.TotalMilliseconds * 1000 / paragraphs, findings));
        }
    }
}
