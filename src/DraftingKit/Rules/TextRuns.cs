using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>Every text of the document a style rule reads: body texts in reading order, then footnotes.</summary>
internal static class TextRuns
{
    public static IEnumerable<InlineText> Everywhere(ResolutionDocument document)
    {
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            yield return text;
        }

        foreach (var footnote in document.Footnotes)
        {
            yield return footnote.Text;
        }
    }
}
