using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
/// Word numbers footnotes itself, so the scheme is written as sections rather than as typed numbers: a commission
/// report is one section and Word's continuous count is the chapter's 1 to 72; a committee report puts each
/// recommended text, and each stretch of report text between them, in a section of its own (continuous breaks,
/// so the page flows on) whose footnote properties restart the count and say where it starts — 1 for a draft, the
/// next of the report's own numbers for report text. Word renders that exactly and keeps it right when the text is
/// edited, which custom footnote marks (literal numbers Word does not count) would not.
/// </remarks>
public static class ReportDocxRenderer
{
    /// <summary>Writes the report as DOCX to <paramref name="output"/>, which must be writable.</summary>
    public static void Write(ReportDocument report, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids, as DocxRenderer gives them: random ones would change the bytes each time.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxBodyWriter.Settings();
            var footnotes = main.AddNewPart<FootnotesPart>("rIdFootnotes");
            var docx = new DocxOutput();
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
        var restart = report.Header.FootnoteScheme == ReportFootnoteScheme.RestartPerText;
        Masthead(report.Header, docx);

        var sectionStart = 1;
        var sections = 0;
        var sectionEnd = 0;
        int? resumeAt = null;

        // A section is closed only when text follows it, so the last section always holds text: an empty last
        // section would carry the count the report's notes resume at, and LibreOffice takes the last section's
        // footnote start for the whole file (every block then began at 2).
        void StartSection(int firstNote)
        {
            if (docx.Body.ChildElements.Count > sectionEnd)
            {
                var properties = Section(furniture, sectionStart, restart, sections++);
                if (docx.Body.LastChild is Paragraph last)
                {
                    (last.ParagraphProperties ??= new ParagraphProperties()).Append(properties);
                }
                else
                {
                    docx.Body.Append(new Paragraph(new ParagraphProperties(properties)));
                }

                sectionEnd = docx.Body.ChildElements.Count;
            }

            sectionStart = firstNote;
        }

        foreach (var item in ReportFlow.Of(report, layout))
        {
            if (item is not RecommendedFlowItem recommended)
            {
                if (resumeAt is int next)
                {
                    StartSection(next);
                    resumeAt = null;
                }

                new DocxBodyWriter(item.Document, item.Numbering, docx).WriteText();
                continue;
            }

            if (restart)
            {
                StartSection(1);
            }

            var shown = recommended.Shown(layout);
            new DocxBodyWriter(shown, recommended.Numbering, docx).WriteText();

            // The report's own notes go on after the text from where they stood before it.
            resumeAt = restart ? recommended.NotesBefore + 1 : null;
        }

        docx.Body.Append(Section(furniture, sectionStart, restart, sections));
    }

    /// <summary>
    /// The properties of section <paramref name="index"/>: the UN page, the running heads on the first, and for a
    /// committee report the footnote count restarting at <paramref name="firstNote"/>; every section after the first
    /// begins on the same page (a continuous break) and keeps the first one's heads.
    /// </summary>
    private static SectionProperties Section(IReadOnlyList<OpenXmlElement> furniture, int firstNote, bool restart, int index)
    {
        var notes = restart
            ? new FootnoteProperties(
                new NumberingStart { Val = (ushort)firstNote },
                new NumberingRestart { Val = RestartNumberValues.EachSection })
            : null;
        return DocxBodyWriter.PageSection(index == 0 ? furniture : System.Array.Empty<OpenXmlElement>(), notes, continuous: index > 0);
    }

    /// <summary>
    /// The masthead as <see cref="ReportTextRenderer"/> prints it, each line in the style the UN sets it in: the
    /// symbol, the organ in bold over a rule, the distribution lines in the right-hand column, the session in bold
    /// and the agenda item in roman, the agenda item's title in bold, the report's title and the rapporteur.
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
            else
            {
                var style = paragraph == header.TitleLine ? DocxStyles.UnnumberedTitle
                    : paragraph == header.AgendaTitle ? DocxStyles.AgendaTitle
                    : DocxStyles.Rapporteur;
                writer.AddLines(style, paragraph);
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
