using System.Diagnostics;
using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DraftingKit.Diagnostics;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Imports every resolution of the UN's AKN4UN corpus (../shared/corpus/akn4un/en), renders it as UN text and
/// compares the words with the words of the XML itself, checks that the imported template reads back into the
/// same model, exports it to AKN4UN and compares that with the UN's file (AknExportComparison), and lints the
/// template: every finding on these adopted texts must be a reviewed one of tests/corpus/akn4un-baseline.tsv,
/// and the findings beyond it stay within 1 per 1,000 paragraphs in each session (printed per session).
/// </summary>
public sealed class AknCorpusSweepTests
{
    private readonly ITestOutputHelper output;

    public AknCorpusSweepTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Files whose rendering is not word for word the XML, each with the reason, the count of words missing and extra,
    /// and a hash of every missing and extra word (SequenceDifference). Everything else must be exact.
    /// </summary>
    private static readonly Dictionary<string, (string Reason, int Missing, int Extra, string Hash)> KnownWordExceptions = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Files whose template does not read back into the same model, keyed on the file and a hash of every outline line
    /// that differs (SequenceDifference), each with the reason: a second or different difference in a listed file fails.
    /// </summary>
    private static readonly Dictionary<string, string> KnownRoundTripExceptions = new(StringComparer.Ordinal)
    {
    };

