using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a report as one HTML page: the masthead, the report's headings and numbered paragraphs, and each
/// recommended text as <see cref="HtmlRenderer"/> writes it, in a section of its own with its own ids. Footnotes
/// follow the report kind's scheme, as in <see cref="ReportTextRenderer"/>.
/// </summary>
public static class ReportHtmlRenderer
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The report as an HTML page (UTF-8 text, LF line ends).</summary>
    public static string Render(ReportDocument report)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        output.Write("<!DOCTYPE html>\n");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", ConformanceLevel = ConformanceLevel.Fragment };
        using (var xml = XmlWriter.Create(output, settings))
        {
            Write(xml, report);
        }

        output.Write('\n');
        return output.ToString();
    }

    private static void Write(XmlWriter xml, ReportDocument report)
    {
        var layout = ReportLayout.For(report);
        var header = report.Header;
        xml.WriteStartElement("html", Xhtml);
        xml.WriteAttributeString("lang", "en");
        xml.WriteAttributeString("xml", "lang", null, "en");
        xml.WriteStartElement("head");
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("charset", "utf-8");
        xml.WriteEndElement();
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("name", "viewport");
        xml.WriteAttributeString("content", "width=device-width, initial-scale=1");
        xml.WriteEndElement();
        xml.WriteElementString("title", XmlText.Safe(header.TitleLine ?? (header.Chapter is { } chapter ? "Chapter " + chapter : "Report")));
        xml.WriteStartElement("style");
        xml.WriteString(HtmlRenderer.StyleSheet);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("body");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("class", "masthead");
        foreach (var paragraph in ReportTextRenderer.HeaderParagraphs(header))
        {
            xml.WriteStartElement(paragraph == header.TitleLine ? "h1" : "p");
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    xml.WriteStartElement("br");
                    xml.WriteEndElement();
                }

                xml.WriteString(XmlText.Safe(lines[i]));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("main");
        Body(xml, report, layout);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Body(XmlWriter xml, ReportDocument report, ReportLayout layout)
    {
        var continuous = report.Header.FootnoteScheme == ReportFootnoteScheme.Continuous;
        var cited = new HashSet<string>(System.StringComparer.Ordinal);
        var segment = new List<BodyBlock>();
        var count = 0;
        var segments = 0;
        var texts = 0;

        void Flush()
        {
            if (segment.Count == 0)
            {
                return;
            }

            // The report's notes first cited in this stretch of report text, numbered on from those before.
            var notes = new List<Footnote>();
            foreach (var text in DocumentText.Blocks(EquatableArray.From(segment)))
            {
                foreach (var reference in text.FootnoteReferences())
                {
                    if (cited.Add(reference.Label))
                    {
                        foreach (var footnote in report.Footnotes)
                        {
                            if (footnote.Label == reference.Label)
                            {
                                notes.Add(footnote);
                                break;
                            }
                        }
                    }
                }
            }

            var part = new DocumentPart(null, null, null, EquatableArray<BodyBlock>.Empty, EquatableArray.From(segment), SourceSpan.None);
            var document = new ResolutionDocument(report.Path, new DocumentHeader(), EquatableArray.Create(part), EquatableArray<Annex>.Empty, EquatableArray.From(notes));
            var numbering = FootnoteNumbering.For(document, count + 1);
            count += numbering.Count;
            HtmlRenderer.WriteBlocks(xml, document, numbering, "report-" + (++segments).ToString(CultureInfo.InvariantCulture) + "-");
            segment.Clear();
        }

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    segment.Add(new Heading(CrossReferenceTokens.Resolve(heading.Text, layout), heading.Level, heading.Span));
                    break;
                case ReportParagraph paragraph:
                    segment.Add(new TextParagraph(Number(layout, block), CrossReferenceTokens.Resolve(paragraph.Text, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case ProceedingParagraph proceeding:
                    segment.Add(new TextParagraph(Number(layout, block), ProceedingNarrative.Write(proceeding.Proceeding, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case ReportText line:
                    segment.Add(new TextParagraph(null, CrossReferenceTokens.Resolve(line.Text, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case RecommendedText recommended when recommended.Document is { } document:
                    Flush();
                    var shown = document with { Header = document.Header with { Label = layout.LabelOf(recommended) } };
                    var numbering = FootnoteNumbering.For(shown, continuous ? count + 1 : 1);
                    if (continuous)
                    {
                        count += numbering.Count;
                    }

                    HtmlRenderer.WriteSection(xml, shown, numbering, "text-" + (++texts).ToString(CultureInfo.InvariantCulture) + "-", "recommended-text");
                    break;
            }
        }

        Flush();
    }

    private static string? Number(ReportLayout layout, ReportBlock block) =>
        layout.NumberOf(block) is int number ? number.ToString(CultureInfo.InvariantCulture) : null;
}
