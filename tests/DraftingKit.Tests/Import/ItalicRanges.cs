using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>Where a text's italics run (its top-level emphasis), as start and length in its plain text.</summary>
internal static class ItalicRanges
{
    public static HashSet<(int Start, int Length)> Of(InlineText text)
    {
        var italics = new HashSet<(int, int)>();
        var position = 0;
        foreach (var inline in text.Inlines)
        {
            var length = new InlineText(EquatableArray.Create(inline)).PlainText.Length;
            if (inline is Emphasis && length > 0)
            {
                italics.Add((position, length));
            }

            position += length;
        }

        return italics;
    }
}
