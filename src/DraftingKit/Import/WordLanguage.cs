using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The language a Word document says its text is in: the <c>w:lang</c> that holds the most of its text, a run's own
/// language before its paragraph style's and the document's default (<c>w:docDefaults</c>), as Word applies them.
/// DraftingKit writes the text's language there (<c>fr-FR</c>); Word, and the UN's own files, do the same.
/// </summary>
internal static class WordLanguage
{
    /// <summary>The official language most of the body's text is marked in; null when the document names none.</summary>
    public static DocumentLanguage? Of(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return null;
        }

        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles;
        var fallback = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Languages>()?.Val?.Value;
        var byStyle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? Enumerable.Empty<Style>())
        {
            if (style.StyleId?.Value is { } id && style.StyleRunProperties?.GetFirstChild<Languages>()?.Val?.Value is { } tag)
            {
                byStyle[id] = tag;
            }
        }

        var characters = new Dictionary<DocumentLanguage, int>();
        foreach (var run in body.Descendants<Run>())
        {
            var length = run.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Sum(text => text.Text.Length);
            if (length == 0)
            {
                continue;
            }

            var paragraphStyle = run.Ancestors<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var tag = run.RunProperties?.GetFirstChild<Languages>()?.Val?.Value
                ?? (paragraphStyle is not null && byStyle.TryGetValue(paragraphStyle, out var styled) ? styled : null)
                ?? fallback;
            if (Named(tag) is { } language)
            {
                characters[language] = (characters.TryGetValue(language, out var count) ? count : 0) + length;
            }
        }

        return characters.Count == 0 ? null : characters.OrderByDescending(pair => pair.Value).First().Key;
    }

    // "fr-FR", and a regional form of the same language ("fr-CH", "en-US"), by its primary tag.
    private static DocumentLanguage? Named(string? tag) =>
        tag is null ? null : DocumentLanguage.Find(tag) ?? DocumentLanguage.Find(tag.Split('-')[0]);
}