    [SkippableFact]
    public void Every_corpus_resolution_imports_word_for_word_round_trips_exports_in_the_UN_shape_and_lints_clean()
    {
        var corpus = Require.CorpusFolder("akn4un", "en");

        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var templatesFolder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates");
        var committedTemplates = Directory.Exists(templatesFolder)
            ? new HashSet<string>(Directory.GetFiles(templatesFolder, "*.res.md").Select(File.ReadAllText), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var staleTemplates = new List<string>();
        var importTime = TimeSpan.Zero;
        var wordTime = TimeSpan.Zero;
        var roundTripTime = TimeSpan.Zero;
        var lintTime = TimeSpan.Zero;
        var exportTime = TimeSpan.Zero;
        var exportDiffering = new List<string>();
        var cliPathDiffering = new List<string>();
        var exportDetails = new List<string>();
        var exportKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var roundTripKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var baseline = LintBaseline.Read(RepositoryPaths.InRepository("tests", "corpus", "akn4un-baseline.tsv"));
        var findingKeys = new List<string>();
        var proposedLines = new Dictionary<string, string>(StringComparer.Ordinal);
        var sessionOfTemplate = new Dictionary<string, string>(StringComparer.Ordinal);
        var paragraphsBySession = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var findingsBySession = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var findingsByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var wordExact = 0;
        var roundTripEqual = 0;
        var diagnosticsById = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var wordFailures = new List<string>();
        var roundTripFailures = new List<string>();
        var crashes = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            try
            {
                var phase = Stopwatch.StartNew();
                var result = AknImporter.ImportFile(file);
                importTime += phase.Elapsed;
                foreach (var diagnostic in result.Diagnostics)
                {
                    diagnosticsById[diagnostic.Id] = diagnosticsById.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
                }

                phase.Restart();
                var words = CompareWords(file, result.Document);
                wordTime += phase.Elapsed;
                if (words is null)
                {
                    wordExact++;
                }
                else
                {
                    wordFailures.Add(name + ": " + words);
                }

                var template = MarkdownRenderer.Render(result.Document);
                if (!committedTemplates.Contains(template))
                {
                    staleTemplates.Add(name);
                }

                phase.Restart();
                var templateName = TemplateName(file, result);
                // The rules read English: on the French file in the English folder (DK0151), whose template declares
                // its language, the linter runs none.
                var findings = DraftingLinter.Lint(templateName, template);
                var session = name.Substring(0, name.IndexOf('/'));
                sessionOfTemplate[templateName] = session;
                paragraphsBySession[session] = paragraphsBySession.GetValueOrDefault(session) + CorpusParagraphs.Count(result.Document);
                foreach (var finding in findings.Where(f => f.Severity != DraftingSeverity.Hidden))
                {
                    var key = LintBaseline.Key(templateName, finding);
                    findingKeys.Add(key);
                    proposedLines[key] = LintBaseline.Proposed(templateName, finding);
                    findingsBySession[session] = findingsBySession.GetValueOrDefault(session) + 1;
                    var rule = finding.Id + " " + finding.Severity.ToString().ToLowerInvariant();
                    findingsByRule[rule] = findingsByRule.TryGetValue(rule, out var count) ? count + 1 : 1;
                }

                lintTime += phase.Elapsed;

                phase.Restart();
                foreach (var (kind, detail, hash) in AknExportComparison.Compare(System.Xml.Linq.XDocument.Load(file), result))
                {
                    exportDiffering.Add(name + ": " + kind);
                    exportDetails.Add(name + ": " + kind + " " + detail);
                    exportKeys[name + ": " + kind + " #" + hash] = kind + " " + detail;
                }

                exportTime += phase.Elapsed;

                // The user's path: the template read back, then rendered as AKN with what its front matter carries.
                phase.Restart();
                var fromTemplate = TemplateReader.Read(result.Document.Path + ".res.md", template).Document;
                if (AknExportComparison.StructureDifference(System.Xml.Linq.XDocument.Load(file), AknRenderer.Render(fromTemplate)) is { } pathDifference)
                {
                    cliPathDiffering.Add(name + ": " + pathDifference);
                }

                exportTime += phase.Elapsed;

                phase.Restart();
                var roundTrip = RoundTripDifference(result.Document);
                roundTripTime += phase.Elapsed;
                if (roundTrip is not { } difference)
                {
                    roundTripEqual++;
                }
                else
                {
                    roundTripFailures.Add(name + ": " + difference.Detail);
                    roundTripKeys[name + " #" + difference.Hash] = difference.Detail;
                }
            }
            catch (Exception exception)
            {
                crashes.Add(name + ": " + exception);
            }
        }

        watch.Stop();
        var (unexplained, staleBaseline) = baseline.Compare(findingKeys);
        PrintBySession(files.Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/')).ToList(), wordFailures, roundTripFailures, exportDiffering);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "files: {0}", files.Count));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "word-exact: {0} ({1:P1})", wordExact, (double)wordExact / files.Count));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "round-trip-equal: {0} ({1:P1})", roundTripEqual, (double)roundTripEqual / files.Count));
        int Without(string kind) => files.Count - exportDiffering.Count(d => d.EndsWith(": " + kind, StringComparison.Ordinal));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "AKN export: structure-equal {0} ({1:P1}), footnotes-equal {2} ({3:P1}), FRBR-equal {4} ({5:P1}), schema-valid {6}",
            Without("structure"),
            (double)Without("structure") / files.Count,
            Without("footnotes"),
            (double)Without("footnotes") / files.Count,
            Without("FRBR"),
            (double)Without("FRBR") / files.Count,
            Without("schema")));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "AKN export through the template (draftkit import, then render --format akn): structure-equal {0} ({1:P1})",
            files.Count - cliPathDiffering.Count,
            (double)(files.Count - cliPathDiffering.Count) / files.Count));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "committed templates up to date: {0} of {1}", files.Count - staleTemplates.Count, files.Count));
        output.WriteLine("import diagnostics by id: " + string.Join(", ", diagnosticsById.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "lint findings: {0} ({1} in the reviewed baseline, {2} unexplained, {3} stale baseline lines); by rule: {4}",
            findingKeys.Count,
            findingKeys.Count - unexplained.Count,
            unexplained.Count,
            staleBaseline.Count,
            string.Join(", ", findingsByRule.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture)))));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "sweep time: {0:F1} s (import {1:F1} s, UN text and reference words {2:F1} s, template round trip {3:F1} s, lint {4:F1} s, AKN export, comparison and schema {5:F1} s)",
            watch.Elapsed.TotalSeconds,
            importTime.TotalSeconds,
            wordTime.TotalSeconds,
            roundTripTime.TotalSeconds,
            lintTime.TotalSeconds,
            exportTime.TotalSeconds));
        foreach (var failure in crashes.Concat(wordFailures).Concat(roundTripFailures).Concat(exportDetails).Concat(cliPathDiffering.Select(d => "through the template: " + d)))
        {
            output.WriteLine(failure);
        }

        var rates = CorpusParagraphs.RatesBySession(paragraphsBySession, findingsBySession, unexplained.Select(key => sessionOfTemplate[key.Substring(0, key.IndexOf('\t'))]));
        foreach (var rate in rates)
        {
            output.WriteLine(rate.ToString());
        }

        foreach (var key in unexplained)
        {
            output.WriteLine("unexplained finding: " + proposedLines[key]);
        }

        foreach (var entry in staleBaseline)
        {
            output.WriteLine("stale baseline line " + entry.Line.ToString(CultureInfo.InvariantCulture) + ": " + entry.Key + "\t" + entry.Group + "\t" + entry.Note);
        }

        Assert.Empty(crashes);

        // tests/corpus/akn4un-templates is what scripts/akn/generate-templates.sh writes from this corpus.
        Assert.True(staleTemplates.Count == 0, "Templates out of date (run scripts/akn/generate-templates.sh): " + string.Join(", ", staleTemplates.Take(10)));
        // Each exception differs by exactly the words its reason accounts for, and no other file differs.
        Assert.Equal(
            KnownWordExceptions.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => string.Format(CultureInfo.InvariantCulture, "{0}: {1} words missing, {2} extra #{3}", k.Key, k.Value.Missing, k.Value.Extra, k.Value.Hash)).ToList(),
            wordFailures.Select(f => f.Substring(0, f.IndexOf(" extra", StringComparison.Ordinal) + 6) + " " + f.Substring(f.LastIndexOf('#'))).OrderBy(k => k, StringComparer.Ordinal).ToList());
        // At most 1 finding per 1,000 paragraphs of adopted text beyond the reviewed lines, in every session …
        Assert.All(rates, rate => Assert.True(rate.UnexplainedPerThousand <= 1.0, rate.ToString()));
        // … and in fact none: every finding on adopted text is a reviewed line, and every reviewed line still matches one.
        Assert.True(unexplained.Count == 0, "Findings not in tests/corpus/akn4un-baseline.tsv:\n" + string.Join("\n", unexplained.Take(40).Select(key => proposedLines[key])));
        Assert.True(staleBaseline.Count == 0, "Baseline lines no finding matches any more:\n" + string.Join("\n", staleBaseline.Take(40).Select(e => e.Key + "\t" + e.Note)));
        // Every export differs from the UN's file only as listed, with its reason; every export is schema-valid.
        // Each listed file differs by exactly the difference its entry hashes, and every entry is still found.
        var exportMismatches = AllowList.Mismatches("AknExportComparison.KnownDifferences", AknExportComparison.KnownDifferences, exportKeys);
        var roundTripMismatches = AllowList.Mismatches("KnownRoundTripExceptions", KnownRoundTripExceptions, roundTripKeys);
        Assert.True(exportMismatches.Length + roundTripMismatches.Length == 0, exportMismatches + roundTripMismatches);
        // The user's path (import, then render --format akn from the template) keeps the UN's structure as the
        // front matter carries it: it differs only where the direct export differs, by a listed slip of the UN file.
        var listedStructure = new HashSet<string>(exportDiffering.Where(d => d.EndsWith(": structure", StringComparison.Ordinal)).Select(d => d.Substring(0, d.Length - ": structure".Length)), StringComparer.Ordinal);
        Assert.True(cliPathDiffering.All(d => listedStructure.Contains(d.Substring(0, d.IndexOf(": ", StringComparison.Ordinal)))), "Through the template, beyond the listed export differences:\n" + string.Join("\n", cliPathDiffering.Where(d => !listedStructure.Contains(d.Substring(0, d.IndexOf(": ", StringComparison.Ordinal))))));
        Assert.True((double)(files.Count - cliPathDiffering.Count) / files.Count >= 0.99, "AKN structure through the template fell below 99 %");
    }

    /// <summary>Word-exact, round-trip-equal and structure-equal figures for each session folder ("75", "76", "77").</summary>
    private void PrintBySession(List<string> names, List<string> wordFailures, List<string> roundTripFailures, List<string> exportDiffering)
    {
        static string Session(string name) => name.Substring(0, Math.Max(0, name.IndexOf('/')));
        foreach (var session in names.GroupBy(Session).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = session.Count();
            int Without(IEnumerable<string> failures) => total - failures.Select(f => f.Substring(0, f.IndexOf(':'))).Distinct().Count(f => Session(f) == session.Key);
            var words = Without(wordFailures);
            var roundTrip = Without(roundTripFailures);
            var structure = Without(exportDiffering.Where(d => d.EndsWith(": structure", StringComparison.Ordinal)));
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "session {0}: {1} files, word-exact {2} ({3:P1}), round-trip-equal {4} ({5:P1}), AKN structure-equal {6} ({7:P1})",
                session.Key,
                total,
                words,
                (double)words / total,
                roundTrip,
                (double)roundTrip / total,
                structure,
                (double)structure / total));
        }
    }

    /// <summary>The name scripts/akn/generate-templates.sh gives the template ("A-RES-75-101-A-B.res.md").</summary>
    internal static string TemplateName(string file, AknImportResult result)
    {
        var extension = result.Language is { Length: > 0 } language && language != "eng" ? language + ".res.md" : "res.md";
        return DraftingKit.Cli.OutputPaths.FileName(result.Document, file, extension);
    }

    /// <summary>Null when the rendering holds the XML's words in order; otherwise where they first differ.</summary>
    internal static string? CompareWords(string file, ResolutionDocument document)
    {
        // The header block is judged by the UN's cover page, word for word, never by the renderer's own header lines.
        var (body, footnotes) = AknReferenceText.Words(file);
        var expected = AknReferenceText.CoverWords(file).Concat(body).Concat(footnotes).ToList();
        // Footnote markers are not words: "a²¹nd" (a marker the UN file puts inside "and") reads "and".
        var actual = AknReferenceText.Split(StripSuperscripts(UnTextRenderer.Render(document)));
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "<end>";
            var a = i < actual.Count ? actual[i] : "<end>";
            if (e != a)
            {
                // How much differs in all, so that an exception cannot hide a second difference unseen.
                var diff = Differ.Instance.CreateDiffs(string.Join("\n", expected), string.Join("\n", actual), false, false, new LineChunker());
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} words missing, {1} extra; first at word {2} of {3}: XML '{4}' … rendering '{5}' … #{6}",
                    diff.DiffBlocks.Sum(block => block.DeleteCountA),
                    diff.DiffBlocks.Sum(block => block.InsertCountB),
                    i,
                    expected.Count,
                    string.Join(" ", expected.Skip(Math.Max(0, i - 3)).Take(8)),
                    string.Join(" ", actual.Skip(Math.Max(0, i - 3)).Take(8)),
                    SequenceDifference.Of(expected, actual, "XML", "rendering")!.Hash);
            }
        }

        return null;
    }

    /// <summary>Null when the template written from the model reads back into the same model without errors.</summary>
    internal static string? CompareRoundTrip(ResolutionDocument document) => RoundTripDifference(document)?.Detail;

    /// <summary>
    /// Null when the template written from the model reads back into the same model without errors; otherwise where
    /// it first differs and a hash of every outline line that differs (or of the template errors).
    /// </summary>
    internal static (string Detail, string Hash)? RoundTripDifference(ResolutionDocument document)
    {
        var markdown = MarkdownRenderer.Render(document);
        var read = TemplateReader.Read(document.Path + ".res.md", markdown);
        var errors = read.Diagnostics.Where(d => d.Severity == DraftingSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            var messages = errors.Select(d => d.Id + " " + d.Message).ToList();
            return ("template errors: " + string.Join("; ", messages.Take(3)), LintBaseline.Hash(string.Join("\n", messages)));
        }

        var difference = SequenceDifference.Of(ModelDump.Write(document).Split('\n'), ModelDump.Write(read.Document).Split('\n'), "imported", "read back");
        return difference is null ? null : ("outline " + difference, difference.Hash);
    }

    private static string StripSuperscripts(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) < 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
