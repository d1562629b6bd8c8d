using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Builds a Word document from the text of a seed, as a UN document would be: one Word paragraph per paragraph,
/// italic runs where the extraction has <c>*…*</c>, and real Word footnotes (a footnotes part, footnote
/// references in the runs) where it has <c>&lt;sup&gt;n&lt;/sup&gt;</c> markers and footnote texts. Test-side code:
/// it shares nothing with the importer.
/// </summary>
internal static class SeedDocx
{
    private static readonly Regex FootnoteText = new(@"^<sup>(\d+)</sup>\s+(.*)$");
    private static readonly Regex Token = new(@"\\[()\[\]*]|<sup>(\d+)</sup>|\[([^\]]*)\]\([^)]*\)|\*|[^\\<\[*]+|.");

    public static byte[] Build(string seedPath)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var hardBreak = false;
        foreach (var line in File.ReadAllLines(seedPath))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || hardBreak)
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
            }

            if (trimmed.Length > 0)
            {
                current.Append(current.Length > 0 ? " " : string.Empty).Append(Regex.Replace(trimmed, "^#{1,6} ", string.Empty).Replace("**", string.Empty));
            }

            hardBreak = line.EndsWith("  ");
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        var footnotes = new Dictionary<string, string>();
        var body = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var match = FootnoteText.Match(paragraph);
            if (match.Success)
            {
                footnotes[match.Groups[1].Value] = match.Groups[2].Value;
            }
            else if (paragraph != "---")
            {
                body.Add(paragraph);
            }
        }

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            foreach (var paragraph in body)
            {
                main.Document.Body!.Append(Paragraph(paragraph));
            }

            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            foreach (var (number, text) in footnotes)
            {
                var note = new Footnote { Id = long.Parse(number, System.Globalization.CultureInfo.InvariantCulture) };
                var paragraph = Paragraph(text);
                paragraph.PrependChild(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()));
                note.Append(paragraph);
                notes.Footnotes.Append(note);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text)
    {
        var paragraph = new Paragraph();
        var italic = false;
        foreach (Match token in Token.Matches(text))
        {
            var value = token.Value;
            if (value == "*")
            {
                italic = !italic;
            }
            else if (token.Groups[1].Success)
            {
                paragraph.Append(new Run(
                    new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                    new FootnoteReference { Id = long.Parse(token.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) }));
            }
            else
            {
                var words = token.Groups[2].Success ? Regex.Replace(token.Groups[2].Value, @"\\(.)", "$1") : value.StartsWith('\\') ? value.Substring(1) : value;
                var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(words) { Space = SpaceProcessingModeValues.Preserve });
                if (italic)
                {
                    run.PrependChild(new RunProperties(new Italic()));
                }

                paragraph.Append(run);
            }
        }

        return paragraph;
    }
}
