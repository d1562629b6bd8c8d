using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Templates;

/// <summary>
/// A text the resolution adopts inside itself: "*Adopts* the following declaration:" (75/1, 76/1, 76/3), then the
/// text's title as a heading and its own paragraphs, which may open unnumbered ("We, Heads of State and Government
/// …") before its numbered ones. The adopting paragraph opens the operative part and what follows it is the adopted
/// text, not more preamble. One reading for the template reader and the importers, which see the lead as italics
/// (a template, Word, AKN) or only as words (plain text), so the caller says what a paragraph's lead is.
/// </summary>
internal static class AdoptedText
{
    /// <summary>
    /// True when <paramref name="plain"/> (a paragraph opening with <paramref name="lead"/>) announces the text that
    /// follows it: an operative lead, not a preambular one, and "the following …:".
    /// </summary>
    public static bool Announces(string plain, string? lead, LeadVocabulary vocabulary) =>
        lead is not null
        && plain.TrimEnd().EndsWith(":", StringComparison.Ordinal)
        && plain.IndexOf(" the following ", StringComparison.Ordinal) >= 0
        && vocabulary.Operative.ContainsKey(lead)
        && !vocabulary.Preambular.ContainsKey(lead);

    /// <summary>
    /// Moves the announcing paragraph and the unnumbered paragraphs after it from the preamble to the opening of the
    /// operative part (as the adopting paragraph and the adopted text's own paragraphs); nothing moves when no
    /// paragraph follows it or one that follows opens with a lead of its own (a preamble that goes on).
    /// </summary>
    public static void Move(List<BodyBlock> preamble, List<BodyBlock> operative, Func<PreambularParagraph, string?> leadOf, LeadVocabulary vocabulary)
    {
        var start = preamble.FindIndex(block => block is PreambularParagraph paragraph && Announces(paragraph.Text.PlainText, leadOf(paragraph), vocabulary));
        if (start < 0 || start == preamble.Count - 1
            || preamble.Skip(start + 1).Any(block => block is PreambularParagraph paragraph && leadOf(paragraph) is not null)
            || !preamble.Skip(start + 1).Any(block => block is PreambularParagraph))
        {
            return; // Nothing but the adopting paragraph, or more leads after it: the part's other rules decide.
        }

        var moved = new List<BodyBlock>();
        var opening = (PreambularParagraph)preamble[start];
        moved.Add(new OperativeParagraph(null, NumberStyle.Arabic, opening.Text, opening.Subparagraphs, opening.Span));
        foreach (var block in preamble.Skip(start + 1))
        {
            moved.Add(block is PreambularParagraph paragraph ? new TextParagraph(null, paragraph.Text, paragraph.Subparagraphs, paragraph.Span) : block);
        }

        preamble.RemoveRange(start, preamble.Count - start);
        operative.InsertRange(0, moved);
    }
}
