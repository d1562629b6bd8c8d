using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Every resolution of the UN corpus, imported and exported again to AKN4UN, compared with the UN's own file:
/// the same sequence of formula, preambular containers (by name), numbered paragraphs, points, headings and
/// footnote markers; the same footnote texts; the same FRBR work and expression identifiers; schema-valid.
/// </summary>
public sealed class AknCorpusExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private readonly ITestOutputHelper output;

    public AknCorpusExportTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_corpus_resolution_exports_to_AKN_with_the_UN_file_structure()
    {
        var corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en");
        if (!Directory.Exists(corpus))
        {
            output.WriteLine("SKIPPED: the AKN4UN corpus is not at " + corpus + ".");
            return;
        }

        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        int structureEqual = 0, notesEqual = 0, identifiersEqual = 0, valid = 0;
        var differences = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(corpus, file);
            var theirs = XDocument.Load(file);
            var result = AknImporter.ImportFile(file);
            var xml = AknRenderer.Render(result.Document, result.SubparagraphMarkup);
            var ours = XDocument.Parse(xml);

            var (theirShape, ourShape) = (Shape(theirs), Shape(ours));
            if (theirShape.SequenceEqual(ourShape))
            {
                structureEqual++;
            }
            else
            {
                differences.Add(name + ": structure " + FirstDifference(theirShape, ourShape));
            }

            if (Notes(theirs).SequenceEqual(Notes(ours)))
            {
                notesEqual++;
            }
            else
            {
                differences.Add(name + ": footnotes " + FirstDifference(Notes(theirs), Notes(ours)));
            }

            if (Identifiers(theirs).SequenceEqual(Identifiers(ours)))
            {
                identifiersEqual++;
            }
            else
            {
                differences.Add(name + ": FRBR " + FirstDifference(Identifiers(theirs), Identifiers(ours)));
            }

            if (AknSchema.Validate(xml).Count(p => p.StartsWith("Error", StringComparison.Ordinal)) == 0)
            {
                valid++;
            }
            else
            {
                differences.Add(name + ": schema " + AknSchema.Validate(xml).First());
            }
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "files: {0}; structure-equal: {1} ({2:P1}); footnotes-equal: {3} ({4:P1}); FRBR-equal: {5} ({6:P1}); schema-valid: {7}; {8:F1} s",
            files.Count, structureEqual, (double)structureEqual / files.Count, notesEqual, (double)notesEqual / files.Count, identifiersEqual, (double)identifiersEqual / files.Count, valid, clock.Elapsed.TotalSeconds));
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        // Measured 2026-11-23: 614 structure-equal (94.3 %), 640 footnotes-equal, 645 FRBR-equal, 651 valid. The export
        // writes subparagraphs in the form the UN file uses (list/point or "(a)" paragraphs) and nests "(i)" in a
        // sublist as the UN does; the remaining differences are listed in docs/import-akn.md. A fall below these
        // figures is a regression.
        Assert.Equal(files.Count, valid);
        Assert.True(structureEqual >= files.Count * 0.94, $"structure-equal {structureEqual} of {files.Count}");
        Assert.True(notesEqual >= files.Count * 0.98, $"footnotes-equal {notesEqual} of {files.Count}");
        Assert.True(identifiersEqual >= files.Count * 0.99, $"FRBR-equal {identifiersEqual} of {files.Count}");
    }

    /// <summary>The sequence of structural elements of the preamble and main body.</summary>
    private static List<string> Shape(XDocument document)
    {
        var shape = new List<string>();
        foreach (var section in document.Descendants(Akn + "preamble").Concat(document.Descendants(Akn + "mainBody")))
        {
            foreach (var element in section.DescendantsAndSelf())
            {
                var local = element.Name.LocalName;
                var num = Text(element.Element(Akn + "num"));
                switch (local)
                {
                    case "formula":
                        shape.Add("formula");
                        break;
                    case "container":
                        shape.Add("container:" + Normalize((string?)element.Attribute("name") ?? string.Empty));
                        break;
                    case "paragraph" when num.Length > 0:
                        shape.Add("paragraph:" + num);
                        break;
                    case "point" when num.Length > 0:
                        shape.Add("point:" + num);
                        break;
                }
            }
        }

        return shape;
    }

    private static List<string> Notes(XDocument document) =>
        document.Descendants(Akn + "authorialNote")
            .Select(note => (string?)note.Attribute("marker") + ": " + Text(note))
            .ToList();

    private static List<string> Identifiers(XDocument document) =>
        new[] { "FRBRWork", "FRBRExpression" }
            .Select(level => (string?)document.Descendants(Akn + level).FirstOrDefault()?.Element(Akn + "FRBRthis")?.Attribute("value") ?? string.Empty)
            .ToList();

    private static string Text(XElement? element) =>
        element is null ? string.Empty : Normalize(string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value)));

    private static string Normalize(string text) => Spaces.Replace(text, " ").Trim();

    private static string FirstDifference(List<string> theirs, List<string> ours)
    {
        for (var i = 0; i < Math.Max(theirs.Count, ours.Count); i++)
        {
            var their = i < theirs.Count ? theirs[i] : "(end)";
            var our = i < ours.Count ? ours[i] : "(end)";
            if (their != our)
            {
                return string.Format(CultureInfo.InvariantCulture, "at {0}: UN '{1}' ours '{2}'", i, Clip(their), Clip(our));
            }
        }

        return "(none)";
    }

    private static string Clip(string text) => text.Length > 80 ? text.Substring(0, 80) + "…" : text;
}
