using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Imports every resolution of the UN's AKN4UN corpus (../shared/corpus/akn4un/en), renders it as UN text and
/// compares the words with the words of the XML itself, then checks that the imported template reads back into
/// the same model.
/// </summary>
public sealed class AknCorpusSweepTests
{
    private readonly ITestOutputHelper output;

    public AknCorpusSweepTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Files whose rendering is not word for word the XML, each with the reason. Everything else must be exact.
    /// </summary>
    private static readonly Dictionary<string, string> KnownWordExceptions = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Files whose template does not read back into the same model, each with the reason.</summary>
    private static readonly Dictionary<string, string> KnownRoundTripExceptions = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Every_corpus_resolution_imports_word_for_word_and_round_trips()
    {
        var corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en");
        if (!Directory.Exists(corpus))
        {
            output.WriteLine("SKIPPED: the AKN4UN corpus is not at " + corpus + "; the sweep needs ../shared/corpus/akn4un/en.");
            return;
        }

        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
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
                var result = AknImporter.ImportFile(file);
                foreach (var diagnostic in result.Diagnostics)
                {
                    diagnosticsById[diagnostic.Id] = diagnosticsById.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
                }

                var words = CompareWords(file, result.Document);
                if (words is null)
                {
                    wordExact++;
                }
                else
                {
                    wordFailures.Add(name + ": " + words);
                }

                var roundTrip = CompareRoundTrip(result.Document);
                if (roundTrip is null)
                {
                    roundTripEqual++;
                }
                else
                {
                    roundTripFailures.Add(name + ": " + roundTrip);
                }
            }
            catch (Exception exception)
            {
                crashes.Add(name + ": " + exception);
            }
        }

        watch.Stop();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "files: {0}", files.Count));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "word-exact: {0} ({1:P1})", wordExact, (double)wordExact / files.Count));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "round-trip-equal: {0} ({1:P1})", roundTripEqual, (double)roundTripEqual / files.Count));
        output.WriteLine("diagnostics by id: " + string.Join(", ", diagnosticsById.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "sweep time: {0:F1} s", watch.Elapsed.TotalSeconds));
        foreach (var failure in crashes.Concat(wordFailures).Concat(roundTripFailures))
        {
            output.WriteLine(failure);
        }

        Assert.Empty(crashes);
        Assert.Equal(
            KnownWordExceptions.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(),
            wordFailures.Select(f => f.Substring(0, f.IndexOf(':'))).OrderBy(k => k, StringComparer.Ordinal).ToList());
        Assert.Equal(
            KnownRoundTripExceptions.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(),
            roundTripFailures.Select(f => f.Substring(0, f.IndexOf(':'))).OrderBy(k => k, StringComparer.Ordinal).ToList());
    }

    /// <summary>Null when the rendering holds the XML's words in order; otherwise where they first differ.</summary>
    internal static string? CompareWords(string file, ResolutionDocument document)
    {
        var (body, footnotes) = AknReferenceText.Words(file);
        var expected = body.Concat(footnotes).ToList();
        var rendered = AknReferenceText.Split(UnTextRenderer.Render(document));
        var header = AknReferenceText.Split(string.Join(" ", HeaderPrefix(document.Header)));
        if (rendered.Count < header.Count || !rendered.Take(header.Count).SequenceEqual(header))
        {
            return "the rendering does not open with its header lines";
        }

        var actual = rendered.Skip(header.Count).ToList();
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "<end>";
            var a = i < actual.Count ? actual[i] : "<end>";
            if (e != a)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "word {0} of {1}: XML '{2}' … rendering '{3}' …",
                    i,
                    expected.Count,
                    string.Join(" ", expected.Skip(Math.Max(0, i - 3)).Take(8)),
                    string.Join(" ", actual.Skip(Math.Max(0, i - 3)).Take(8)));
            }
        }

        return null;
    }

    /// <summary>Null when the template written from the model reads back into the same model without errors.</summary>
    internal static string? CompareRoundTrip(ResolutionDocument document)
    {
        var markdown = MarkdownRenderer.Render(document);
        var read = TemplateReader.Read(document.Path + ".res.md", markdown);
        var errors = read.Diagnostics.Where(d => d.Severity == DraftingSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return "template errors: " + string.Join("; ", errors.Take(3).Select(d => d.Id + " " + d.Message));
        }

        var before = ModelDump.Write(document).Split('\n');
        var after = ModelDump.Write(read.Document).Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var b = i < before.Length ? before[i] : "<end>";
            var a = i < after.Length ? after[i] : "<end>";
            if (b != a)
            {
                return "outline line " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": imported '" + Cut(b) + "' read back '" + Cut(a) + "'";
            }
        }

        return null;
    }

    private static string Cut(string text) => text.Length <= 160 ? text : text.Substring(0, 160) + "…";

    private static IEnumerable<string?> HeaderPrefix(DocumentHeader header)
    {
        if (HeaderLines.HasHeaderBlock(header))
        {
            foreach (var line in HeaderLines.Masthead(header))
            {
                yield return line;
            }

            yield return HeaderLines.SessionLine(header);
            yield return HeaderLines.AgendaLine(header);
            yield return header.AgendaTitle;
        }

        yield return HeaderLines.AdoptionLine(header);
        yield return HeaderLines.ReferenceLine(header);
        yield return header.Label;
    }
}
