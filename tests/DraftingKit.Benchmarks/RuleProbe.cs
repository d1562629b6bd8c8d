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
        for (var i = 0; i < repeats; i++)
        {
            Encoding.UTF8.GetString(bytes);
        }

        Report(output, "decode", watch);
        watch.Restart();
        TemplateReadResult read = null!;
        for (var i = 0; i < repeats; i++)
        {
            read = TemplateReader.Read(path, bytes);
        }

        Report(output, "read", watch);
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UsePreciseSourceLocation().Build();
        watch.Restart();
        for (var i = 0; i < repeats; i++)
        {
            Markdig.Markdown.Parse(text, pipeline);
        }

        Report(output, "markdig parse alone", watch);
        watch.Restart();
        DraftingKit.Import.UnDocumentImporter.ImportText(path, text);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", "import as text (once)", watch.Elapsed.TotalMilliseconds * 1000));
        foreach (var (name, render) in new (string, System.Func<DraftingKit.Model.ResolutionDocument, object>)[]
        {
            ("render txt", d => DraftingKit.Rendering.UnTextRenderer.Render(d)), ("render md", d => DraftingKit.Rendering.MarkdownRenderer.Render(d)),
            ("render html", d => DraftingKit.Rendering.HtmlRenderer.Render(d)), ("render docx", d => DraftingKit.Rendering.DocxRenderer.Render(d)),
            ("render akn", d => DraftingKit.Rendering.Akn.AknRenderer.Render(d)),
        })
        {
            watch.Restart();
            render(read.Document);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", name + " (once)", watch.Elapsed.TotalMilliseconds * 1000));
        }
        watch.Restart();
        for (var i = 0; i < repeats; i++)
        {
            DocumentCitations.Find(read.Document, ResolutionCatalog.Default);
        }

        Report(output, "citations", watch);
        foreach (var rule in RuleCatalog.Rules)
        {
            watch.Restart();
            for (var i = 0; i < repeats; i++)
            {
                var lines = new LineMap(path, text);
                var citations = new System.Lazy<IReadOnlyList<CitationInText>>(() => DocumentCitations.Find(read.Document, ResolutionCatalog.Default));
                rule.Check(new RuleContext(read.Document, text, RuleOptions.Empty, lines, ResolutionCatalog.Default, citations));
            }

            Report(output, rule.Descriptor.Id + " " + rule.GetType().Name, watch);
        }

        void Report(TextWriter writer, string what, Stopwatch stopwatch) =>
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,10:N1} µs", what, stopwatch.Elapsed.TotalMilliseconds * 1000 / repeats));
    }
}
