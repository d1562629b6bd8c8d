using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// Applies a Word file's tracked changes the way Word's "Accept all" and "Reject all" do, read back with the Open XML
/// SDK: accepting keeps insertions and drops deletions (and paragraphs whose mark is deleted); rejecting the reverse,
/// restoring former paragraph styles. Each paragraph reads as "style|text", a footnote marker as the text of its note
/// in brackets, a table row as its cells joined by tabs; empty paragraphs are left out.
/// </summary>
internal static class TrackedChanges
{
    public static List<string> Accept(byte[] docx) => Read(docx, accept: true);

    public static List<string> Reject(byte[] docx) => Read(docx, accept: false);

    /// <summary>The paragraphs of a file that holds no tracked change (fails when it does).</summary>
    public static List<string> Plain(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(package.MainDocumentPart!.Document!.Descendants<InsertedRun>());
        Assert.Empty(package.MainDocumentPart!.Document!.Descendants<DeletedRun>());
        return Read(docx, accept: true);
    }

    private static List<string> Read(byte[] docx, bool accept)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = package.MainDocumentPart!;
        var notes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().ToDictionary(note => (long)note.Id!.Value, note => note)
            ?? new Dictionary<long, Footnote>();
        var lines = new List<string>();
        foreach (var block in main.Document!.Body!.ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
                    if ((accept && mark?.GetFirstChild<Deleted>() is not null) || (!accept && mark?.GetFirstChild<Inserted>() is not null))
                    {
                        continue;
                    }

                    var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
                    if (!accept && paragraph.ParagraphProperties?.ParagraphPropertiesChange is { } change)
                    {
                        style = change.ParagraphPropertiesExtended?.ParagraphStyleId?.Val?.Value ?? string.Empty;
                    }

                    Add(lines, style, Text(paragraph, notes, accept));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        Add(lines, "UNTableText", string.Join("\t", row.Elements<TableCell>().Select(cell => string.Concat(cell.Elements<Paragraph>().Select(p => Text(p, notes, accept))))));
                    }

                    break;
            }
        }

        return lines;
    }

    private static void Add(List<string> lines, string style, string text)
    {
        if (text.Length > 0)
        {
            lines.Add(style + "|" + text);
        }
    }

    private static string Text(OpenXmlElement element, Dictionary<long, Footnote> notes, bool accept)
    {
        var text = new StringBuilder();
        Append(text, element, notes, accept);
        return text.ToString();
    }

    private static void Append(StringBuilder text, OpenXmlElement element, Dictionary<long, Footnote> notes, bool accept)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or RunProperties:
                    break;
                case DeletedRun when accept:
                case InsertedRun when !accept:
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case DeletedText d:
                    text.Append(d.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break:
                    text.Append('\n');
                    break;
                case FootnoteReference reference:
                    text.Append("[^").Append(Text(notes[reference.Id!.Value], notes, accept)).Append(']');
                    break;
                case SimpleField field:
                    // A repeated marker (NOTEREF to the first): the note it repeats.
                    text.Append("[^ref]");
                    break;
                default:
                    Append(text, child, notes, accept);
                    break;
            }
        }
    }
}
