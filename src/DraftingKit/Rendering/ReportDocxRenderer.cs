using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;
using DraftingKit.Reports;
using Footnote = DraftingKit.Model.Footnote;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a report as one Word file: the masthead, the report's headings and numbered paragraphs, and each
/// recommended text as <see cref="DocxRenderer"/> lays it out, under the label the report gives it, with real Word
/// footnotes numbered by the report kind's scheme. The same report always gives the same bytes.
/// </summary>
/// <remarks>
/// A commission report numbers its notes through the chapter (1 to 72), which is Word's own count. A committee
/// report restarts at 1 in each recommended text and its own notes go on between them; that scheme is written as
/// custom marks carrying the number the report gives each note (<see cref="DocxOutput.WritesNoteNumbers"/>). Word
/// sections restarting the count said the same to Word, but LibreOffice drew them wrongly (every note 0 or 2).
/// </remarks>
public static class ReportDocxRenderer
{
    /// <summary>Writes the report as DOCX to <paramref name="output"/>, which must be writable.</summary>
    public static void Write(ReportDocument report, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // A note the UN marks with a symbol is a custom mark too; then every mark is written out.
            var layout = ReportLayout.For(report);
            var docx = new DocxOutput
            {
                WritesNoteNumbers = report.Header.FootnoteScheme == ReportFootnoteScheme.RestartPerText
                    || ReportFlow.Of(report, layout).Any(item => item.Numbering.HasMarks),
            };
            var (main, footnotes) = DocxPackage.AddParts(package, docx.WritesNoteNumbers);
            WriteBody(report, docx, DocxPageFurniture.Add(main, report.Header.Symbol));
            main.Document = new Document(docx.Body);
            footnotes.Footnotes = docx.Footnotes;

            // The agenda item's title is the report's title ("Crime prevention and criminal justice"), as the UN
            // catalogues reports; the symbol names the document.
            DocxRenderer.WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), report.Header.AgendaTitle ?? report.Header.TitleLine, report.Header.Symbol);
        }

        DocxPackage.CopyWithFixedTimes(buffer, output);
    }

    /// <summary>The report as DOCX bytes.</summary>
    public static byte[] Render(ReportDocument report)
    {
        using var output = new MemoryStream();
        Write(report, output);
        return output.ToArray();
    }

    private static void WriteBody(ReportDocument report, DocxOutput docx, IReadOnlyList<OpenXmlElement> furniture)
    {
        var layout = ReportLayout.For(report);
        Masthead(report.Header, docx);
        foreach (var item in ReportFlow.Of(report, layout))
        {
            var document = item is RecommendedFlowItem recommended ? recommended.Shown(layout) : item.Document;
            new DocxBodyWriter(document, item.Numbering, docx).WriteText();
        }

        docx.Body.Append(DocxBodyWriter.PageSection(furniture));
    }

    /// <summary>
    /// The masthead as <see cref="ReportTextRenderer"/> prints it, each line in the style the UN sets it in: the
    /// symbol, the organ in bold over a rule, the distribution lines in the right-hand column, the session in bold
    /// and the agenda item in roman, the agenda item's title in bold, the report's title and the rapporteur, the name in bold.
    /// </summary>
    private static void Masthead(ReportHeader header, DocxOutput docx)
    {
        var empty = new ResolutionDocument(string.Empty, new DocumentHeader(), EquatableArray<DocumentPart>.Empty, EquatableArray<Annex>.Empty, EquatableArray<Footnote>.Empty);
        var writer = new DocxBodyWriter(empty, FootnoteNumbering.For(empty), docx);
        var paragraphs = ReportTextRenderer.HeaderParagraphs(header).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (header.Chapter is not null)
            {
                writer.AddLines(DocxStyles.UnnumberedTitle, paragraph);
            }
            else if (i == 0)
            {
                MastheadLines(header, paragraph, writer);
            }
            else if (i == 1 && paragraph != header.AgendaTitle && paragraph != header.TitleLine)
            {
                foreach (var line in paragraph.Split('\n'))
                {
                    writer.AddLines(line.StartsWith("Agenda item", System.StringComparison.Ordinal) ? DocxStyles.AgendaItem : DocxStyles.Session, line);
                }
            }
            else if (paragraph == header.TitleLine || paragraph == header.AgendaTitle)
            {
                writer.AddLines(paragraph == header.TitleLine ? DocxStyles.UnnumberedTitle : DocxStyles.AgendaTitle, paragraph);
            }
            else if (ReportTextRenderer.RapporteurLine(header) is { } rapporteur && paragraph == rapporteur.PlainText)
            {
                writer.AddInline(DocxStyles.Rapporteur, rapporteur);
            }
            else
            {
                writer.AddLines(DocxStyles.Rapporteur, paragraph);
            }
        }
    }

    /// <summary>The first block of the masthead: symbol and organ on lines of their own, then the distribution lines.</summary>
    private static void MastheadLines(ReportHeader header, string paragraph, DocxBodyWriter writer)
    {
        var distribution = new List<string>();
        foreach (var line in paragraph.Split('\n'))
        {
            if (line == header.Symbol)
            {
                writer.AddLines(DocxStyles.Symbol, line);
            }
            else if (line == header.Organ.Name && distribution.Count == 0)
            {
                writer.AddLines(DocxStyles.Organ, line);
            }
            else
            {
                distribution.Add(line);
            }
        }

        if (distribution.Count > 0)
        {
            writer.AddLines(DocxStyles.Distribution, string.Join("\n", distribution));
        }
    }
}
