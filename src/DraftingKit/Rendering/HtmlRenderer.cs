using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a document as one self-contained HTML page: semantic sections for the header block, preamble,
/// operative part and annexes, footnotes linked both ways, an inline style sheet with a print layout, and
/// nothing fetched from elsewhere. The page is written with an XML writer as polyglot HTML5 (it also parses as
/// XHTML), so every text from the template is encoded and none of it can become markup.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>Lines of one paragraph, kept apart by line breaks (the closing lines, a report's masthead).</summary>
    internal static void WriteLines(XmlWriter xml, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                xml.WriteStartElement("br");
                xml.WriteEndElement();
            }

            xml.WriteString(XmlText.Safe(lines[i]));
        }
    }

    /// <summary>
    /// The style sheet as the raw text a style element holds: escaped, its child selectors would read "&amp;gt;",
    /// which browsers drop with the rules they select (the operative numbers no longer hung).
    /// </summary>
    internal static void WriteStyle(XmlWriter xml)
    {
        xml.WriteStartElement("style");
        xml.WriteRaw(StyleSheet);
        xml.WriteEndElement();
    }

    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The page's style sheet, shared with the report pages.</summary>
    internal const string StyleSheet = @"
body { font-family: 'Times New Roman', Times, serif; font-size: 12pt; line-height: 1.35; max-width: 48em; margin: 2em auto; padding: 0 1.5em; color: #000; background: #fff; }
.masthead { border-bottom: 2px solid #000; margin-bottom: 1.5em; }
.masthead p { margin: 0.1em 0; }
.symbol { text-align: right; font-size: 1.6em; }
.organ { font-weight: bold; font-size: 1.5em; }
.masthead .distribution { margin-left: 60%; }
.rapporteur { margin: 0.6em 0 1.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.session, .agenda-title { font-weight: bold; }
.adoption { font-weight: bold; font-size: 1.2em; margin-top: 2em; }
.reference { font-style: italic; }
h1.title { font-size: 1.2em; margin: 1.2em 0 1.2em 4em; text-indent: -4em; }
h1.title .number { display: inline-block; min-width: 4em; text-indent: 0; }
.draft-label { font-weight: bold; }
.part-designation, .part-title, .annex-label, .annex-title { font-size: 1.1em; }
.formula, .preambular, .text { text-indent: 2em; margin: 0 0 0.6em; text-align: justify; }
.numbered { margin: 0 0 0.6em 2.5em; text-indent: -2.5em; text-align: justify; }
.numbered > .num { display: inline-block; min-width: 2.5em; text-indent: 0; }
ol.subparagraphs { list-style: none; margin: 0 0 0.6em; padding-left: 2.5em; }
ol.subparagraphs > li { margin: 0 0 0.6em 2.5em; text-indent: -2.5em; text-align: justify; }
ol.subparagraphs > li > .num { display: inline-block; min-width: 2.5em; text-indent: 0; }
ol.subparagraphs ol.subparagraphs { text-indent: 0; }
h2, h3, h4, h5, h6 { font-size: 1em; font-weight: bold; margin: 1.2em 0 0.6em; }
.closing { margin: 1.5em 0 1.5em 55%; }
section.annex { margin-top: 3em; }
table { border-collapse: collapse; margin: 0 0 1em; }
th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
.footnotes { border-top: 1px solid #000; margin-top: 2em; font-size: 0.85em; }
.footnotes ol { padding-left: 2.5em; }
.footnotes li[data-mark]::marker { content: attr(data-mark) ""  ""; }
a.footnote-ref { text-decoration: none; }
sup { line-height: 0; }
@media (max-width: 36em) {
  body { padding: 0 0.75em; }
  .formula, .preambular, .text, .numbered, ol.subparagraphs > li { text-align: left; }
  .masthead .distribution, .closing { margin-left: 0; }
}
@media print {
  @page { size: letter; margin: 1in 0.75in; }
  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
  section.annex { break-before: page; }
  a { color: inherit; text-decoration: none; }
  a.backlink { display: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
";

    /// <summary>The document as an HTML page (UTF-8 text, LF line ends).</summary>
    public static string Render(ResolutionDocument document)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        output.Write("<!DOCTYPE html>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            ConformanceLevel = ConformanceLevel.Fragment,
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            new HtmlWriter(xml, document).Write();
        }

        output.Write('\n');
        return output.ToString();
    }

    /// <summary>
    /// Writes the text of <paramref name="document"/> (label, title, parts, annexes and footnotes, no masthead) as a
    /// <c>section</c> of a larger page, its ids prefixed with <paramref name="idPrefix"/> and its footnotes numbered
    /// by <paramref name="numbering"/>: a text inside a report.
    /// </summary>
    internal static void WriteSection(XmlWriter xml, ResolutionDocument document, FootnoteNumbering numbering, string idPrefix, string cssClass)
    {
        xml.WriteStartElement("section");
        xml.WriteAttributeString("class", cssClass);
        xml.WriteAttributeString("id", idPrefix.TrimEnd('-'));
        var writer = new HtmlWriter(xml, document, numbering, idPrefix, outline: 2);
        writer.WriteContent();
        writer.WriteFootnotes();
        xml.WriteEndElement();
    }

    /// <summary>
    /// Writes blocks of report text (headings and numbered paragraphs, held as the operative part of
    /// <paramref name="document"/>) and the notes they cite, with ids prefixed by <paramref name="idPrefix"/>.
    /// The report's top headings in the template, at level <paramref name="topHeading"/> (1, or 2 in a chapter whose
    /// sections are "A.", "B."), become h2 under the page's h1.
    /// </summary>
    internal static void WriteBlocks(XmlWriter xml, ResolutionDocument document, FootnoteNumbering numbering, string idPrefix, int topHeading = 1)
    {
        var writer = new HtmlWriter(xml, document, numbering, idPrefix);
        foreach (var part in document.Parts)
        {
            writer.WriteBlocks(part.OperativePart, 3 - topHeading);
        }

        writer.WriteFootnotes();
    }

    private sealed class HtmlWriter
    {
        private readonly XmlWriter xml;
        private readonly ResolutionDocument document;
        private readonly FootnoteNumbering numbering;
        private readonly Dictionary<string, int> referenceCounts = new(System.StringComparer.Ordinal);
        private readonly string idPrefix;
        private readonly int outline;
        private int annexIndex;

        // outline: how many heading levels stand above the text: 0 on a page of its own, 2 for a text under a
        // report's section headings (its title is then an h3, not a second h1).
        public HtmlWriter(XmlWriter xml, ResolutionDocument document, FootnoteNumbering? numbering = null, string idPrefix = "", int outline = 0)
        {
            this.xml = xml;
            this.document = document;
            this.numbering = numbering ?? FootnoteNumbering.For(document);
            this.idPrefix = idPrefix;
            this.outline = outline;
        }

        /// <summary>
        /// "Preamble", or in a report "Preamble, " and the text's title: the regions of one page need distinct names,
        /// and labels repeat in a report whose sections each number their drafts from I.
        /// </summary>
        private string Named(string name) => outline > 0 && (document.Header.Title ?? document.Header.Label) is { } text ? name + ", " + text : name;

        /// <summary>The heading element of <paramref name="level"/> within the text, below the headings above it.</summary>
        private string H(int level) => "h" + System.Math.Min(6, level + outline).ToString(CultureInfo.InvariantCulture);

        public void Write()
        {
            var header = document.Header;
            xml.WriteStartElement("html", Xhtml);
            xml.WriteAttributeString("lang", header.Language.Code);
            xml.WriteAttributeString("xml", "lang", null, header.Language.Code);

            xml.WriteStartElement("head");
            xml.WriteStartElement("meta");
            xml.WriteAttributeString("charset", "utf-8");
            xml.WriteEndElement();
            Meta("viewport", "width=device-width, initial-scale=1");
            if (header.Symbol is { } symbol)
            {
                Meta("dcterms.identifier", symbol);
            }

            xml.WriteElementString("title", XmlText.Safe(PageTitle(header)));
            WriteStyle(xml);
            xml.WriteEndElement();

            xml.WriteStartElement("body");
            if (HeaderLines.HasHeaderBlock(header))
            {
                xml.WriteStartElement("header");
                xml.WriteAttributeString("class", "masthead");
                foreach (var line in HeaderLines.MastheadLines(header))
                {
                    Text("p", MastheadClass(line.Kind), line.Text);
                }

                Text("p", "session", HeaderLines.SessionLine(header));
                Text("p", "agenda-item", HeaderLines.AgendaLine(header));
                foreach (var title in HeaderLines.AgendaTitles(header))
                {
                    Text("p", "agenda-title", title);
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement("main");
            WriteContent();
            WriteFootnotes();
            xml.WriteEndElement(); // main
            xml.WriteEndElement(); // body
            xml.WriteEndElement(); // html
        }

        public void WriteContent()
        {
            var header = document.Header;
            xml.WriteStartElement("article");
            // A text without a title (a Council resolution) is named by its number line, "Resolution 2618 (2022)": the
            // page's heading.
            var adoption = HeaderLines.AdoptionLine(header, document.Parts.Count);
            Text("p", "draft-label sponsors", HeaderLines.SponsorsLine(header));
            Text(HeaderLines.TitleLine(header) is null && adoption is not null ? H(1) : "p", "adoption", adoption);
            Text("p", "reference", HeaderLines.ReferenceLine(header));
            Text("p", "draft-label", header.Label);
            WriteTitle(header);

            var multiPart = document.Parts.Count > 1;
            foreach (var part in document.Parts)
            {
                if (part.Designation is not null)
                {
                    xml.WriteStartElement("section");
                    xml.WriteAttributeString("class", "part");
                    xml.WriteAttributeString("id", idPrefix + "part-" + part.Designation);
                    if (part.DesignationNote is { } note)
                    {
                        // "B" with the footnote the UN sets on the designation of a part issued on its own.
                        var designation = new List<Inline> { new TextRun(part.Designation, SourceSpan.None) };
                        designation.AddRange(note.Inlines);
                        Inline(H(2), "part-designation", new InlineText(EquatableArray.From(designation)));
                    }
                    else
                    {
                        Text(H(2), "part-designation", part.Designation);
                    }
                    if (part.Title is { } partTitle)
                    {
                        Inline("p", "part-title", partTitle);
                    }
                }

                WritePart(part, (multiPart ? 3 : 2) + outline);
                if (multiPart)
                {
                    WriteClosing(header);
                }

                if (part.Designation is not null)
                {
                    xml.WriteEndElement();
                }
            }

            if (!multiPart)
            {
                WriteClosing(header);
            }

            xml.WriteEndElement(); // article

            foreach (var annex in document.Annexes)
            {
                annexIndex++;
                var id = idPrefix + "annex-" + annexIndex.ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("section");
                xml.WriteAttributeString("class", "annex");
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("aria-labelledby", id + "-label");
                xml.WriteStartElement(H(2));
                xml.WriteAttributeString("class", "annex-label");
                xml.WriteAttributeString("id", id + "-label");
                xml.WriteString(XmlText.Safe(annex.Label));
                xml.WriteEndElement();
                if (annex.Title is { } annexTitle)
                {
                    Inline(H(3), "annex-title", annexTitle);
                }

                Blocks(annex.Blocks, 4 + outline);
                xml.WriteEndElement();
            }

        }

        private static string PageTitle(DocumentHeader header)
        {
            var title = HeaderLines.TitleLine(header) ?? header.Label ?? header.Title ?? "Resolution";
            return header.Symbol is { } symbol ? symbol + ": " + title : title;
        }

        private static string MastheadClass(HeaderLineKind kind) => kind switch
        {
            HeaderLineKind.Symbol => "symbol",
            HeaderLineKind.Organ => "organ",
            HeaderLineKind.OriginalLanguage => "distribution original",
            _ => "distribution",
        };

        private void WriteTitle(DocumentHeader header)
        {
            if (HeaderLines.TitleLine(header) is not { } line)
            {
                return;
            }

            StartMixed(H(1), "title");
            if (header.Number is { } number && header.Title is not null && line.StartsWith(number + ". ", System.StringComparison.Ordinal))
            {
                Text("span", "number", number + ".");
                xml.WriteString(" " + XmlText.Safe(line.Substring(number.Length + 2)));
            }
            else
            {
                xml.WriteString(XmlText.Safe(line));
            }

            xml.WriteEndElement();
        }

        private void WritePart(DocumentPart part, int headingLevel)
        {
            var operative = part.OperativePart.ToList();
            if (part.Formula is { } formula)
            {
                if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                {
                    StartMixed("p", "text");
                    InlineContent(formula.Text);
                    xml.WriteString(" ");
                    InlineContent(first.Text);
                    xml.WriteEndElement();
                    Subparagraphs(first.Subparagraphs);
                    operative.RemoveAt(0);
                }
                else
                {
                    Inline("p", "formula", formula.Text);
                }
            }

            if (part.Preamble.Count > 0)
            {
                xml.WriteStartElement("section");
                xml.WriteAttributeString("class", "preamble");
                xml.WriteAttributeString("aria-label", Named("Preamble"));
                Blocks(part.Preamble, headingLevel);
                xml.WriteEndElement();
            }

            if (operative.Count > 0)
            {
                xml.WriteStartElement("section");
                xml.WriteAttributeString("class", "operative");
                xml.WriteAttributeString("aria-label", Named("Operative part"));
                Blocks(operative, headingLevel);
                xml.WriteEndElement();
            }
        }

        private void WriteClosing(DocumentHeader header)
        {
            var lines = HeaderLines.Closing(header).ToList();
            if (lines.Count == 0)
            {
                return;
            }

            StartMixed("p", "closing");
            WriteLines(xml, lines);
            xml.WriteEndElement();
        }

        public void WriteBlocks(IEnumerable<BodyBlock> blocks, int headingLevel) => Blocks(blocks, headingLevel);

        private void Blocks(IEnumerable<BodyBlock> blocks, int headingLevel)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case PreambularParagraph paragraph:
                        Inline("p", "preambular", paragraph.Text);
                        Subparagraphs(paragraph.Subparagraphs);
                        break;
                    case OperativeParagraph { Number: null } paragraph:
                        Inline("p", "text operative", paragraph.Text);
                        Subparagraphs(paragraph.Subparagraphs);
                        break;
                    case OperativeParagraph paragraph:
                        Numbered("numbered operative", paragraph.DisplayNumber, paragraph.Text, idPrefix + "para-" + paragraph.NumberKey);
                        Subparagraphs(paragraph.Subparagraphs);
                        break;
                    case TextParagraph { Label: null } paragraph:
                        Inline("p", "text", paragraph.Text);
                        Subparagraphs(paragraph.Subparagraphs);
                        break;
                    case TextParagraph paragraph:
                        Numbered("numbered", paragraph.DisplayLabel, paragraph.Text, null);
                        Subparagraphs(paragraph.Subparagraphs);
                        break;
                    case Heading heading:
                        Inline("h" + System.Math.Min(6, headingLevel + heading.Level - 1).ToString(CultureInfo.InvariantCulture), "heading", heading.Text);
                        break;
                    case Table table:
                        WriteTable(table);
                        break;
                }
            }
        }

        private void Numbered(string cssClass, string label, InlineText text, string? id)
        {
            StartMixed("p", cssClass, annexIndex == 0 ? id : null);

            Text("span", "num", label);
            xml.WriteString(" ");
            InlineContent(text);
            xml.WriteEndElement();
        }

        private void Subparagraphs(EquatableArray<Subparagraph> items)
        {
            if (items.IsEmpty)
            {
                return;
            }

            xml.WriteStartElement("ol");
            xml.WriteAttributeString("class", "subparagraphs");
            foreach (var item in items)
            {
                xml.WriteStartElement("li");
                xml.WriteString(string.Empty);
                if (item.DisplayLabel.Length > 0)
                {
                    Text("span", "num", item.DisplayLabel);
                    xml.WriteString(" ");
                }

                InlineContent(item.Text);
                Subparagraphs(item.Items);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private void WriteTable(Table table)
        {
            xml.WriteStartElement("table");
            foreach (var row in table.Rows)
            {
                xml.WriteStartElement("tr");
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    xml.WriteStartElement(row.IsHeader ? "th" : "td");
                    if (row.SpanOf(i) > 1)
                    {
                        xml.WriteAttributeString("colspan", row.SpanOf(i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    xml.WriteString(string.Empty);
                    InlineContent(row.Cells[i]);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        public void WriteFootnotes()
        {
            if (numbering.Ordered.Count == 0)
            {
                return;
            }

            // A page's notes, or a report text's, are a region named by its heading; the notes of a stretch of report
            // text are not (a report has many, and regions of one name are no help).
            var named = idPrefix.Length == 0 || (document.Header.Title ?? document.Header.Label) is not null;
            xml.WriteStartElement("section");
            xml.WriteAttributeString("class", "footnotes");
            if (named)
            {
                xml.WriteAttributeString("aria-labelledby", idPrefix + "footnotes-label");
            }

            // Named for screen readers and their heading list; the rule above the notes says it to the eye.
            xml.WriteStartElement(H(2));
            xml.WriteAttributeString("id", idPrefix + "footnotes-label");
            xml.WriteAttributeString("class", "visually-hidden");
            xml.WriteString(Named("Footnotes"));
            xml.WriteEndElement();
            xml.WriteStartElement("ol");
            foreach (var footnote in numbering.Ordered)
            {
                var number = NoteKey(footnote.Label);
                xml.WriteStartElement("li");
                xml.WriteAttributeString("id", idPrefix + "fn-" + number);
                if (FootnoteMark.Of(footnote.Label) is { } mark)
                {
                    // A note the UN marks with a symbol shows it in place of a number (the style sheet's ::marker).
                    xml.WriteAttributeString("data-mark", mark);
                }
                else
                {
                    xml.WriteAttributeString("value", number);
                }

                xml.WriteString(string.Empty);
                InlineContent(footnote.Text);
                var references = referenceCounts.TryGetValue(footnote.Label, out var count) ? count : 0;
                for (var i = 1; i <= references; i++)
                {
                    xml.WriteString(" ");
                    xml.WriteStartElement("a");
                    xml.WriteAttributeString("class", "backlink");
                    xml.WriteAttributeString("href", "#" + ReferenceId(number, i));
                    xml.WriteAttributeString("aria-label", references == 1 ? "Back to the text" : "Back to reference " + i.ToString(CultureInfo.InvariantCulture));
                    xml.WriteString("\u21A9");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        /// <summary>A note's part of its ids: its number, or for a note marked with a symbol its label ("*", "*b").</summary>
        private string NoteKey(string label) =>
            FootnoteMark.Of(label) is null ? (numbering.NumberOf(label) ?? 0).ToString(CultureInfo.InvariantCulture) : label;

        private string ReferenceId(string number, int occurrence) =>
            idPrefix + (occurrence == 1 ? "fnref-" + number : "fnref-" + number + "-" + occurrence.ToString(CultureInfo.InvariantCulture));

        private void Meta(string name, string content)
        {
            xml.WriteStartElement("meta");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("content", XmlText.Safe(content));
            xml.WriteEndElement();
        }

        private void Text(string element, string? cssClass, string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            xml.WriteStartElement(element);
            if (cssClass is not null)
            {
                xml.WriteAttributeString("class", cssClass);
            }

            xml.WriteString(XmlText.Safe(text!));
            xml.WriteEndElement();
        }

        private void Inline(string element, string? cssClass, InlineText text)
        {
            StartMixed(element, cssClass);
            InlineContent(text);
            xml.WriteEndElement();
        }

        /// <summary>Opens an element whose content mixes text and markup; the empty string stops the writer indenting inside it.</summary>
        private void StartMixed(string element, string? cssClass, string? id = null)
        {
            xml.WriteStartElement(element);
            if (id is not null)
            {
                xml.WriteAttributeString("id", id);
            }

            if (cssClass is not null)
            {
                xml.WriteAttributeString("class", cssClass);
            }

            xml.WriteString(string.Empty);
        }

        private void InlineContent(InlineText text) => new InlineWriter(this).Walk(text);

        /// <summary>Italics as <c>i</c>, bold as <c>b</c>, a link to a document as <c>a</c>, footnote markers as linked superscripts.</summary>
        private sealed class InlineWriter : InlineWalker
        {
            private readonly HtmlWriter writer;

            public InlineWriter(HtmlWriter writer) => this.writer = writer;

            protected override void VisitText(TextRun run) => writer.xml.WriteString(XmlText.Safe(run.Text));

            protected override void VisitEmphasis(Emphasis emphasis) => Element("i", emphasis.Content);

            protected override void VisitStrongEmphasis(StrongEmphasis strong) => Element("b", strong.Content);

            protected override void VisitLink(DocumentLink link)
            {
                if (DocumentLinks.AddressOf(link.Target) is not { } address)
                {
                    Walk(link.Content);
                    return;
                }

                writer.xml.WriteStartElement("a");
                writer.xml.WriteAttributeString("href", address);
                Walk(link.Content);
                writer.xml.WriteEndElement();
            }

            protected override void VisitFootnoteReference(FootnoteReference reference) => writer.WriteFootnoteReference(reference.Label);

            private void Element(string name, InlineText content)
            {
                writer.xml.WriteStartElement(name);
                Walk(content);
                writer.xml.WriteEndElement();
            }
        }

        private void WriteFootnoteReference(string label)
        {
            var number = NoteKey(label);
            var occurrence = referenceCounts.TryGetValue(label, out var count) ? count + 1 : 1;
            referenceCounts[label] = occurrence;
            xml.WriteStartElement("sup");
            xml.WriteStartElement("a");
            xml.WriteAttributeString("class", "footnote-ref");
            xml.WriteAttributeString("id", ReferenceId(number, occurrence));
            xml.WriteAttributeString("href", "#" + idPrefix + "fn-" + number);
            xml.WriteAttributeString("role", "doc-noteref");
            xml.WriteAttributeString("aria-label", "Footnote " + numbering.Printed(label));
            xml.WriteString(numbering.Printed(label));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
