using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.IO;
using System.Linq;
using DraftingKit.Rules;
using DraftingKit.Templates;

namespace DraftingKit.Benchmarks;

/// <summary>
/// What a lint allocates, by type: the seed corpus (or the templates given) linted over and over while the runtime's
/// allocation ticks (one event about every 100 KB allocated, naming the type of the object that crossed it) are
/// summed by type. A sample, so the shares are estimates; the exact bytes of the reader and of the rules, from the
/// thread's allocation counter over one lint of every file, come first.
/// </summary>
internal static class AllocationProbe
{
    public static void Run(TextWriter output, IReadOnlyList<string> paths, int rounds)
    {
        var sources = paths.Select(path => (Path: path, Bytes: File.ReadAllBytes(path))).ToList();
        // The first lint of every file, as a process of the portable draftkit lints them: code not yet compiled twice.
        var first = System.GC.GetAllocatedBytesForCurrentThread();
        foreach (var source in sources)
        {
            DraftingLinter.Lint(source.Path, source.Bytes);
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} files, the first lint of each in this process: {1:N0} KB", sources.Count, (System.GC.GetAllocatedBytesForCurrentThread() - first) / 1024.0));

        // Past tiered compilation first: code not yet optimized allocates what optimized code does not (a generic
        // span search over char boxes its bounds until it is compiled again).
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 4)
        {
            foreach (var source in sources)
            {
                DraftingLinter.Lint(source.Path, source.Bytes);
            }
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var documents = sources.Select(source => (TemplateReader.Read(source.Path, source.Bytes, out var text, out _).Document, Text: text!)).ToList();
        var read = System.GC.GetAllocatedBytesForCurrentThread() - before;
        before = System.GC.GetAllocatedBytesForCurrentThread();
        foreach (var (document, text) in documents)
        {
            DraftingLinter.Check(document, text, RuleOptions.Empty);
        }

        var rules = System.GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} files: the reader {1:N0} KB, the rules {2:N0} KB (exact, one lint of each)", sources.Count, read / 1024.0, rules / 1024.0));

        Sample(output, "the reader", rounds, () =>
        {
            foreach (var source in sources)
            {
                TemplateReader.Read(source.Path, source.Bytes, out _, out _);
            }
        });
        Sample(output, "the rules", rounds, () =>
        {
            foreach (var (document, text) in documents)
            {
                DraftingLinter.Check(document, text, RuleOptions.Empty);
            }
        });
    }

    private static void Sample(TextWriter output, string name, int rounds, System.Action once)
    {
        using var listener = new AllocationTicks();
        for (var round = 0; round < rounds; round++)
        {
            once();
        }

        listener.DisableEvents();
        var total = listener.ByType.Values.Sum();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}, sampled over {1} rounds: {2:N0} KB in ticks", name, rounds, total / 1024.0));
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(pair => pair.Value).Take(25))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,6:P1}  {1}", (double)bytes / total, type));
        }
    }

    /// <summary>The runtime's GCAllocationTick events, summed by the type that crossed each tick.</summary>
    private sealed class AllocationTicks : EventListener
    {
        private EventSource? runtime;

        public Dictionary<string, long> ByType { get; } = new();

        public void DisableEvents()
        {
            if (runtime is not null)
            {
                DisableEvents(runtime);
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                runtime = source;
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", System.StringComparison.Ordinal) || data.Payload is null || data.PayloadNames is null)
            {
                return;
            }

            var type = data.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
            var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? System.Convert.ToInt64(data.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (ByType)
            {
                ByType[type] = ByType.TryGetValue(type, out var sum) ? sum + amount : amount;
            }
        }
    }
}
