using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// The words of an AKN4UN file read straight from the XML, independently of the importer: the preface, preamble,
/// main body, closing and attachments of each statement in document order, then the text of every footnote in
/// document order. The corpus sweep compares the importer's rendering with these words. The walk reads two
/// things as a reader of the printed text does, not as the markup spells them: an annex that writes no label of its
/// own still prints "Annex", and a number set in a paragraph's <c>num</c> and again at the head of its heading
/// ("A." and "A.\tPension Administration") prints once.
/// </summary>
internal static class AknReferenceText
{
    private static readonly Regex Word = new(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Blocks = new(System.StringComparer.Ordinal)
    {
        "p", "num", "paragraph", "content", "container", "subheading", "heading", "crossHeading", "td", "th", "tr",
        "point", "item", "list", "sublist", "intro", "listIntroduction", "docNumber", "docTitle", "eol", "section", "blockList",
        "formula", "table", "inline", "docDate",
    };

    /// <summary>The words of the resolution text, then of its footnotes.</summary>
    public static (List<string> Body, List<string> Footnotes) Words(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!;
        var body = new StringBuilder();
        var notes = new List<string>();
        foreach (var division in Divisions(root))
        {
            Walk(division, body, notes);
            body.Append(' ');
        }

        return (Split(body.ToString()), notes.SelectMany(Split).ToList());
    }

    /// <summary>
    /// The words of the file's first cover page (symbol, organ, distribution, date, session, agenda item, the adoption
    /// and reference lines) in document order, read from the XML. The publisher ("United Nations", beside the emblem)
    /// is left out: the UN's text of a resolution prints the emblem's line as no words of the text.
    /// </summary>
    public static List<string> CoverWords(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var cover = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!.Descendants().FirstOrDefault(e => e.Name.LocalName == "coverPage");
        if (cover is null)
        {
            return new List<string>();
        }

        var text = new StringBuilder();
        foreach (var node in cover.DescendantNodes().OfType<XText>())
        {
            if (!node.Ancestors().Any(e => e.Name.LocalName == "docAuthority" && (string?)e.Attribute("refersTo") == "#publisher"))
            {
                text.Append(node.Value).Append(' ');
            }
        }

        return Split(text.ToString());
    }

    /// <summary>The words of <paramref name="text"/>: letters and decimal digits, no punctuation, no superscripts.</summary>
    public static List<string> Split(string text) => Word.Matches(text).Select(match => match.Value).ToList();

    private static IEnumerable<XElement> Divisions(XElement root)
    {
        foreach (var top in root.Elements())
        {
            switch (top.Name.LocalName)
            {
                case "statement":
                    foreach (var division in StatementDivisions(top))
                    {
                        yield return division;
                    }

                    break;
                case "documentCollection":
                    foreach (var preface in top.Elements().Where(e => e.Name.LocalName == "preface"))
                    {
                        yield return preface;
                    }

                    break;
                case "components":
                    foreach (var statement in top.Elements().SelectMany(component => component.Elements()).Where(e => e.Name.LocalName == "statement"))
                    {
                        foreach (var division in StatementDivisions(statement))
                        {
                            yield return division;
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<XElement> StatementDivisions(XElement statement) =>
        statement.Elements().Where(e => e.Name.LocalName is "preface" or "preamble" or "mainBody" or "conclusions" or "attachments");

    /// <summary>True when the annex's first words are its label ("Annex", "Annex II").</summary>
    private static bool WritesAnnexLabel(XElement annex)
    {
        var text = new StringBuilder();
        Walk(new XElement("probe", annex.Elements().Where(e => e.Name.LocalName != "meta")), text, new List<string>());
        return Split(text.ToString()).FirstOrDefault() is { } first && first.StartsWith("Annex", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a heading beside the number opens with the same words ("I." and "I.\tOrganization of work").</summary>
    private static bool RepeatedInHeading(XElement number)
    {
        var written = number.Value.Trim();
        return written.Length > 0
            && number.ElementsAfterSelf().FirstOrDefault(e => e.Name.LocalName is "heading" or "subheading") is { } heading
            && heading.Value.TrimStart() is var text
            && text.StartsWith(written, System.StringComparison.Ordinal)
            && (text.Length == written.Length || char.IsWhiteSpace(text[written.Length]));
    }

    private static void Walk(XElement element, StringBuilder body, List<string> notes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    body.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "meta" }:
                    break;
                case XElement { Name.LocalName: "authorialNote" } note:
                {
                    var noteText = new StringBuilder();
                    Walk(note, noteText, notes);
                    notes.Insert(notes.Count, noteText.ToString());
                    break;
                }

                case XElement { Name.LocalName: "num" } number when RepeatedInHeading(number):
                    break;
                case XElement { Name.LocalName: "doc" } annex when (string?)annex.Attribute("name") == "annex" && !WritesAnnexLabel(annex):
                    body.Append(" Annex ");
                    Walk(annex, body, notes);
                    body.Append(' ');
                    break;
                case XElement child:
                {
                    var block = Blocks.Contains(child.Name.LocalName);
                    if (block)
                    {
                        body.Append(' ');
                    }

                    Walk(child, body, notes);
                    if (block)
                    {
                        body.Append(' ');
                    }

                    break;
                }
            }
        }
    }
}
