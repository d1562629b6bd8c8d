using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DraftingKit.Tests.Corpus;

/// <summary>
/// Turns a General Assembly resolution of the UN's AKN4UN corpus into a *.res.md template, so that the rules
/// can be measured on adopted text. Deliberately small and literal: the formula, the preambular containers, the
/// numbered operative paragraphs with their (a)/(i) points, subheadings and footnotes, with italics, links and
/// markers exactly where the UN's file puts them. Texts whose structure it does not cover (sections, several
/// parts, preambles split by headings, other languages) are skipped, and the caller reports how many.
/// </summary>
internal static class AknTemplateConverter
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public static string? Convert(string xmlPath, out string? skipReason)
    {
        skipReason = null;
        XDocument xml;
        try
        {
            xml = XDocument.Load(xmlPath);
        }
        catch (System.Xml.XmlException exception)
        {
            skipReason = "not well-formed XML: " + exception.Message;
            return null;
        }

        var language = xml.Descendants(Akn + "FRBRlanguage").FirstOrDefault()?.Attribute("language")?.Value;
        if (language != "eng")
        {
            skipReason = "language " + language;
            return null;
        }

        var preambles = xml.Descendants(Akn + "preamble").ToList();
        var mainBodies = xml.Descendants(Akn + "mainBody").ToList();
        if (preambles.Count > 1 || mainBodies.Count != 1 || xml.Descendants(Akn + "section").Any() || mainBodies[0].Descendants(Akn + "table").Any()
            || xml.Descendants(Akn + "component").Any() || mainBodies[0].Elements(Akn + "crossHeading").Any())
        {
            skipReason = "structure not covered (several parts, sections, components or headings in the preamble)";
            return null;
        }

        var firstOperative = mainBodies[0].Elements(Akn + "paragraph").FirstOrDefault();
        var formulaText = Collapse(preambles.FirstOrDefault()?.Element(Akn + "formula")?.Value ?? string.Empty);
        if (firstOperative is not null && firstOperative.Element(Akn + "num") is null
            && (Collapse(firstOperative.Value).EndsWith(":", StringComparison.Ordinal) || !formulaText.EndsWith(",", StringComparison.Ordinal)))
        {
            // "Adopts the following declaration:" and the declaration's own numbered paragraphs in the main body:
            // a template puts the declaration in an annex, which this converter does not do.
            skipReason = "a declaration adopted in the main body";
            return null;
        }

        var number = xml.Descendants(Akn + "docNumber").Select(n => Collapse(n.Value).TrimEnd('.'))
            .FirstOrDefault(n => Regex.IsMatch(n, "^[0-9]+/[0-9]+ ?[A-Z]?$")) ?? string.Empty;
        var adopted = xml.Descendants(Akn + "FRBRWork").Descendants(Akn + "FRBRdate").FirstOrDefault()?.Attribute("date")?.Value;
        var title = Collapse(xml.Descendants(Akn + "docTitle").FirstOrDefault()?.Value ?? string.Empty);
        var session = number.Split('/')[0];
        if (!Regex.IsMatch(number, "^[0-9]+/[0-9]+ ?[A-Z]?$") || adopted is null)
        {
            skipReason = "no resolution number or date: [" + number + "] " + adopted;
            return null;
        }

        var notes = new List<string>();
        var body = new StringBuilder();
        var preamble = preambles.FirstOrDefault();
        if (preamble is not null)
        {
            foreach (var element in preamble.Elements())
            {
                var text = Inline(element, notes);
                if (text.Length > 0)
                {
                    var isParagraph = element.Name == Akn + "container" || element.Name == Akn + "formula";
                    body.Append(isParagraph ? string.Empty : "## ").Append(text).Append("\n\n");
                }
            }
        }

        var paragraphs = mainBodies[0].Elements(Akn + "paragraph").ToList();
        foreach (var paragraph in paragraphs)
        {
            WriteParagraph(paragraph, body, notes);
        }

        var output = new StringBuilder();
        output.Append("---\nkind: resolution\nstatus: adopted\norgan: General Assembly\n");
        output.Append("symbol: A/RES/").Append(number.Replace(" ", string.Empty)).Append('\n');
        output.Append("number: ").Append(number).Append('\n');
        output.Append("session: ").Append(session).Append('\n');
        output.Append("adopted: ").Append(adopted).Append('\n');
        // The closing meeting, which an adopted template carries (DK0004 reports its absence).
        var meeting = xml.Descendants(Akn + "inline").FirstOrDefault(e => (string?)e.Attribute("name") == "adoptionMeeting")?.Value.Trim();
        if (!string.IsNullOrEmpty(meeting))
        {
            output.Append("meeting: ").Append(Yaml(meeting!)).Append('\n');
        }

        output.Append("title: ").Append(Yaml(title)).Append("\n---\n\n");
        output.Append(body);
        for (var i = 0; i < notes.Count; i++)
        {
            output.Append("[^").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("]: ").Append(notes[i]).Append('\n');
        }

        return output.ToString();
    }

    private static void WriteParagraph(XElement paragraph, StringBuilder body, List<string> notes)
    {
        var subheading = paragraph.Element(Akn + "subheading");
        if (subheading is not null && paragraph.Element(Akn + "num") is null)
        {
            body.Append("## ").Append(Inline(subheading, notes)).Append("\n\n");
            return;
        }

        var num = paragraph.Element(Akn + "num")?.Value.Trim() ?? string.Empty;
        if (num.Length == 0 && paragraph.Element(Akn + "list") is null && body.Length > 2)
        {
            // The UN's files sometimes split one paragraph in two elements ("… chemical weapons," / "and demands
            // that …"): the second half continues the paragraph before it.
            var plain = Collapse(paragraph.Element(Akn + "content")?.Value ?? string.Empty);
            if (plain.Length > 0 && plain.Length < 120 && !IsPunctuation(plain[plain.Length - 1]))
            {
                // "I", "Children and the Sustainable Development Goals": a heading kept as a paragraph.
                body.Append("## ").Append(Inline(paragraph.Element(Akn + "content"), notes)).Append("\n\n");
                return;
            }

            if (plain.Length > 0 && char.IsLower(plain[0]))
            {
                var continuation = Inline(paragraph.Element(Akn + "content"), notes);
                body.Length -= 2;
                body.Append(' ').Append(continuation).Append("\n\n");
                return;
            }
        }

        var prefix = num.Length > 0 ? num + " " : string.Empty;
        var indent = new string(' ', prefix.Length);
        var list = paragraph.Element(Akn + "list");
        if (list is null)
        {
            body.Append(prefix).Append(Inline(paragraph.Element(Akn + "content"), notes)).Append("\n\n");
            return;
        }

        body.Append(prefix).Append(Inline(list.Element(Akn + "intro"), notes)).Append("\n\n");
        WritePoints(list, indent, body, notes);
    }

    private static void WritePoints(XElement list, string indent, StringBuilder body, List<string> notes)
    {
        foreach (var child in list.Elements())
        {
            if (child.Name == Akn + "point")
            {
                var label = child.Element(Akn + "num")?.Value.Trim() ?? string.Empty;
                body.Append(indent).Append(label).Append(' ').Append(Inline(child.Element(Akn + "content") ?? child.Element(Akn + "list")?.Element(Akn + "intro"), notes)).Append("\n\n");
                var nested = child.Element(Akn + "list");
                if (nested is not null)
                {
                    WritePoints(nested, indent, body, notes);
                }
            }
            else if (child.Name == Akn + "sublist")
            {
                WritePoints(child, indent, body, notes);
            }
        }
    }

    /// <summary>The inline content of an element as template Markdown: italics, links, footnote markers.</summary>
    private static string Inline(XElement? element, List<string> notes)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendInline(element, builder, notes);
        return Collapse(builder.ToString());
    }

    private static void AppendInline(XElement element, StringBuilder builder, List<string> notes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(Escape(text.Value));
                    break;
                case XElement child when child.Name == Akn + "authorialNote":
                    var note = new StringBuilder();
                    AppendInline(child, note, new List<string>());
                    notes.Add(Collapse(note.ToString()));
                    builder.Append("[^").Append(notes.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case XElement child when child.Name == Akn + "span" && (string?)child.Attribute("class") == "italic":
                {
                    var inner = new StringBuilder();
                    AppendInline(child, inner, notes);
                    var content = inner.ToString();
                    var trimmed = Collapse(content);
                    if (trimmed.Length == 0)
                    {
                        builder.Append(content);
                        break;
                    }

                    // Markdown italics cannot open or close on a space: keep the spaces outside the asterisks.
                    var leading = content.Length - content.TrimStart().Length > 0 ? " " : string.Empty;
                    var trailing = content.Length - content.TrimEnd().Length > 0 ? " " : string.Empty;

                    // Nor next to punctuation on the inner side: "United Nations*, Treaty Series*" does not
                    // parse, so punctuation at either end of the italic run stays outside it.
                    var open = 0;
                    while (open < trimmed.Length && IsPunctuation(trimmed[open]))
                    {
                        open++;
                    }

                    var close = trimmed.Length;
                    while (close > open && IsPunctuation(trimmed[close - 1]))
                    {
                        close--;
                    }

                    if (close == open)
                    {
                        builder.Append(content);
                        break;
                    }

                    builder.Append(leading).Append(trimmed, 0, open).Append('*').Append(trimmed, open, close - open).Append('*')
                        .Append(trimmed, close, trimmed.Length - close).Append(trailing);
                    break;
                }

                case XElement child when child.Name == Akn + "a":
                {
                    var inner = new StringBuilder();
                    AppendInline(child, inner, notes);
                    builder.Append('[').Append(Collapse(inner.ToString())).Append("](").Append(((string?)child.Attribute("href") ?? "#").Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29")).Append(')');
                    break;
                }

                case XElement child when child.Name == Akn + "p" && builder.Length > 0:
                    builder.Append(' ');
                    AppendInline(child, builder, notes);
                    break;
                case XElement child when child.Name == Akn + "table" || child.Name == Akn + "num":
                    break;
                case XElement child:
                    AppendInline(child, builder, notes);
                    break;
            }
        }
    }

    private static bool IsPunctuation(char c) => c is ',' or ';' or ':' or '.' or ' ' or '(' or ')';

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("[", "\\[").Replace("]", "\\]").Replace("<", "\\<");

    private static string Collapse(string text) => Regex.Replace(Regex.Replace(text.Replace('\u00A0', ' '), @"\p{Cf}", string.Empty), @"\s+", " ").Trim();

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The English files of the corpus, in a stable order.</summary>
    public static IReadOnlyList<string> CorpusFiles(string sharedFolder)
    {
        var root = Path.Combine(sharedFolder, "corpus", "akn4un", "en");
        if (!Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        var files = Directory.GetFiles(root, "*.xml", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
