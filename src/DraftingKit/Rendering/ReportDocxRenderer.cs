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

        var cited = new HashSet<string>(System.StringComparer.Ordinal);
        var segment = new List<BodyBlock>();
        var count = 0;
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
                    if (cited.Add(reference.Label) && report.Footnotes.FirstOrDefault(f => f.Label == reference.Label) is { } footnote)
                    {
                        notes.Add(footnote);
                    }
                }
            }

            var part = new DocumentPart(null, null, null, EquatableArray<BodyBlock>.Empty, EquatableArray.From(segment), SourceSpan.None);
            var document = new ResolutionDocument(report.Path, new DocumentHeader(), EquatableArray.Create(part), EquatableArray<Annex>.Empty, EquatableArray.From(notes));
            var numbering = FootnoteNumbering.For(document, count + 1);
            count += numbering.Count;
            new DocxBodyWriter(document, numbering, docx).WriteText();
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
                    if (restart)
                    {
                        EndSection(1);
                    }

                    var shown = Numbered(document with { Header = document.Header with { Label = layout.LabelOf(recommended) } }, layout.NumberOf(block));
                    var numbering = FootnoteNumbering.For(shown, restart ? 1 : count + 1);
                    if (!restart)
                    {
                        count += numbering.Count;
                    }

                    new DocxBodyWriter(shown, numbering, docx).WriteText();
                    if (restart)
                    {
                        EndSection(count + 1);
                    }

                    break;
            }
        }

        Flush();
        var final = Section(sectionStart, restart, sections > 0);
        docx.Body.Append(final);
    }

    /// <summary>
    /// A decision of one sentence takes the report's paragraph number before its formula (seed 001, draft decision
    /// III: "4. The Economic and Social Council decides …").
    /// </summary>
    private static ResolutionDocument Numbered(ResolutionDocument document, int? number)
    {
        if (number is null || document.Parts.Count == 0 || document.Parts[0].Formula is not { } formula)
        {
            return document;
        }

        var inlines = new List<Inline> { new TextRun(number.Value.ToString(CultureInfo.InvariantCulture) + ". ", SourceSpan.None) };
        inlines.AddRange(formula.Text.Inlines);
        var parts = document.Parts.ToList();
        parts[0] = parts[0] with { Formula = formula with { Text = new InlineText(EquatableArray.From(inlines)) } };
        return document with { Parts = EquatableArray.From(parts) };
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

    private static string? Number(ReportLayout layout, ReportBlock block) =>
        layout.NumberOf(block) is int number ? number.ToString(CultureInfo.InvariantCulture) : null;
}
