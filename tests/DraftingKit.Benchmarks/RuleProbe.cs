using Markdig;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using DraftingKit.Citations;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Benchmarks;

/// <summary>Where a lint's time goes: the reader and each rule on one document, by stopwatch, for profiling work.</summary>
internal static class RuleProbe
{
    public static void Run(TextWriter output, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var repeats = bytes.Length > 1_000_000 ? 3 : 100;
        for (var i = 0; i < (repeats > 3 ? 50 : 1); i++)
        {
            // Warm every path past tiered compilation before timing it.
            DraftingLinter.Lint(path, bytes);
        }

        var text = Encoding.UTF8.GetString(bytes);
        var watch = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < repeats; i++)
        {
            Encoding.UTF8.GetString(bytes);
        }

        Report(output, "decode", watch);
        Restart();
        TemplateReadResult read = null!;
        for (var i = 0; i < repeats; i++)
        {
            read = TemplateReader.Read(path, bytes);
        }

        Report(output, "read", watch);
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UsePreciseSourceLocation().Build();
        Restart();
        for (var i = 0; i < repeats; i++)
        {
            Markdig.Markdown.Parse(text, pipeline);
        }

        Report(output, "markdig parse alone", watch);
        ReaderPhases(output, path, text, repeats);
        Restart();
        DraftingKit.Import.UnDocumentImporter.ImportText(path, text);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", "import as text (once)", watch.Elapsed.TotalMilliseconds * 1000));
        foreach (var (name, render) in new (string, System.Func<DraftingKit.Model.ResolutionDocument, object>)[]
        {
            ("render txt", d => DraftingKit.Rendering.UnTextRenderer.Render(d)), ("render md", d => DraftingKit.Rendering.MarkdownRenderer.Render(d)),
            ("render html", d => DraftingKit.Rendering.HtmlRenderer.Render(d)), ("render docx", d => DraftingKit.Rendering.DocxRenderer.Render(d)),
            ("render akn", d => DraftingKit.Rendering.Akn.AknRenderer.Render(d)),
        })
        {
            Restart();
            render(read.Document);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", name + " (once)", watch.Elapsed.TotalMilliseconds * 1000));
        }
        Restart();
        for (var i = 0; i < repeats; i++)
        {
            DocumentCitations.Find(read.Document, ResolutionCatalog.Default);
        }

        Report(output, "citations", watch);
        foreach (var rule in RuleCatalog.Rules)
        {
            Restart();
            for (var i = 0; i < repeats; i++)
            {
                var lines = new LineMap(path, text);
                var citations = new System.Lazy<IReadOnlyList<CitationInText>>(() => DocumentCitations.Find(read.Document, ResolutionCatalog.Default));
                rule.Check(new RuleContext(read.Document, text, RuleOptions.Empty, lines, ResolutionCatalog.Default, citations));
            }

            Report(output, rule.Descriptor.Id + " " + rule.GetType().Name, watch);
        }

        // The lead rules as a lint runs them: one reading of each paragraph's lead shared by all of them, where each
        // rule's line above makes the readings it needs for itself.
        var leadRules = new List<DraftingRule>();
        foreach (var rule in RuleCatalog.Rules)
        {
            if (rule.Descriptor.Id.StartsWith("DK110", System.StringComparison.Ordinal) || rule.Descriptor.Id.StartsWith("DK200", System.StringComparison.Ordinal))
            {
                leadRules.Add(rule);
            }
        }

        Restart();
        for (var i = 0; i < repeats; i++)
        {
            var lines = new LineMap(path, text);
            var leads = new LeadReadings(LeadGrammar.Default);
            foreach (var rule in leadRules)
            {
                rule.Check(new RuleContext(read.Document, text, RuleOptions.Empty, lines, ResolutionCatalog.Default, null, null, leads));
            }
        }

        Report(output, "DK1101–DK1106, DK2001–DK2006 together, one reading", watch);

        // The style and date rules as a lint runs them: one scan of the texts and one finding of the dates shared by
        // all of them, where each rule's line above scans the texts (and DK7001 and DK7002 find the dates) for itself.
        var scanned = new HashSet<string>(System.StringComparer.Ordinal) { "DK6001", "DK7001", "DK7002", "DK7003", "DK7004", "DK7005", "DK7024" };
        var styleRules = new List<DraftingRule>();
        foreach (var rule in RuleCatalog.Rules)
        {
            if (scanned.Contains(rule.Descriptor.Id))
            {
                styleRules.Add(rule);
            }
        }

        Restart();
        for (var i = 0; i < repeats; i++)
        {
            DocumentDates.Find(ScannedTexts.Of(read.Document));
        }

        Report(output, "texts scanned and dates found, once", watch);
        Restart();
        for (var i = 0; i < repeats; i++)
        {
            var context = new RuleContext(read.Document, text, RuleOptions.Empty, new LineMap(path, text), ResolutionCatalog.Default);
            foreach (var rule in styleRules)
            {
                rule.Check(context);
            }
        }

        Report(output, "DK6001, DK7001–DK7005, DK7024 together, one scan", watch);

        static void ReaderPhases(TextWriter output, string path, string text, int repeats)
        {
            // The template reader's own phases, each alone, so that its share of a lint can be split.
            var frontMatter = FrontMatter.Locate(text);
                var diagnostics = new List<DraftingKit.Diagnostics.DraftingDiagnostic>();
            var header = FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), diagnostics);
            var markdown = Markdig.Markdown.Parse(text, TemplateReader.PipelineFor(text), FrontMatterBlockParser.Context(frontMatter));
            var phases = new (string Name, System.Action Run)[]
            {
                ("reader: line map", () => new LineMap(path, text)),
                ("reader: front matter (YAML)", () => FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), new List<DraftingKit.Diagnostics.DraftingDiagnostic>())),
                ("reader: Markdig parse of the body", () => Markdig.Markdown.Parse(text, TemplateReader.PipelineFor(text), FrontMatterBlockParser.Context(frontMatter))),
                ("reader: model from Markdig's tree", () => new BodyBuilder(text, new LineMap(path, text), header, new List<DraftingKit.Diagnostics.DraftingDiagnostic>()).Build(markdown)),
            };
            foreach (var (name, run) in phases)
            {
                var phase = Stopwatch.StartNew();
                for (var i = 0; i < repeats; i++)
                {
                    run();
                }

                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", name, phase.Elapsed.TotalMilliseconds * 1000 / repeats));
            }
        }

        // The process's CPU time beside the clock: on a shared machine the clock also counts the time spent waiting.
        void Restart()
        {
            process.Refresh();
            cpu = process.TotalProcessorTime;
            allocated = System.GC.GetAllocatedBytesForCurrentThread();
            watch.Restart();
        }

        void Report(TextWriter writer, string what, Stopwatch stopwatch)
        {
            process.Refresh();
            var cpuMicroseconds = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / repeats;
            // Bytes allocated (exact, whatever the load); a rule's line includes its line map and lazy citation holder.
            var kilobytes = (System.GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / repeats;
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs {2,10:N1} µs CPU {3,10:N1} KB", what, stopwatch.Elapsed.TotalMilliseconds * 1000 / repeats, cpuMicroseconds, kilobytes));
        }
    }
}
