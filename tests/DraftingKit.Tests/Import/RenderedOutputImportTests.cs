using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Import;

/// <summary>
/// What <c>draftkit render</c> writes, a user may hand back: the UN text, the Word file and the AKN4UN XML of a
/// draft, an adopted resolution or a decision import back to the same model, as far as the format carries it
/// (plain text has no italics or link targets; the importer restores the leads). Measured over every hand-made
/// template of the repository (samples, fixtures, the seed texts: drafts, decisions, a commission's resolutions,
/// the texts a report recommends) and every tenth template of the UN corpus (sessions 75–77).
/// </summary>
public sealed class RenderedOutputImportTests
{
    private readonly ITestOutputHelper output;

    public RenderedOutputImportTests(ITestOutputHelper output) => this.output = output;

    public static IReadOnlyList<string> Templates { get; } = FindTemplates();

    /// <summary>
    /// Texts that do not come back whole through plain text, keyed on the file and a hash of every outline line that
    /// differs (SequenceDifference), each with the reason: a second or different difference in a listed text fails.
    /// </summary>
    private static readonly Dictionary<string, string> KnownInText = new(StringComparer.Ordinal)
    {
    };

    /// <summary>AKN4UN written and read back (link targets aside, which the AKN importer normalises): what still differs, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownInAkn = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Texts that do not come back whole through Word (as through plain text, and notes no marker refers to), keyed as <see cref="KnownInText"/>.</summary>
    private static readonly Dictionary<string, string> KnownInWord = new(StringComparer.Ordinal)
    {
        ["draft-resolution-V.res.md #19f5d551"] = "002 draft resolution V keeps two notes the seed's extraction lost the markers of; Word holds notes only at a marker, so they come back as text",
    };

    [Fact]
    public void Un_text_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            var result = UnDocumentImporter.ImportText(path, UnTextRenderer.Render(original));
            Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainTextAsRead, failures);
        }

        Report("UN text", failures, KnownInText);
    }

    [Fact]
    public void Word_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            using var stream = new MemoryStream(DocxRenderer.Render(original));
            var result = UnDocumentImporter.ImportDocx(path, stream);
            Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainTextAsRead, failures);
        }

        Report("Word", failures, KnownInWord);
    }

    [Fact]
    public void Akoma_Ntoso_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            if (original.Header.Status != DocumentStatus.Adopted)
            {
                continue;
            }

            var result = AknImporter.Import(path, AknRenderer.Render(original));
            var expected = CarriedModel.AsFormatted(original, linkTargets: false);
            var actual = CarriedModel.AsFormatted(result.Document, linkTargets: false);
            Add(path, expected, actual, failures);
        }

        Report("AKN", failures, KnownInAkn);
    }

    internal static void Compare(string path, string expected, ImportResult result, Func<ResolutionDocument, string> outline, Dictionary<string, string> failures)
    {
        if (result.Texts.Count != 1)
        {
            var reported = result.Diagnostics.Where(d => d.Severity != DraftingKit.Diagnostics.DraftingSeverity.Info).Take(3).ToList();
            var detail = result.Texts.Count + " texts; " + string.Join(" / ", reported);
            // Keyed on what was reported, not where the file lies: the same file gives the same key in any clone.
            var reportedWhere = result.Texts.Count + " texts; " + string.Join(" / ", reported.Select(d => d.Span.Line + ":" + d.Span.Column + " " + d.Id + " " + d.Message));
            failures[Path.GetFileName(path) + " #" + LintBaseline.Hash(reportedWhere)] = detail;
            return;
        }

        Add(path, expected, outline(result.Texts[0].Document), failures);
    }

    /// <summary>A difference keyed on the file and a hash of every outline line that differs.</summary>
    private static void Add(string path, string expected, string actual, Dictionary<string, string> failures)
    {
        if (SequenceDifference.Of(expected.Split('\n'), actual.Split('\n'), "expected", "actual") is { } difference)
        {
            failures[Path.GetFileName(path) + " #" + difference.Hash] = FirstDifference(expected, actual) + "\n  (" + difference.Lines + " lines differ)";
        }
    }

    private void Report(string format, Dictionary<string, string> failures, Dictionary<string, string> known)
    {
        output.WriteLine(format + ": " + (Templates.Count - failures.Count) + " of " + Templates.Count + " import back to the same model");
        foreach (var failure in failures)
        {
            output.WriteLine(failure.Key + ": " + failure.Value);
        }

        // Each listed text differs by exactly the difference its entry hashes; an entry no longer found is stale.
        AllowList.AssertExact(format, known, failures);
    }

    internal static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end)";
            var y = i < b.Length ? b[i] : "(end)";
            if (x != y)
            {
                var at = 0;
                while (at < x.Length && at < y.Length && x[at] == y[at])
                {
                    at++;
                }

                var from = Math.Max(0, Math.Min(at - 60, Math.Min(x.Length, y.Length)));
                var prefix = from > 0 ? "…" : string.Empty;
                return "line " + (i + 1) + "\n  expected: " + prefix + Cut(x.Substring(Math.Min(from, x.Length))) + "\n  actual:   " + prefix + Cut(y.Substring(Math.Min(from, y.Length)));
            }
        }

        return "(same)";
    }

    private static string Cut(string line) => line.Length <= 160 ? line : line.Substring(0, 160) + "…";

    private static IReadOnlyList<string> FindTemplates()
    {
        var list = new List<string>();
        list.AddRange(Directory.GetFiles(RepositoryPaths.InRepository("samples"), "*.res.md", SearchOption.AllDirectories));
        list.AddRange(Directory.GetFiles(RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Fixtures"), "*.res.md"));
        list.AddRange(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "handwritten"), "*.res.md"));
        list.AddRange(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories));
        var corpus = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md");
        Array.Sort(corpus, StringComparer.Ordinal);
        list.AddRange(corpus.Where((_, index) => index % 10 == 0));
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
