using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Tests.Import.Akn;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// A Security Council resolution as a reader gets it on paper: imported from the UN's AKN4UN file, rendered to Word,
/// laid out by LibreOffice and read back from the PDF, judged against the UN's own XML (its words, its notes with
/// their markers, its symbol) and the Council's page furniture. The resolutions are chosen by a rule, every Council file
/// of the corpus with a footnote, so that a new or renamed file cannot silence the test.
/// </summary>
public sealed class CouncilPrintedPagesTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;
    private static readonly Lazy<List<string>> Chosen = new(ChooseFiles);

    /// <summary>
    /// Notes the UN marks with a symbol, keyed on the file, the marker, the first 8 hex digits of the SHA-256 of the
    /// note's text and how many such notes there are, each with the reason they do not print with that marker.
    /// </summary>
    private static readonly Dictionary<string, string> KnownMarkers = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper output;

    public CouncilPrintedPagesTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Council_resolution_prints_every_word_of_the_UN_file_in_order()
    {
        foreach (var path in Chosen.Value)
        {
            var printed = Printed(path);
            var expected = AknReferenceText.Words(path).Body;
            var actual = Tokens(printed.Text);
            output.WriteLine(Path.GetFileName(path) + ": " + expected.Count + " words, " + printed.Pages.Length + " pages");

            var at = 0;
            for (var i = 0; i < expected.Count; i++)
            {
                // The next word stands within the page furniture and the notes of a page, never pages further on.
                var found = actual.IndexOf(expected[i], at, Math.Min(400, actual.Count - at));
                Assert.True(found >= 0, $"{Path.GetFileName(path)}: '{expected[i]}' (word {i + 1} of {expected.Count}) is not printed after '{string.Join(" ", actual.Skip(Math.Max(0, at - 8)).Take(8))}'");
                at = found + 1;
            }
        }
    }

    [SkippableFact]
    public void Council_resolution_prints_each_note_with_the_UN_marker_in_order()
    {
        var differing = new List<string>();
        foreach (var path in Chosen.Value)
        {
            var printed = Printed(path);
            var position = 0;
            foreach (var note in XDocument.Load(path).Descendants(Akn + "authorialNote"))
            {
                var marker = (string?)note.Attribute("marker") ?? string.Empty;
                var words = AknReferenceText.Split(note.Value).Take(4).Select(Regex.Escape);
                var pattern = new Regex(@"(?<![\d/])" + Regex.Escape(marker) + @"\W+" + string.Join(@"\W+", words), RegexOptions.None, TimeSpan.FromSeconds(5));
                var match = pattern.Match(printed.Text, position);
                // The marker once: LibreOffice drew a custom mark a second time before the note's own ("* *").
                if (match.Success && !Regex.IsMatch(printed.Text.Substring(0, match.Index).TrimEnd(), @"(?:^|\s)" + Regex.Escape(marker) + "$"))
                {
                    position = match.Index + match.Length;
                }
                else
                {
                    differing.Add(Path.GetFileName(path) + " " + marker + " " + LintBaseline.Hash(Normalize(note.Value)));
                }
            }
        }

        var keys = differing.GroupBy(key => key).Select(group => group.Key + " ×" + group.Count()).ToList();
        var unexplained = keys.Where(key => !KnownMarkers.ContainsKey(key)).ToList();
        var stale = KnownMarkers.Keys.Where(key => !keys.Contains(key)).ToList();
        Assert.True(unexplained.Count == 0, "notes not printed with the UN's marker:\n" + string.Join("\n", unexplained));
        Assert.True(stale.Count == 0, "listed notes that now print with the UN's marker (remove them):\n" + string.Join("\n", stale));
    }

    [SkippableFact]
    public void Council_pages_carry_the_symbol_the_organ_and_from_page_2_the_running_head_and_page_number()
    {
        foreach (var path in Chosen.Value)
        {
            var printed = Printed(path);
            var symbol = Normalize(XDocument.Load(path).Descendants(Akn + "coverPage").Descendants(Akn + "docNumber").First().Value);
            var pages = printed.Pages.Length;

            Assert.Equal(symbol, printed.Lines(0)[0]);
            Assert.Equal("Security Council", printed.Lines(0)[1]);
            Assert.Contains(printed.Lines(0), line => line.StartsWith("Adopted by the Security Council", StringComparison.Ordinal));
            Assert.DoesNotContain(printed.Lines(0), line => line.EndsWith("/" + pages, StringComparison.Ordinal));
            for (var page = 2; page <= pages; page++)
            {
                var lines = printed.Lines(page - 1);
                Assert.True(lines[0] == symbol, $"{symbol}: page {page} starts with '{lines[0]}', not the symbol");
                Assert.True(lines[^1] == page + "/" + pages, $"{symbol}: page {page} ends with '{lines[^1]}', not '{page}/{pages}'");
            }
        }
    }

    /// <summary>Every Council file of the corpus with a footnote.</summary>
    private static List<string> ChooseFiles()
    {
        var corpus = Require.CorpusFolder("akn4un", "sc-en");
        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Where(f => XDocument.Load(f).Descendants(Akn + "authorialNote").Any())
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static PrintedPdf Printed(string path) =>
        PrintedPdf.Of("council:" + path, () =>
        {
            var result = AknImporter.ImportFile(path);
            return DocxRenderer.Render(result.Document);
        });

    /// <summary>The printed words; a note mark printed against its word ("Liberty10") stands apart from it.</summary>
    private static List<string> Tokens(string text) =>
        AknReferenceText.Split(Regex.Replace(text, @"(?<=\p{L})(?=\d)", " ", RegexOptions.None, TimeSpan.FromSeconds(5)));

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
