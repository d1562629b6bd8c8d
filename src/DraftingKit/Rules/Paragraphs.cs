using System.Collections.Generic;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>The paragraphs the lead and punctuation rules judge, with where they stand in their part.</summary>
internal static class Paragraphs
{
    /// <summary>Operative paragraphs of each part (never annexes, whose paragraphs have no leads), with their part index.</summary>
    public static IEnumerable<(OperativeParagraph Paragraph, int Part, bool IsLastOfPart)> Operative(ResolutionDocument document)
    {
        for (var p = 0; p < document.Parts.Count; p++)
        {
            var blocks = document.Parts[p].OperativePart;
            var last = -1;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is OperativeParagraph)
                {
                    last = i;
                }
            }

            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is OperativeParagraph paragraph)
                {
                    yield return (paragraph, p, i == last);
                }
            }
        }
    }

    /// <summary>How many characters of white space open the plain text.</summary>
    public static int LeadingSpace(string plain)
    {
        var i = 0;
        while (i < plain.Length && char.IsWhiteSpace(plain[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>"Operative paragraph 5" or "The operative paragraph" for an unnumbered one.</summary>
    public static string Name(OperativeParagraph paragraph) =>
        paragraph.Number is null ? "The operative paragraph" : "Operative paragraph " + paragraph.DisplayNumber.TrimEnd('.');
}
