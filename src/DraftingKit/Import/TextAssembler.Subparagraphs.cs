// Partial of TextAssembler: list items and labelled paragraphs, subparagraphs or a lettered decision's paragraphs (partial: it keeps the assembler's lettering).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>A list item ("- …"): a subparagraph of the paragraph before it.</summary>
    private bool TryPlaceListItem(SourceBlock block, string raw, SourceSpan span, ParagraphDraft? host)
    {
        var bullet = Bullet.Match(raw);
        if (bullet.Success)
        {
            var itemRaw = bullet.Groups["text"].Value;
            if (host is null)
            {
                Unplaced(block, "A list item stands before any paragraph it could belong to; it is kept as a paragraph of its own");
                return true;
            }

            if (SubparagraphLabel.TryRead(itemRaw, out var itemLabel))
            {
                host.AddLabelled(itemLabel, InlineParser.Parse(AfterLabel(itemRaw, itemLabel), span), span);
            }
            else
            {
                host.Ladder.AddUnlabelled(InlineParser.Parse(itemRaw, span), span);
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The words after a subparagraph's label, without the gap a laid-out page leaves between a hanging label and its
    /// text ("(a)     Assistance to countries …" in pdftotext's layout).
    /// </summary>
    private static string AfterLabel(string raw, SubparagraphLabel label) => raw.Substring(label.Length).TrimStart(' ', '\t');

    /// <summary>
    /// A labelled paragraph ("(a) …"): a subparagraph of the paragraph before it, or a paragraph of a lettered decision.
    /// A label that opens no list there (the paragraph before holds none and introduces none with its colon), on a title
    /// without punctuation over the numbered paragraphs, is a heading's own designation: "(i) Exemptions, advance
    /// approvals and notifications" / "9. Decides …", "(ii) Exceptions" / "19. Reaffirms …" (S/RES/2551 (2020)).
    /// </summary>
    private bool TryPlaceLabelledParagraph(string raw, SourceSpan span, ParagraphDraft? host, SourceBlock? next)
    {
        if (SubparagraphLabel.TryRead(raw, out var subLabel))
        {
            var text = InlineParser.Parse(AfterLabel(raw, subLabel), span);
            var nextLetter = subLabel.LetterValue is int value && !subLabel.IsDigits && lettered
                && host is { Kind: ParagraphKind.Operative, Style: NumberStyle.Letter } && host.Ladder.IsEmpty && value == lastLetter + 1;
            if (host is not null && (host.EndsWithColon || !host.Ladder.IsEmpty) && !nextLetter)
            {
                host.AddLabelled(subLabel, text, span);
                return true;
            }

            if (subLabel.LetterValue is int letter && !subLabel.IsDigits && (lettered || operative.Count == 0))
            {
                lettered = true;
                lastLetter = letter;
                AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = letter, Style = NumberStyle.Letter });
                return true;
            }

            if (host is not null && !(operative.Count > 0 && next is not null && Numbered.IsMatch(next.Text) && ItemTitle.Is(new[] { InlineParser.Plain(raw).Trim() })))
            {
                host.AddLabelled(subLabel, text, span);
                return true;
            }
        }

        return false;
    }
}
