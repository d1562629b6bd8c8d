using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Reports;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// The seed reports as Word files: valid Open XML, real footnotes, and the numbers Word prints for them — worked out
/// from the section properties as Word counts — following the report kind's scheme.
/// </summary>
public sealed class ReportDocxRendererTests
{
    private const string Committee = "000_88cf70b5d62246a4";
    private const string Commission = "001_5c6eab6134220b08";

    private static ReportDocument Report(string seed) => ReportReader.ReadFile(ReportSeeds.ReportPath(seed)).Report;

    private static WordprocessingDocument Open(string seed) =>
        WordprocessingDocument.Open(new MemoryStream(ReportDocxRenderer.Render(Report(seed))), false);

    [Theory]
    [InlineData(Committee)]
    [InlineData(Commission)]
    [InlineData("002_1571e35c9475b5fc")]
    public void Open_XML_validator_reports_no_errors(string seed)
    {
        using var package = Open(seed);

        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Core_properties_name_the_agenda_item_as_title_and_the_symbol_as_subject()
    {
        var path = ReportSeeds.ReportPath(Committee);
        var text = File.ReadAllText(path).Replace("kind: committee-report\n", "kind: committee-report\nsymbol: A/72/428\n", StringComparison.Ordinal);
        var report = ReportReader.Read(path, text).Report;
        using var package = WordprocessingDocument.Open(new MemoryStream(ReportDocxRenderer.Render(report)), false);

        Assert.Equal("A/72/428", report.Header.Symbol);
        Assert.Equal("Crime prevention and criminal justice", package.PackageProperties.Title);
        Assert.Equal("A/72/428", package.PackageProperties.Subject);
        Assert.Equal("A/72/428", package.PackageProperties.Identifier);
        Assert.Equal("en-GB", package.PackageProperties.Language);
    }

    [Fact]
    public void Two_renderings_are_byte_identical()
    {
        var report = Report(Committee);

        Assert.Equal(ReportDocxRenderer.Render(report), ReportDocxRenderer.Render(report));
    }

    [Fact]
    public void Committee_report_footnotes_print_1_for_the_report_and_restart_at_1_in_each_draft()
    {
        using var package = Open(Committee);
        var printed = PrintedNumbers(package);

        // The report's note 1, then draft resolution I's 1–5 and draft resolution II's 1–14, as seed 000 prints them.
        Assert.Equal(new[] { 1, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 1 }, printed.Take(21));
        Assert.Equal(TextRendererNumbers(Report(Committee)), printed);
    }

    [Fact]
    public void A_report_note_after_the_drafts_goes_on_from_the_report_count_not_from_the_draft_count()
    {
        var body = "## A. Drafts\n\n1. The report's own note.[^a]\n\n[^a]: A/C.3/72/SR.5.\n\n2. The following draft resolutions are recommended:\n\n"
            + ReportText.Include("draft-resolution-I") + ReportText.Include("draft-resolution-II")
            + "## B. More\n\n3. Another note.[^b]\n\n[^b]: A/C.3/72/SR.6.\n";
        var read = ReportText.Read(body);
        Assert.Empty(read.Diagnostics);
        using var package = WordprocessingDocument.Open(new MemoryStream(ReportDocxRenderer.Render(read.Report)), false);

        Assert.Equal(new[] { 1, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2 }, PrintedNumbers(package));
        Assert.Empty(new OpenXmlValidator().Validate(package));
    }

    [Fact]
    public void Commission_report_footnotes_run_1_to_72_in_one_section()
    {
        using var package = Open(Commission);
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal(Enumerable.Range(1, 72), PrintedNumbers(package));
        Assert.DoesNotContain(body.Descendants<ParagraphProperties>(), p => p.GetFirstChild<SectionProperties>() is not null);
        Assert.Null(body.GetFirstChild<SectionProperties>()!.GetFirstChild<FootnoteProperties>());
    }

    [Theory]
    [InlineData(Committee)]
    [InlineData(Commission)]
    public void Footnote_texts_are_the_notes_of_the_UN_text_in_order(string seed)
    {
        using var package = Open(seed);
        // The note's text after its mark (Word's mark, or the number a custom mark writes out).
        var notes = package.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).OrderBy(f => f.Id!.Value)
            .Select(f => string.Concat(f.Descendants<Run>().SkipWhile(r => r.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference").Select(r => r.InnerText))).ToList();

        Assert.Equal(TextRendererNotes(Report(seed)).Select(note => note.Text), notes);
    }

    [Theory]
    [InlineData(Committee)]
    [InlineData(Commission)]
    public void Report_reads_back_through_the_Word_importer_as_the_UN_text(string seed)
    {
        var report = Report(seed);
        var read = DocxReader.ToSourceText(new MemoryStream(ReportDocxRenderer.Render(report)));

        // The importer's text with its marks taken off (italics, hard line breaks) is the UN text, paragraph by
        // paragraph. The importer reads a note's mark as its Word id, not as the number Word prints, so the marks are
        // left out on both sides: the numbers are the subject of the footnote numbering tests above.
        var paragraphs = read.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("<sup>", StringComparison.Ordinal))
            .Select(p => Regex.Replace(p.Replace("*", string.Empty, StringComparison.Ordinal).Replace("  \n", "\n", StringComparison.Ordinal), "<sup>[0-9]+</sup>", string.Empty))
            .ToList();
        var expected = ReportTextRenderer.Paragraphs(report).Where(p => !TextRendererNotes(p).HasValue).Select(p => Regex.Replace(p, "[⁰¹²³⁴⁵⁶⁷⁸⁹]+", string.Empty)).ToList();

        // The masthead's lines stand in the paragraphs of their styles (symbol, organ, distribution, session, agenda
        // item), not grouped as the text prints them: its lines are compared in order, the body paragraph by paragraph.
        var header = ReportTextRenderer.HeaderParagraphs(report.Header).SelectMany(p => p.Split('\n')).ToList();
        var readHeader = new List<string>();
        while (readHeader.Count < header.Count && paragraphs.Count > 0)
        {
            readHeader.AddRange(paragraphs[0].Split('\n'));
            paragraphs.RemoveAt(0);
        }

        Assert.Equal(header, readHeader);
        Assert.Equal(expected.Skip(ReportTextRenderer.HeaderParagraphs(report.Header).Count()), paragraphs);
    }

    /// <summary>
    /// The number Word prints for each footnote, in the order of the footnotes: a custom mark prints its written number;
    /// otherwise a section that restarts its count
    /// begins at its start number; a document without footnote properties counts from 1 through the whole body. The
    /// properties of a section stand on its last paragraph, those of the last section at the end of the body.
    /// </summary>
    private static List<int> PrintedNumbers(WordprocessingDocument package)
    {
        var body = package.MainDocumentPart!.Document!.Body!;
        var numbers = new List<int>();
        var pending = new List<FootnoteReference>();
        var counter = 0;

        void Close(SectionProperties? section)
        {
            var properties = section?.GetFirstChild<FootnoteProperties>();
            if (properties?.GetFirstChild<NumberingRestart>()?.Val?.Value == RestartNumberValues.EachSection)
            {
                counter = (properties.GetFirstChild<NumberingStart>()?.Val?.Value ?? 1) - 1;
            }

            foreach (var reference in pending)
            {
                // A custom mark prints the number written after it in its run and the digits in the runs of the note
                // reference style straight after it; Word's count goes on regardless.
                ++counter;
                numbers.Add(reference.CustomMarkFollows?.Value == true
                    ? int.Parse(CustomMark((Run)reference.Parent!), CultureInfo.InvariantCulture)
                    : counter);
            }

            pending.Clear();
        }

        foreach (var paragraph in body.Elements<Paragraph>().Concat(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().SelectMany(t => t.Descendants<Paragraph>())).OrderBy(p => Position(body, p)))
        {
            pending.AddRange(paragraph.Descendants<FootnoteReference>());
            if (paragraph.ParagraphProperties?.GetFirstChild<SectionProperties>() is { } section)
            {
                Close(section);
            }
        }

        Close(body.GetFirstChild<SectionProperties>());
        return numbers;
    }

    private static string CustomMark(Run run)
    {
        var text = run.InnerText;
        for (var next = run.NextSibling(); next is Run digits && digits.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference"
            && digits.GetFirstChild<FootnoteReference>() is null && digits.InnerText.Length > 0 && digits.InnerText.All(char.IsDigit); next = next.NextSibling())
        {
            text += digits.InnerText;
        }

        return text;
    }

    private static int Position(DocumentFormat.OpenXml.OpenXmlElement body, DocumentFormat.OpenXml.OpenXmlElement element)
    {
        while (element.Parent != body)
        {
            element = element.Parent!;
        }

        return body.ChildElements.ToList().IndexOf(element);
    }

    private static IEnumerable<int> TextRendererNumbers(ReportDocument report) => TextRendererNotes(report).Select(note => note.Number);

    /// <summary>The notes ReportTextRenderer prints ("¹ Resolution 46/152, annex."), with the number read off the superscript.</summary>
    private static List<(int Number, string Text)> TextRendererNotes(ReportDocument report) =>
        ReportTextRenderer.Paragraphs(report).Select(TextRendererNotes).Where(note => note.HasValue).Select(note => note!.Value).ToList();

    private static (int Number, string Text)? TextRendererNotes(string paragraph)
    {
        const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var digits = paragraph.TakeWhile(c => Superscripts.IndexOf(c) >= 0).Count();
        if (digits == 0 || digits >= paragraph.Length || paragraph[digits] != ' ')
        {
            return null;
        }

        var number = int.Parse(string.Concat(paragraph.Take(digits).Select(c => (char)('0' + Superscripts.IndexOf(c)))), CultureInfo.InvariantCulture);
        return (number, paragraph.Substring(digits + 1));
    }
}
