using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>The paragraphs (blocks between blank lines) a text in a PDF's reading order is read into, each one's lines joined.</summary>
internal static class ReadingOrderParagraphs
{
    public static List<string> Of(string text, LeadVocabulary vocabulary) =>
        FlowingText.Paragraphs(text.Replace("\r\n", "\n"), vocabulary)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();
}
