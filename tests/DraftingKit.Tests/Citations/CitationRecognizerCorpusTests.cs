using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Citations;

/// <summary>
/// Measures the recognizer against the UN's own markup: in the AKN4UN corpus every citation of a General
/// Assembly resolution is a link to its symbol, so the links are the answer key.
/// </summary>
public sealed class CitationRecognizerCorpusTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Regex GaTarget = new(@"undocs\.org/(?:en/)?A/RES/(?<number>\d{1,3}/\d{1,4}(?:\s?[A-Z])?)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private readonly ITestOutputHelper output;

    public CitationRecognizerCorpusTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Recognizer_finds_the_General_Assembly_resolutions_the_UN_links_in_its_own_files()
    {
        var folder = Require.CorpusFolder("akn4un", "en");

        int linked = 0, found = 0, files = 0;
        var missed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            files++;
            var document = XDocument.Load(file);
            foreach (var paragraph in document.Descendants(Akn + "p"))
            {
                if (paragraph.Ancestors(Akn + "authorialNote").Any() && paragraph.Parent?.Name != Akn + "authorialNote")
                {
                    continue;
                }

                var text = string.Concat(paragraph.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(Akn + "authorialNote").Except(paragraph.AncestorsAndSelf(Akn + "authorialNote")).Any()).Select(t => t.Value));
                text = Regex.Replace(text, @"\s+", " ");
                var recognized = new HashSet<string>(CitationRecognizer.Find(text, Organ.GeneralAssembly).Where(c => c.Organ == "GA").Select(c => c.Number));
                var targets = paragraph.Elements(Akn + "a")
                    .Select(a => GaTarget.Match((string?)a.Attribute("href") ?? string.Empty))
                    .Where(m => m.Success)
                    .Select(m => Regex.Replace(m.Groups["number"].Value, @"(\d)([A-Z])$", "$1 $2"))
                    .Distinct()
                    .Where(number => text.Contains("resolution", StringComparison.OrdinalIgnoreCase));
                foreach (var target in targets)
                {
                    linked++;
                    // The UN links a lettered resolution ("41/68 D") to the symbol without its letter.
                    if (recognized.Contains(target) || recognized.Any(number => number.StartsWith(target + " ", StringComparison.Ordinal)))
                    {
                        found++;
                    }
                    else if (missed.Count < 25)
                    {
                        missed.Add(Path.GetFileName(file) + ": " + target + " in \"" + Excerpt(text, target) + "\"");
                    }
                }
            }
        }

        var recall = linked == 0 ? 1 : (double)found / linked;
        output.WriteLine($"{files} files, {linked} linked GA resolution citations in paragraphs that say 'resolution', {found} recognized: recall {recall:P2}");
        foreach (var miss in missed)
        {
            output.WriteLine("missed: " + miss);
        }

        Assert.True(recall >= 0.98, $"recall {recall:P2}; first misses:\n{string.Join("\n", missed)}");
    }

    private static string Excerpt(string text, string number)
    {
        var index = text.IndexOf(number.Split(' ')[0], StringComparison.Ordinal);
        return index < 0 ? text.Substring(0, Math.Min(120, text.Length)) : text.Substring(Math.Max(0, index - 60), Math.Min(120, text.Length - Math.Max(0, index - 60)));
    }
}
