using System.Xml.Linq;
using DraftingKit.Diagnostics;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// A resolution that no UN file holds, written by hand as a template (tests/corpus/handwritten/A-RES-81-1.res.md:
/// formula, preambular paragraphs with their leads and a list, citations, footnotes, numbered paragraphs with
/// (a)/(i) subparagraphs, a heading), exported to AKN4UN: it validates, and every element it writes stands where
/// the UN's own files of sessions 75–76 put that element, with the attributes they give it.
/// </summary>
public sealed class AknHandwrittenExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Lazy<(HashSet<string> Paths, HashSet<string> Attributes)> CorpusShapes = new(ReadCorpusShapes);
    private readonly ITestOutputHelper output;

    public AknHandwrittenExportTests(ITestOutputHelper output) => this.output = output;

    private static string TemplatePath => RepositoryPaths.InRepository("tests", "corpus", "handwritten", "A-RES-81-1.res.md");

    private static XDocument Export(out string xml)
    {
        var read = TemplateReader.Read(TemplatePath, File.ReadAllText(TemplatePath));
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity >= DraftingSeverity.Warning);
        xml = AknRenderer.Render(read.Document);
        return XDocument.Parse(xml);
    }

    [Fact]
    public void The_handwritten_template_is_clean_and_its_export_is_schema_valid()
    {
        Assert.DoesNotContain(DraftingLinter.Lint(TemplatePath, File.ReadAllText(TemplatePath)), f => f.Severity >= DraftingSeverity.Info);
        Export(out var xml);

        var problems = AknSchema.Validate(xml);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Every_element_of_the_export_stands_where_the_UN_files_put_it()
    {
        Skip.IfNot(Directory.Exists(CorpusFolder), "the AKN4UN corpus is not at " + CorpusFolder);

        var ours = Export(out _);
        var (paths, attributes) = CorpusShapes.Value;

        var unknownPaths = ours.Root!.DescendantsAndSelf().Select(PathOf).Distinct().Where(p => !paths.Contains(p)).ToList();
        var unknownAttributes = ours.Root.DescendantsAndSelf().SelectMany(AttributesOf).Distinct().Where(a => !attributes.Contains(a)).ToList();

        Assert.True(unknownPaths.Count == 0, "paths the UN files never use:\n" + string.Join("\n", unknownPaths));
        Assert.True(unknownAttributes.Count == 0, "attributes the UN files never give these elements:\n" + string.Join("\n", unknownAttributes));
    }

    [Fact]
    public void The_export_has_the_structure_of_a_UN_resolution_of_the_same_kinds_of_content()
    {
        var ours = Export(out _);
        var statement = ours.Root!.Element(Akn + "statement")!;

        // The UN files' identification: /akn/un/statement/deliberation/unga/<date>/<session>-<number>/ (section 9).
        // 76/162: "/akn/un/statement/deliberation/unga/2021-12-16/76-162/!main/" and ".../76-162/eng@!main/".
        Assert.Equal("/akn/un/statement/deliberation/unga/2026-10-14/81-1/!main/", (string?)statement.Descendants(Akn + "FRBRWork").Single().Element(Akn + "FRBRthis")!.Attribute("value"));
        Assert.Equal("/akn/un/statement/deliberation/unga/2026-10-14/81-1/eng@!main/", (string?)statement.Descendants(Akn + "FRBRExpression").Single().Element(Akn + "FRBRthis")!.Attribute("value"));

        // The preamble: the formula, then one container per preambular paragraph, named by its lead.
        var preamble = statement.Element(Akn + "preamble")!;
        Assert.Equal("formula", preamble.Elements().First().Name.LocalName);
        Assert.Equal(
            new[] { "Recalling", "Reaffirming", "Recognizing", "Recognizing also", "Noting with concern" },
            preamble.Elements(Akn + "container").Select(c => (string?)c.Attribute("name")));
        // A preambular paragraph's subparagraphs are blocks of its container, one p each, as in 75/325.
        var recognizing = preamble.Elements(Akn + "container").Single(c => (string?)c.Attribute("name") == "Recognizing");
        Assert.Equal(new[] { "Recognizing", "(a)", "(b)" }, recognizing.Elements(Akn + "p").Select(p => p.Value.Trim().Split(' ')[0]));

        // The main body: numbered paragraphs, a subheading, and (a)/(i) points nested as the UN nests them: "(i)"
        // in a sublist after its "(a)" (75/325).
        var body = statement.Element(Akn + "mainBody")!;
        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, body.Elements(Akn + "paragraph").Select(p => p.Element(Akn + "num")?.Value).OfType<string>());
        Assert.Equal(new[] { "(a)", "(i)", "(ii)", "(b)" }, body.Descendants(Akn + "point").Select(p => p.Element(Akn + "num")!.Value));
        Assert.Equal(new[] { "(i)", "(ii)" }, body.Descendants(Akn + "sublist").Single().Elements(Akn + "point").Select(p => p.Element(Akn + "num")!.Value));
        Assert.Contains(body.Descendants(Akn + "subheading"), h => h.Value == "Follow-up");

        // Footnotes where their markers stand, with the UN's markers; citations as undocs.org links.
        Assert.Equal(new[] { "1", "2" }, statement.Descendants(Akn + "authorialNote").Select(n => (string?)n.Attribute("marker")));
        Assert.Contains(statement.Descendants(Akn + "a"), a => (string?)a.Attribute("href") == "https://undocs.org/en/A/RES/69/283");

        // The closing: the meeting and the date.
        Assert.Contains("12th plenary meeting", statement.Element(Akn + "conclusions")!.Value, StringComparison.Ordinal);
    }

    private static string CorpusFolder => Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en");

    /// <summary>Element paths ("akomaNtoso/statement/preamble/container/p/span") and element@attribute pairs of every UN file.</summary>
    private static (HashSet<string> Paths, HashSet<string> Attributes) ReadCorpusShapes()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(CorpusFolder, "*.xml", SearchOption.AllDirectories))
        {
            var document = XDocument.Load(file);
            foreach (var element in document.Root!.DescendantsAndSelf())
            {
                paths.Add(PathOf(element));
                attributes.UnionWith(AttributesOf(element));
            }
        }

        return (paths, attributes);
    }

    private static string PathOf(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));

    private static IEnumerable<string> AttributesOf(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => element.Name.LocalName + "@" + a.Name.LocalName);
}
