using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>Two blocks of a text layer a page break stands between, stitched as the importer stitches them (<see cref="PageStitcher"/>).</summary>
internal static class AcrossPage
{
    /// <summary>The paragraphs <paramref name="above"/> and <paramref name="below"/> come to, on a page <paramref name="width"/> characters wide.</summary>
    public static List<SourceBlock> Stitch(string file, string[] above, string[] below, int width)
    {
        var span = new SourceSpan(file, 0, 1, 1, 1, 1, 1);
        var blocks = new List<SourceBlock>
        {
            new(SourceBlockKind.Paragraph, string.Join(" ", above), span) { Lines = above },
            new(SourceBlockKind.PageBreak, "---", span),
            new(SourceBlockKind.Paragraph, string.Join(" ", below), span) { Lines = below },
        };
        return PageStitcher.Stitch(blocks, width, LeadVocabulary.Default).Where(block => block.Kind == SourceBlockKind.Paragraph).ToList();
    }
}
