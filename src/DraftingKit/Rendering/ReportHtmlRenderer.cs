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
        HtmlRenderer.WriteStyle(xml);
        xml.WriteEndElement();

        xml.WriteStartElement("body");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("class", "masthead");
        Masthead(xml, header);

        xml.WriteEndElement();
        xml.WriteStartElement("main");
        Body(xml, report, layout);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// The masthead as <see cref="ReportTextRenderer"/> prints it, each line in the class the resolution page gives
    /// it: symbol, organ, the distribution lines in the right-hand column, session and agenda item, the agenda
    /// item's title, the report's title as the page's h1 and the rapporteur.
    /// </summary>
    private static void Masthead(XmlWriter xml, ReportHeader header)
    {
        var paragraphs = ReportTextRenderer.HeaderParagraphs(header).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (header.Chapter is null && i == 0)
            {
                var distribution = new List<string>();
                foreach (var line in paragraph.Split('\n'))
                {
                    if (line == header.Symbol)
                    {
                        Line(xml, "p", "symbol", line);
                    }
                    else if (line == header.Organ.Name && distribution.Count == 0)
                    {
                        Line(xml, "p", "organ", line);
                    }
                    else
                    {
                        distribution.Add(line);
                    }
                }

                if (distribution.Count > 0)
                {
                    xml.WriteStartElement("p");
                    xml.WriteAttributeString("class", "distribution");
                    HtmlRenderer.WriteLines(xml, distribution);
                    xml.WriteEndElement();
                }

                continue;
            }

            var title = paragraph == header.TitleLine || (header.Chapter is not null && i == 0);
            var css = title ? "title"
                : paragraph == header.AgendaTitle ? "agenda-title"
                : header.Chapter is not null ? "title"
                : paragraph.StartsWith("Rapporteur", System.StringComparison.Ordinal) ? "rapporteur"
                : "session";
            if (css == "session")
            {
                foreach (var line in paragraph.Split('\n'))
                {
                    Line(xml, "p", line.StartsWith("Agenda item", System.StringComparison.Ordinal) ? "agenda-item" : "session", line);
                }

                continue;
            }

            xml.WriteStartElement(title ? "h1" : "p");
            xml.WriteAttributeString("class", css);
            if (css == "rapporteur" && ReportTextRenderer.RapporteurLine(header) is { } rapporteur && paragraph == rapporteur.PlainText)
            {
                // The name in bold, as the UN prints it.
                foreach (var run in rapporteur.Inlines)
                {
                    if (run is StrongEmphasis strong)
                    {
                        xml.WriteElementString("b", XmlText.Safe(strong.Content.PlainText));
                    }
                    else if (run is TextRun text)
                    {
                        xml.WriteString(XmlText.Safe(text.Text));
                    }
                }
            }
            else
            {
                HtmlRenderer.WriteLines(xml, paragraph.Split('\n'));
            }

            xml.WriteEndElement();
        }
    }

    private static void Line(XmlWriter xml, string element, string css, string text)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("class", css);
        xml.WriteString(XmlText.Safe(text));
        xml.WriteEndElement();
    }

    private static void Body(XmlWriter xml, ReportDocument report, ReportLayout layout)
    {
        var topHeading = report.Blocks.OfType<ReportHeading>().Select(heading => heading.Level).DefaultIfEmpty(1).Min();
        var segments = 0;
        var texts = 0;
        foreach (var item in ReportFlow.Of(report, layout))
        {
            if (item is RecommendedFlowItem recommended)
            {
                var shown = recommended.Shown(layout);
                HtmlRenderer.WriteSection(xml, shown, recommended.Numbering, "text-" + (++texts).ToString(CultureInfo.InvariantCulture) + "-", "recommended-text");
            }
            else
            {
                HtmlRenderer.WriteBlocks(xml, item.Document, item.Numbering, "report-" + (++segments).ToString(CultureInfo.InvariantCulture) + "-", topHeading);
            }
        }
    }
}
