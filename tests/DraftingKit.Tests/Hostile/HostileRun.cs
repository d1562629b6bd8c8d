using System.Diagnostics;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Puts one hostile input through every entry point a user can reach: the linter (reader and every rule), from
/// bytes and from text, the five renderers and the text importer; asserts that nothing throws, that no rule or
/// reader failure (DK0901) was caught, that every diagnostic points inside the file, and that the whole run ends
/// within <see cref="HostileSettings.Budget"/>.
/// </summary>
internal static class HostileRun
{
    public const string Path = "hostile.res.md";

    // The first rendering in a process compiles the Open XML SDK and the rest (seconds on a busy machine): done
    // once here, outside every budget, so that the budget measures the input.
    static HostileRun()
    {
        var sample = TemplateReader.ReadFile(Tests.Support.RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"));
        DraftingLinter.Lint(sample.Document.Path, File.ReadAllBytes(sample.Document.Path));
        UnTextRenderer.Render(sample.Document);
        MarkdownRenderer.Render(sample.Document);
        HtmlRenderer.Render(sample.Document);
        DocxRenderer.Render(sample.Document);
        AknRenderer.Render(sample.Document);
        UnDocumentImporter.ImportText("warm.txt", UnTextRenderer.Render(sample.Document));
    }

    public static void Template(byte[] bytes)
    {
        var steps = new Steps();
        var text = new UTF8Encoding(false, false).GetString(bytes);
        steps.Time("lint bytes", () => Lint(text, DraftingLinter.Lint(Path, bytes)));
        steps.Time("lint text", () => Lint(text, DraftingLinter.Lint(Path, text)));

        var read = TemplateReader.Read(Path, bytes);
        AssertSpans(text, read.Diagnostics);
        steps.Time("txt", () => UnTextRenderer.Render(read.Document));
        steps.Time("md", () => MarkdownRenderer.Render(read.Document));
        steps.Time("html", () => HtmlRenderer.Render(read.Document));
        steps.Time("docx", () => DocxRenderer.Render(read.Document));
        steps.Time("akn", () => AknRenderer.Render(read.Document));
        steps.Time("import", () => Import(text));
        steps.AssertWithinBudget(bytes.Length);
    }

    public static void Template(string text) => Template(Encoding.UTF8.GetBytes(text));

    /// <summary>The text importer on any text: nothing thrown, every finding inside the text.</summary>
    public static void Import(string text)
    {
        var imported = UnDocumentImporter.ImportText("hostile.txt", text);
        AssertSpans(text, imported.Diagnostics, "hostile.txt", importer: true);
        foreach (var document in imported.Texts)
        {
            UnTextRenderer.Render(document.Document);
            MarkdownRenderer.Render(document.Document);
        }
    }

    /// <summary>
    /// The DOCX importer on any bytes: damaged input must say so. Without a diagnostic the import must give exactly
    /// <paramref name="intact"/>, the UN text of the undamaged file (a change the file's format ignores); with no
    /// intact file to compare with (bytes that never were a Word file), a diagnostic is required.
    /// </summary>
    public static void ImportDocx(byte[] bytes, string? intact)
    {
        var watch = Stopwatch.StartNew();
        using var stream = new MemoryStream(bytes);
        var imported = UnDocumentImporter.ImportDocx("hostile.docx", stream);
        var text = string.Concat(imported.Texts.Select(document => UnTextRenderer.Render(document.Document)));
        if (imported.Diagnostics.Count == 0)
        {
            Assert.True(intact is not null && text == intact, $"{bytes.Length} damaged bytes imported without a diagnostic as {imported.Texts.Count} text(s) that differ from the intact file: " + (intact is null ? "no intact file" : DraftingKit.Tests.Import.RenderedOutputImportTests.FirstDifference(intact, text)));
        }

        AssertWithinBudget(watch, bytes.Length);
    }

    /// <summary>The DOCX importer on bytes that are not a Word file: it must report them.</summary>
    public static void ImportDocx(byte[] bytes) => ImportDocx(bytes, null);

    /// <summary>The AKN4UN importer on text that is not an AKN4UN file (random text, a nesting past the limit): it must report it.</summary>
    public static void ImportNotAkn(string xml)
    {
        ImportAkn(xml);
        Assert.NotEmpty(AknImporter.Import("hostile.xml", xml).Diagnostics);
    }

    /// <summary>The AKN4UN importer on any text, then every renderer on what it read.</summary>
    public static void ImportAkn(string xml)
    {
        var watch = Stopwatch.StartNew();
        var imported = AknImporter.Import("hostile.xml", xml);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Id == HostDiagnostics.RuleFailure.Id);
        UnTextRenderer.Render(imported.Document);
        MarkdownRenderer.Render(imported.Document);
        HtmlRenderer.Render(imported.Document);
        DocxRenderer.Render(imported.Document);
        AknRenderer.Render(imported.Document);
        AssertWithinBudget(watch, xml.Length);
    }

    private static void Lint(string text, IReadOnlyList<DraftingDiagnostic> findings)
    {
        var failure = findings.FirstOrDefault(finding => finding.Id == HostDiagnostics.RuleFailure.Id);
        Assert.True(failure is null, "A rule or the reader failed: " + failure?.Message);
        AssertSpans(text, findings);
    }

    /// <summary>
    /// Every span names the file and lies inside its text, and its line and column are those of its offsets. The
    /// importer counts lines in the text with its line ends normalized, so for it the line must only exist.
    /// </summary>
    public static void AssertSpans(string text, IEnumerable<DraftingDiagnostic> diagnostics, string path = Path, bool importer = false)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Span;

            var where = diagnostic.Id + " at " + span.Start + "+" + span.Length + " (" + span.Line + "," + span.Column + ") in a text of " + text.Length + ": " + diagnostic.Message;
            Assert.True(span.Path == path, "wrong file: " + span.Path + "; " + where);
            Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, "outside the file: " + where);
            if (importer)
            {
                Assert.True(span.Line >= 1 && span.Line <= lineStarts.Count && span.EndLine >= span.Line, "no such line: " + where);
                continue;
            }

            Assert.True((span.Line, span.Column) == Position(lineStarts, span.Start), "line and column are not those of the offset: " + where);
            Assert.True((span.EndLine, span.EndColumn) == Position(lineStarts, span.Length == 0 ? span.Start : span.End - 1), "end line and column are not those of the end: " + where);
        }
    }

    private static (int Line, int Column) Position(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>The time of each step, so that an input over the budget says which step was slow.</summary>
    private sealed class Steps
    {
        private readonly Stopwatch total = Stopwatch.StartNew();
        private readonly List<string> times = new();

        public void Time(string step, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(step + " " + watch.ElapsedMilliseconds + " ms");
        }

        public void AssertWithinBudget(int size) =>
            Assert.True(total.Elapsed < HostileSettings.Budget, $"An input of {size} bytes took {total.Elapsed.TotalSeconds:F1} s, over the budget of {HostileSettings.Budget.TotalSeconds} s: {string.Join(", ", times)}");
    }

    private static void AssertWithinBudget(Stopwatch watch, int size) =>
        Assert.True(watch.Elapsed < HostileSettings.Budget, $"An input of {size} characters took {watch.Elapsed.TotalSeconds:F1} s, over the budget of {HostileSettings.Budget.TotalSeconds} s");
}
