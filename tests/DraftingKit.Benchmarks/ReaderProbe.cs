using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The template reader alone, phase by phase, with the CPU time and the bytes allocated of each: what a profile of
/// the reader needs on a shared machine, where the clock also counts the wait for a core. With a number of seconds it
/// then reads the file in a loop for that long, for a sampling profiler (dotnet-trace) to attach to.
/// </summary>
internal static class ReaderProbe
{
    // The reader's pipeline with one part left out each: what each part of Markdig's parse costs.
    private static readonly Markdig.MarkdownPipeline NoPreciseLocation = Pipeline(footnotes: true, tables: true, precise: false);
    private static readonly Markdig.MarkdownPipeline NoFootnotes = Pipeline(footnotes: false, tables: true, precise: true);
    private static readonly Markdig.MarkdownPipeline NoPipeTables = Pipeline(footnotes: true, tables: false, precise: true);
    private static readonly Markdig.MarkdownPipeline CommonMarkAlone = Pipeline(footnotes: false, tables: false, precise: false);

    private static Markdig.MarkdownPipeline Pipeline(bool footnotes, bool tables, bool precise)
    {
        var builder = new Markdig.MarkdownPipelineBuilder();
        if (footnotes)
        {
            Markdig.MarkdownExtensions.UseFootnotes(builder);
        }

        if (tables)
        {
            Markdig.MarkdownExtensions.UsePipeTables(builder);
        }

        if (precise)
        {
            Markdig.MarkdownExtensions.UsePreciseSourceLocation(builder);
        }

        builder.BlockParsers.Insert(0, new FrontMatterBlockParser());
        return builder.Build();
    }

    private const double WarmUpSeconds = 4;

    private static (double Median, double Min, double Max) Spread(double[,] times, int phase, int rounds)
    {
        var values = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            values[i] = times[phase, i];
        }

        System.Array.Sort(values);
        return (values[rounds / 2], values[0], values[rounds - 1]);
    }

    public static void Run(TextWriter output, string path, int loopSeconds)
    {
        // A number instead of a path: a synthetic draft of that many paragraphs (SyntheticDraft).
        var bytes = int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var paragraphs)
            ? Encoding.UTF8.GetBytes(SyntheticDraft.Of(paragraphs))
            : File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        var repeats = bytes.Length > 1_000_000 ? 5 : 200;
        var frontMatter = FrontMatter.Locate(text);
        var header = FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), new List<DraftingDiagnostic>());
        var markdown = Markdig.Markdown.Parse(text, TemplateReader.PipelineFor(text), FrontMatterBlockParser.Context(frontMatter));
        var phases = new (string Name, System.Action Run)[]
        {
            ("decode (the floor)", () => Encoding.UTF8.GetString(bytes)),
            ("whole reader, from the bytes", () => TemplateReader.Read(path, bytes, 1024L * 1024 * 1024, out _, out _)),
            ("whole reader, from the text", () => TemplateReader.Read(path, text, 1024L * 1024 * 1024, out _)),
            ("input checks of the text", () => DraftingKit.Security.InputChecks.Text(path, text, 1024L * 1024 * 1024, DraftingKit.Security.InputChecks.Templates)),
            ("line map", () => new LineMap(path, text)),
            ("front matter (YAML)", () => FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), new List<DraftingDiagnostic>())),
            ("Markdig parse of the body", () => Markdig.Markdown.Parse(text, TemplateReader.PipelineFor(text), FrontMatterBlockParser.Context(frontMatter))),
            ("model from Markdig's tree", () => new BodyBuilder(text, new LineMap(path, text), header, new List<DraftingDiagnostic>()).Build(markdown)),
            ("parse: no precise location", () => Markdig.Markdown.Parse(text, NoPreciseLocation, FrontMatterBlockParser.Context(frontMatter))),
            ("parse: no footnotes", () => Markdig.Markdown.Parse(text, NoFootnotes, FrontMatterBlockParser.Context(frontMatter))),
            ("parse: no pipe tables", () => Markdig.Markdown.Parse(text, NoPipeTables, FrontMatterBlockParser.Context(frontMatter))),
            ("parse: CommonMark alone", () => Markdig.Markdown.Parse(text, CommonMarkAlone, FrontMatterBlockParser.Context(frontMatter))),
        };
        // Warm-up until the JIT has settled: tiered compilation (with its instrumented tier) gives the phases run first
        // slower code than the later ones for the first hundreds of calls, which a short warm-up measured as the
        // phases' own cost (Markdig's parse read as 11× the floor when it was about 2×).
        var warm = Stopwatch.StartNew();
        do
        {
            foreach (var (_, run) in phases)
            {
                for (var i = 0; i < (repeats > 5 ? 20 : 1); i++)
                {
                    run();
                }
            }
        }
        while (warm.Elapsed.TotalSeconds < WarmUpSeconds);

        // The phases alternated round by round, each round's CPU a call kept: the median of the rounds is read.
        const int Rounds = 7;
        // Each phase runs about a fifth of a second a round: the process's CPU time is counted in ticks of 10 ms.
        var calls = new int[phases.Length];
        for (var p = 0; p < phases.Length; p++)
        {
            var watch = Stopwatch.StartNew();
            phases[p].Run();
            calls[p] = (int)System.Math.Clamp(0.2 / System.Math.Max(watch.Elapsed.TotalSeconds, 1e-6), 1, 100_000);
        }

        var cpuTimes = new double[phases.Length, Rounds];
        var wallTimes = new double[phases.Length, Rounds];
        var allocatedKb = new double[phases.Length];
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            for (var p = 0; p < phases.Length; p++)
            {
                var run = phases[p].Run;
                var perRound = calls[p];
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var allocated = System.GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < perRound; i++)
                {
                    run();
                }

                watch.Stop();
                allocated = System.GC.GetAllocatedBytesForCurrentThread() - allocated;
                process.Refresh();
                cpuTimes[p, round] = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / perRound;
                wallTimes[p, round] = watch.Elapsed.TotalMilliseconds * 1000 / perRound;
                allocatedKb[p] = allocated / 1024.0 / perRound;
            }
        }

        output.WriteLine("{0,-32} {1,13} {2,17} {3,13}", "phase (median of " + Rounds + " rounds)", "wall", "CPU (min–max)", "allocated");
        for (var p = 0; p < phases.Length; p++)
        {
            var (cpuMedian, cpuMin, cpuMax) = Spread(cpuTimes, p, Rounds);
            var (wallMedian, _, _) = Spread(wallTimes, p, Rounds);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-32} {1,10:N1} µs {2,10:N1} µs CPU ({3:N0}–{4:N0}) {5,10:N1} KB",
                phases[p].Name, wallMedian, cpuMedian, cpuMin, cpuMax, allocatedKb[p]));
        }

        var until = Stopwatch.StartNew();
        while (until.Elapsed.TotalSeconds < loopSeconds)
        {
            TemplateReader.Read(path, bytes);
        }
    }
}
