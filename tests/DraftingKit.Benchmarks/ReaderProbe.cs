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
        var markdown = Markdig.Markdown.Parse(text, TemplateReader.Pipeline, FrontMatterBlockParser.Context(frontMatter));
        var phases = new (string Name, System.Action Run)[]
        {
            ("decode (the floor)", () => Encoding.UTF8.GetString(bytes)),
            ("whole reader, from the bytes", () => TemplateReader.Read(path, bytes, 1024L * 1024 * 1024, out _, out _)),
            ("line map", () => new LineMap(path, text)),
            ("front matter (YAML)", () => FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), new List<DraftingDiagnostic>())),
            ("Markdig parse of the body", () => Markdig.Markdown.Parse(text, TemplateReader.Pipeline, FrontMatterBlockParser.Context(frontMatter))),
            ("model from Markdig's tree", () => new BodyBuilder(text, new LineMap(path, text), header, new List<DraftingDiagnostic>()).Build(markdown)),
        };
        foreach (var (_, run) in phases)
        {
            for (var i = 0; i < (repeats > 5 ? 50 : 1); i++)
            {
                run();
            }
        }

        var process = Process.GetCurrentProcess();
        foreach (var (name, run) in phases)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = System.GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < repeats; i++)
            {
                run();
            }

            watch.Stop();
            allocated = System.GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-32} {1,10:N1} µs {2,10:N1} µs CPU {3,10:N1} KB",
                name, watch.Elapsed.TotalMilliseconds * 1000 / repeats, (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / repeats, allocated / 1024.0 / repeats));
        }

        var until = Stopwatch.StartNew();
        while (until.Elapsed.TotalSeconds < loopSeconds)
        {
            TemplateReader.Read(path, bytes);
        }
    }
}
