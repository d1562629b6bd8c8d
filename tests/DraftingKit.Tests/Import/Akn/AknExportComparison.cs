using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// A resolution of the UN corpus, imported and exported again to AKN4UN, compared with the UN's own file: the
/// same sequence of formula, preambular containers (by name), numbered paragraphs and points; the same footnote
/// markers and texts; the same FRBR work and expression identifiers; valid against the schema.
/// </summary>
internal static class AknExportComparison
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Files whose export differs from the UN's file, by what differs and a hash of every differing element
    /// (SequenceDifference), each with the reason: a second or different difference in a listed file is not allowed.
    /// Every other file has the UN file's structure, footnotes and FRBR identifiers.
    /// </summary>
    public static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["75/75_248_E.xml: structure #ac474ed1"] = "the UN file types \"6.\" into the text of paragraph 6 instead of its num; the export writes it as a num",
        ["75/75_68_E.xml: structure #2e86c18d"] = "a slip in the UN file: \"3 Calls upon\" lost its full stop and its num, so the paragraph is unnumbered",
        ["75/A_RES_75_257 B-2109408E.xml: footnotes #b5eabc9b"] = "a slip in the UN file: its markers start at 2; the export numbers footnotes from 1",
        ["77/A_RES_77_118-2228394E.xml: structure #f40ec357"] = "a slip in the UN file: the preambular paragraph \"Calling attention also …\" is set as an unnumbered main-body paragraph between two preambles; the import keeps it in the preamble, so the export writes it as a container",
        ["77/A_RES_77_291B_2313024E.xml: FRBR #3365a056"] = "the one session-77 file that names a part issued alone without its letter (77-291, as sessions 75-76 do); the other four (77-253B, 77-263B, 77-290B, 77-292B) and the three collections of parts follow the session-77 convention the export writes",
        ["77/A_RES_77_248-2300140E.xml: structure #4ceabf8b"] = "a slip in the UN file: \"232 .\" is typed into the text of paragraph 232 instead of its num; the export writes it as a num",
        ["77/A_RES_77_263-2300153E.xml: structure #03175d8a"] = "a slip in the UN file: section XI's paragraph 18 (\"Appropriates …\") has no num; the export numbers it",
        ["77/A_RES_77_270-E.xml: footnotes #dcee5db2"] = "a slip in the UN file (as in 76/297, the same text): its markers start at 2; the export numbers footnotes from 1",
        ["76/A_RES_76_246-2119713E.xml: structure #e1b94858"] = "a slip in the UN file: its four staffing tables stand in containers with no name, which the AKN schema requires (every other file of sessions 75-77 names a table's container \"table\"); the export names them",
        ["76/A_RES_76_247-2119714E.xml: FRBR #62f47bde"] = "a slip in the UN file: its symbol is A/RES/76/247 A-C, with three parts, but its collection's FRBR number says \"A-B\"; the export writes \"A-C\"",
        ["76/A_RES_76_254-2203841E.xml: FRBR #2cd98245"] = "the UN file's identification says 17 March 2022, its closing 15 March 2022 (DK0158); the export dates the work by the closing",
        ["76/A_RES_76_266-2208884E.xml: footnotes #892d7089"] = "a slip in the UN file: its markers jump from 3 to 8; the export numbers footnotes in order (4)",
        ["76/A_RES_76_297-2211525E.xml: footnotes #c1bac0d6"] = "a slip in the UN file: its markers start at 2; the export numbers footnotes from 1",
    };

    /// <summary>
    /// What differs between the export of <paramref name="result"/> and the UN's file: "structure", "footnotes",
    /// "FRBR" or "schema", each with where it first differs.
    /// </summary>
    public static List<(string Kind, string Detail, string Hash)> Compare(XDocument theirs, AknImportResult result)
    {
        var differences = new List<(string, string, string)>();
        var xml = AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup) { HeadingForms = result.HeadingForms, PreambleInMainBody = DraftingKit.Model.AknPreambleInMainBody.Spans(result.Document) });
        var ours = XDocument.Parse(xml);
        void Add(string kind, SequenceDifference? difference)
        {
            if (difference is not null)
            {
                differences.Add((kind, difference.ToString(), difference.Hash));
            }
        }

        Add("structure", SequenceDifference.Of(Shape(theirs), Shape(ours), "UN", "ours"));
        Add("footnotes", SequenceDifference.Of(Notes(theirs), Notes(ours), "UN", "ours"));
        Add("FRBR", SequenceDifference.Of(Identifiers(theirs), Identifiers(ours), "UN", "ours"));
        var errors = AknSchema.Validate(xml).Where(p => p.StartsWith("Error", StringComparison.Ordinal)).ToList();
        if (errors.Count > 0)
        {
            differences.Add(("schema", errors[0], LintBaseline.Hash(string.Join("\n", errors))));
        }

        return differences;
    }

    /// <summary>
    /// Where the structure of <paramref name="ourXml"/> first differs from the UN's file, or null when it is the same:
    /// the figure of the user's path (<c>draftkit import</c>, then <c>render --format akn</c> from the template).
    /// </summary>
    public static string? StructureDifference(XDocument theirs, string ourXml)
    {
        return SequenceDifference.Of(Shape(theirs), Shape(XDocument.Parse(ourXml)), "UN", "ours")?.ToString();
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
}
