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
            if (AdoptedTextStart(document.Parts[p]) is int adopted)
            {
                // Only the adopting paragraph is operative; what follows is the adopted text, which has no leads.
                yield return ((OperativeParagraph)blocks[adopted - 1], p, true);
                continue;
            }

            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is OperativeParagraph)
                {
                    last = i;
                }
                else if (blocks[i] is TextParagraph { Label: null } text && text.Text.ItalicLead is not null && last >= 0 && i > last)
                {
                    // Sections go on after the last numbered paragraph with unnumbered ones of their own, led in
                    // italics (76/240: "C. Danger pay" "*Decides*, …"): the numbered one closes nothing.
                    last = int.MaxValue;
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

    /// <summary>
    /// The operative paragraphs of the rule's document, each judged where it stands in the whole document: when the
    /// incremental linter hands a rule only the paragraphs to re-check, whether one is the last of its part, or the
    /// adopted text of a declaration, is still that of the whole.
    /// </summary>
    public static IEnumerable<(OperativeParagraph Paragraph, int Part, bool IsLastOfPart)> Operative(RuleContext context)
    {
        if (ReferenceEquals(context.Document, context.WholeDocument))
        {
            return Operative(context.Document);
        }

        var present = new HashSet<int>();
        foreach (var paragraph in context.Document.OperativeParagraphs())
        {
            present.Add(paragraph.Span.Start);
        }

        return Filter(Operative(context.WholeDocument), present);

        static IEnumerable<(OperativeParagraph, int, bool)> Filter(IEnumerable<(OperativeParagraph Paragraph, int Part, bool IsLastOfPart)> all, HashSet<int> present)
        {
            foreach (var item in all)
            {
                if (present.Contains(item.Paragraph.Span.Start))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// Where the text a part adopts in its operative part begins: after an unnumbered first operative paragraph
    /// that ends with a colon and adopts "the following" ("*Adopts* the following declaration:", then the
    /// declaration's own numbered paragraphs, as in 75/1, 76/1 and 76/3); null for any other part.
    /// </summary>
    public static int? AdoptedTextStart(DocumentPart part)
    {
        var blocks = part.OperativePart;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is OperativeParagraph paragraph)
            {
                var plain = paragraph.Text.PlainText.TrimEnd();
                return paragraph.Number is null && paragraph.Subparagraphs.IsEmpty && plain.EndsWith(":", StringComparison.Ordinal)
                    && plain.IndexOf(" the following ", StringComparison.Ordinal) >= 0 && i + 1 < blocks.Count
                    ? i + 1
                    : null;
            }
        }

        return null;
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
