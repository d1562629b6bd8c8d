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
            HtmlRenderer.WriteLines(xml, paragraph.Split('\n'));
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
                HtmlRenderer.WriteBlocks(xml, item.Document, item.Numbering, "report-" + (++segments).ToString(CultureInfo.InvariantCulture) + "-");
            }
        }
    }
}
