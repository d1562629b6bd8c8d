using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A one-resolution text as a PDF's text layer gives it: the paragraphs, then a rule line and the notes numbered with
/// plain digits; and the paragraphs read back with their markers as "[n]".
/// </summary>
internal static class NoteLayer
{
    public static ResolutionDocument ImportOne(string title, string body, params string[] notes)
    {
        var text = "Draft resolution I\n\n" + title + "\n\nThe General Assembly,\n\n" + body
            + "\n\n__________________\n" + string.Join("\n", notes.Select((note, i) => (i + 1) + " " + note)) + "\n";
        var result = UnDocumentImporter.ImportText("layer.txt", text);
        return Assert.Single(result.Texts).Document;
    }

    /// <summary>Every paragraph's text with its markers as "[n]".</summary>
    public static List<string> Marked(ResolutionDocument document) => document.Parts.SelectMany(part => part.Preamble.Concat(part.OperativePart))
        .Select(block => block switch
        {
            PreambularParagraph p => p.Text,
            OperativeParagraph p => p.Text,
            _ => InlineText.Empty,
        })
        .Select(text => string.Concat(text.Inlines.Select(inline => inline switch
        {
            FootnoteReference reference => "[" + reference.Label + "]",
            _ => new InlineText(EquatableArray.From(new[] { inline })).PlainText,
        })))
        .ToList();
}
