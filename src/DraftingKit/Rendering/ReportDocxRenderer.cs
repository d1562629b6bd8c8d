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
            WriteBody(report, docx);
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

    private static void WriteBody(ReportDocument report, DocxOutput docx)
    {
        var layout = ReportLayout.For(report);
        var restart = report.Header.FootnoteScheme == ReportFootnoteScheme.RestartPerText;
        Masthead(report.Header, docx);

        var sectionStart = 1;
        var sections = 0;
        var sectionEnd = 0;

        void EndSection(int nextStart)
        {
            // Nothing written since the last break (two texts in a row): the next section simply starts here.
            if (docx.Body.ChildElements.Count == sectionEnd)
            {
                sectionStart = nextStart;
                return;
            }

            var properties = Section(sectionStart, restart, sections++ > 0);
            if (docx.Body.LastChild is Paragraph last)
            {
                (last.ParagraphProperties ??= new ParagraphProperties()).Append(properties);
            }
            else
            {
                docx.Body.Append(new Paragraph(new ParagraphProperties(properties)));
            }

            sectionStart = nextStart;
            sectionEnd = docx.Body.ChildElements.Count;
        }

        foreach (var item in ReportFlow.Of(report, layout))
        {
            if (item is not RecommendedFlowItem recommended)
            {
                new DocxBodyWriter(item.Document, item.Numbering, docx).WriteText();
                continue;
            }

            if (restart)
            {
                EndSection(1);
            }

            var shown = recommended.Shown(layout);
            new DocxBodyWriter(shown, recommended.Numbering, docx).WriteText();
            if (restart)
            {
                // The report's own notes go on after the text from where they stood before it.
                EndSection(recommended.NotesBefore + 1);
            }
        }

        var final = Section(sectionStart, restart, sections > 0);
        docx.Body.Append(final);
    }

    /// <summary>
    /// The properties of one section: the UN page, and for a committee report the footnote count restarting at
    /// <paramref name="firstNote"/>; every section after the first begins on the same page (a continuous break).
    /// </summary>
    private static SectionProperties Section(int firstNote, bool restart, bool continuous)
    {
        var page = DocxBodyWriter.PageSection();
        var properties = new SectionProperties();
        if (restart)
        {
            properties.Append(new FootnoteProperties(
                new NumberingStart { Val = (ushort)firstNote },
                new NumberingRestart { Val = RestartNumberValues.EachSection }));
        }

        if (continuous)
        {
            properties.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }

        foreach (var child in page.ChildElements.ToList())
        {
            child.Remove();
            properties.Append(child);
        }

        return properties;
    }

    /// <summary>The masthead as <see cref="ReportTextRenderer"/> prints it, each paragraph in its header style.</summary>
    private static void Masthead(ReportHeader header, DocxOutput docx)
    {
        var empty = new ResolutionDocument(string.Empty, new DocumentHeader(), EquatableArray<DocumentPart>.Empty, EquatableArray<Annex>.Empty, EquatableArray<Footnote>.Empty);
        var writer = new DocxBodyWriter(empty, FootnoteNumbering.For(empty), docx);
        var paragraphs = ReportTextRenderer.HeaderParagraphs(header).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var style = i == 0 && header.Chapter is null ? DocxStyles.Distribution
                : paragraph == header.TitleLine || header.Chapter is not null ? DocxStyles.UnnumberedTitle
                : paragraph == header.AgendaTitle ? DocxStyles.AgendaTitle
                : i == 1 ? DocxStyles.Session
                : DocxStyles.TextParagraph;
            writer.AddLines(style, paragraph);
        }
    }
}
