using System.IO;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Imports UN documents into the model, one <see cref="ResolutionDocument"/> per resolution or decision they
/// contain: committee and commission reports (their draft resolutions and decisions, drafts quoted in report
/// paragraphs, resolutions brought to the Council's attention) and adopted resolutions published on their own.
/// Inputs are the text extractions (plain text with superscript footnote markers, or markdown-flavoured with
/// <c>&lt;sup&gt;</c> markers) and Word documents. It never throws on bad input and never drops text silently:
/// what it cannot place is reported with the line it came from.
/// </summary>
public static class UnDocumentImporter
{
    /// <summary>Imports the file at <paramref name="path"/>: <c>.docx</c> as Word, <c>.res.md</c> as a template, anything else as text.</summary>
    public static ImportResult ImportFile(string path)
    {
        var word = path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        var limit = word ? Security.InputLimits.DocxBytes : Security.InputLimits.ImportBytes;
        if (Security.InputChecks.FileTooLarge(path, limit, word ? Security.InputChecks.WordFiles : Security.InputChecks.ImportedFiles) is { } refusal)
        {
            return new ImportResult(Array.Empty<ImportedText>(), new[] { refusal });
        }

        try
        {
            if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = File.OpenRead(path);
                return ImportDocx(path, stream);
            }

            if (Templates.TemplateFile.IsTemplate(path))
            {
                var read = TemplateReader.ReadFile(path);
                return new ImportResult(new[] { new ImportedText(Path.GetFileName(path), read.Document) }, read.Diagnostics);
            }

            var bytes = File.ReadAllBytes(path);
            return ImportText(path, new System.Text.UTF8Encoding(false, false).GetString(bytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, exception.Message);
        }
    }

    /// <summary>Imports a Word document.</summary>
    public static ImportResult ImportDocx(string path, Stream stream)
    {
        if (Security.DocxPackageGuard.Check(path, stream, out var package) is { } refusal)
        {
            return new ImportResult(Array.Empty<ImportedText>(), new[] { refusal });
        }

        string text;
        DocumentLanguage? language;
        try
        {
            text = DocxReader.ToSourceText(package, out language);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged package fails deep inside System.IO.Packaging and the Open XML SDK with many exception
            // types (FileFormatException, InvalidDataException, XmlException …); each is the same finding.
            return Unreadable(path, exception.Message);
        }

        return ImportText(path, text, language, setsItalics: true);
    }

    /// <summary>Imports the text extraction of a UN document.</summary>
    public static ImportResult ImportText(string path, string text) => ImportText(path, text, declared: null, setsItalics: false);

    /// <summary>
    /// Imports the text extraction of a UN document whose file declares its language (<paramref name="declared"/>,
    /// Word's <c>w:lang</c>). The text's own words say its language where the project holds that language's header
    /// words (English, French: "Distr. générale", "L’Assemblée générale,"); the declaration says it for the others.
    /// A source that <paramref name="setsItalics"/> (Word) keeps its italics as it sets them; a plain text gets back the
    /// italics of the titles its notes and text cite (<see cref="TitleEmphasis"/>) and of the verb after an operative
    /// paragraph's opening participle clause (<see cref="ClauseVerbEmphasis"/>).
    /// </summary>
    internal static ImportResult ImportText(string path, string text, DocumentLanguage? declared, bool setsItalics)
    {
        if (Security.InputChecks.Text(path, text, Security.InputLimits.ImportBytes, Security.InputChecks.ImportedFiles) is { } refusal)
        {
            return new ImportResult(Array.Empty<ImportedText>(), new[] { refusal });
        }

        // A plain text may come from another extractor than pdftotext: its ways are undone first (ExtractorText).
        // A Word document's text is the project's own reading and keeps its spaces. Findings are placed in the file as
        // it is, whatever was undone (FilePositions).
        var file = text;
        if (!setsItalics)
        {
            text = ExtractorText.Normalize(text);
        }

        var diagnostics = new List<DraftingDiagnostic>();
        var vocabulary = LeadVocabulary.Default;

        // Where a paragraph opens, the leads of the text's language say; in English the Council's are evidence too,
        // while what a lead is stays the Assembly's.
        var openers = LeadVocabulary.OpenersFor(FirstFormula.LanguageOf(text));
        var unpaged = FlowingText.Unpaged(LaidOutText.Paragraphs(text.Replace("\r\n", "\n")), openers);
        var blocks = NoteAcrossPage.Join(TextSplitter.Split(path, unpaged));
        blocks = BareMarkers.Restore(PageStitcher.Stitch(blocks, PageLayout.WidthOf(PageLayout.TextLines(unpaged.Split('\n'))), openers));
        var footnotes = blocks.FindAll(block => block.Kind == SourceBlockKind.FootnoteText);
        var segments = ReportSplitter.Split(blocks, diagnostics);

        var documents = new List<ResolutionDocument>();
        var stems = new List<string>();
        foreach (var segment in segments)
        {
            // A text's leads are read in its language: the cover's, else its formula's ("L’Assemblée générale,").
            var language = segment.Header?.Language is { IsEnglish: false } covered ? covered : LanguageOf(segment);
            var document = new TextAssembler(path, language.IsEnglish ? vocabulary : LeadVocabulary.For(language), diagnostics).Build(segment);
            if (document is null)
            {
                continue;
            }

            if (declared is not null && document.Header.Language.IsEnglish && HeaderWording.For(declared).Language != declared)
            {
                document = document with { Header = document.Header with { Language = declared } };
            }

            document = FootnoteGatherer.Attach(document, segment, footnotes, diagnostics);
            documents.Add(setsItalics ? document : TitleEmphasis.Restore(ClauseVerbEmphasis.Restore(document)));
            stems.Add(TemplateNaming.Stem(segment, document.Header));
        }

        if (documents.Count == 0)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.NoTextFound, new SourceSpan(path, 0, 0, 1, 1, 1, 1)));
        }

        var names = TemplateNaming.Unique(stems);
        var texts = new List<ImportedText>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            texts.Add(new ImportedText(names[i], documents[i]));
        }

        // The findings stand in the unpaged text; the user reads the file.
        diagnostics = FilePositions.InFile(path, file, unpaged, diagnostics);
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new ImportResult(texts, diagnostics);
    }

    private static DocumentLanguage LanguageOf(TextSegment segment)
    {
        foreach (var block in segment.Body)
        {
            if (TextAssembler.FormulaSubject(block.Text) is { } subject)
            {
                return TextAssembler.FormulaLanguage(subject);
            }
        }

        return DocumentLanguage.English;
    }

    private static ImportResult Unreadable(string path, string message) =>
        new(Array.Empty<ImportedText>(), new[] { DraftingDiagnostic.Create(ImportDiagnostics.UnreadableInput, new SourceSpan(path, 0, 0, 1, 1, 1, 1), message) });
}
