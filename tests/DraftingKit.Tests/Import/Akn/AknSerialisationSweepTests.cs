using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// A metamorphic sweep: every AKN4UN file of the corpus (the Assembly's sessions 75–77 and the Council's years
/// 2020–2024), written again in each serialisation of <see cref="AknSerialisations.All"/> that a later year's tool
/// may use, must import into the same model as the UN's own file: the same outline, the same template, the same
/// language and the same diagnostics. The figures are printed per session and per variant; every one must be 100 %.
/// The variants that only touch the prolog, the bytes or the names run on every file, the others on every fifth.
/// A document type declaration is refused with a clear diagnostic, nothing fetched (DK0152).
/// </summary>
/// <remarks>
/// Before the reader took every serialisation (1,257 files; the sampled variants on 252): the draft namespaces
/// 3.0/WD17 and 3.0/CSD13 0 % (no resolution found), ISO-8859-1 declared 15.4 % (the bytes read as UTF-8), the
/// document type declaration refused with the XML reader's own words (0 % clear); every other variant 100 %. Now
/// every variant 100 % in every session, and all of them at once on the same file. Nothing is left. CPU time about
/// 40 s (about 25 s on two idle cores): the import and the template of each file, 17 to 19 times.
/// </remarks>
public sealed class AknSerialisationSweepTests
{
    private readonly ITestOutputHelper output;

    public AknSerialisationSweepTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Every_corpus_file_reads_into_the_same_model_in_every_serialisation_the_standard_allows()
    {
        var root = Require.CorpusFolder("akn4un");
        var files = new[] { "en", "sc-en" }
            .Where(organ => Directory.Exists(Path.Combine(root, organ)))
            .SelectMany(organ => Directory.GetFiles(Path.Combine(root, organ), "*.xml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var watch = Stopwatch.StartNew();

        // Each file on its own: the import holds no shared state, so the files are read on every core.
        var outcomes = new List<(string Session, string Variant, string? Difference)>[files.Count];
        System.Threading.Tasks.Parallel.For(0, files.Count, index =>
        {
            var file = files[index];
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var session = name.Substring(0, name.LastIndexOf('/'));
            var bytes = File.ReadAllBytes(file);
            var original = XDocument.Load(new MemoryStream(bytes), LoadOptions.PreserveWhitespace);
            var expected = Fingerprint(AknImporter.Import(file, new MemoryStream(bytes)));
            var outcome = outcomes[index] = new List<(string, string, string?)>();
            foreach (var variant in AknSerialisations.All.Where(v => v.EveryFile || index % 5 == 0))
            {
                string? difference;
                try
                {
                    var result = AknImporter.Import(file, new MemoryStream(AknSerialisations.Write(original, variant)));
                    difference = variant.Doctype ? RefusedClearly(result) : Differs(expected, Fingerprint(result));
                }
                catch (Exception exception)
                {
                    difference = "crash: " + exception.GetType().Name + " " + exception.Message;
                }

                outcome.Add((session, variant.Name, difference is null ? null : variant.Name + ": " + name + ": " + difference));
            }
        });

        var tested = new SortedDictionary<(string Session, string Variant), int>();
        var same = new SortedDictionary<(string Session, string Variant), int>();
        var failures = new List<string>();
        foreach (var (session, variantName, difference) in outcomes.SelectMany(o => o))
        {
            var key = (session, variantName);
            tested[key] = tested.GetValueOrDefault(key) + 1;
            if (difference is null)
            {
                same[key] = same.GetValueOrDefault(key) + 1;
            }
            else
            {
                failures.Add(difference);
            }
        }

        foreach (var variant in AknSerialisations.All)
        {
            var cells = tested.Where(t => t.Key.Variant == variant.Name).Select(t => string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}/{2}",
                t.Key.Session,
                same.GetValueOrDefault(t.Key),
                t.Value));
            var total = tested.Where(t => t.Key.Variant == variant.Name).Sum(t => t.Value);
            var equal = same.Where(t => t.Key.Variant == variant.Name).Sum(t => t.Value);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1}/{2} ({3:P1}); {4}", variant.Name, equal, total, (double)equal / total, string.Join(", ", cells)));
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "files: {0}; sweep time {1:F1} s", files.Count, watch.Elapsed.TotalSeconds));
        foreach (var failure in failures.GroupBy(f => f.Substring(0, f.IndexOf(':'))).SelectMany(g => g.Take(5)))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " files read otherwise when written again:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>What the import gives that a serialisation must not change: the outline, the template, the language and the diagnostics.</summary>
    internal static string[] Fingerprint(AknImportResult result) =>
        ModelDump.Write(result.Document).Split('\n')
            .Concat(MarkdownRenderer.Render(result.Document).Split('\n'))
            .Append("language: " + result.Language)
            .Concat(result.Diagnostics.Select(d => d.Id + " " + d.Message).OrderBy(d => d, StringComparer.Ordinal))
            .ToArray();

    private static string? Differs(string[] expected, string[] actual) =>
        SequenceDifference.Of(expected, actual, "UN file", "written again") is { } difference ? difference.First : null;

    /// <summary>Null when the import refused the document type declaration with a diagnostic that says so.</summary>
    private static string? RefusedClearly(AknImportResult result) =>
        result.Diagnostics.Count == 1 && result.Diagnostics[0].Id == "DK0152" && result.Diagnostics[0].Message.Contains("document type", StringComparison.Ordinal) && result.Document.Parts.Count == 0
            ? null
            : "not refused clearly: " + string.Join("; ", result.Diagnostics.Take(3).Select(d => d.Id + " " + d.Message));
}
