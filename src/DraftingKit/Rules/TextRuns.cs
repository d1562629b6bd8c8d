using System.Runtime.CompilerServices;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>Every text of the document a style rule reads: body texts in reading order, then footnotes.</summary>
internal static class TextRuns
{
    // PERF: the texts are listed once a document and shared by the rules of a lint (eleven walk them), instead of
    // each rule walking the parts, blocks and subparagraphs again; held only while the document is.
    private static readonly ConditionalWeakTable<ResolutionDocument, InlineText[]> Listed = new();

    public static IReadOnlyList<InlineText> Everywhere(ResolutionDocument document) =>
        Listed.GetValue(document, static whole => List(whole));

    private static InlineText[] List(ResolutionDocument document)
    {
        var texts = new List<InlineText>();
        texts.AddRange(DocumentText.InReadingOrder(document));
        foreach (var footnote in document.Footnotes)
        {
            texts.Add(footnote.Text);
        }

        return texts.ToArray();
    }
}
