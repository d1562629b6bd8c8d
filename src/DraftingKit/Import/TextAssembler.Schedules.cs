// Partial of TextAssembler: a schedule's days under a paragraph's chapeau (partial: it adds to the assembler's operative part).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>
    /// A schedule's day after the chapeau that sets it out ("8. Decides that the plenary meetings will be held as
    /// follows:" / "Thursday, 2 June: from 9.30 a.m. to 1 p.m. …" / "Friday, 3 June: …") is a paragraph of the operative
    /// part without a number, each day its own, as the UN's files set them (paragraphs without a number beside the
    /// numbered one, A/RES/75/212, 75/326, 77/328), not an item of the chapeau's list.
    /// </summary>
    private bool TryPlaceScheduleEntry(string raw, SourceSpan span, ParagraphDraft? host)
    {
        if (operative.Count == 0 || lettered || host is null || !ScheduleEntry.Opens(InlineParser.Plain(raw).Trim()))
        {
            return false;
        }

        var underChapeau = host.EndsWithColon && host.Ladder.IsEmpty;
        var afterDay = host.Kind == ParagraphKind.Text && host.Label is null && ScheduleEntry.Opens(host.Text.PlainText.Trim());
        if (!underChapeau && !afterDay)
        {
            return false;
        }

        operative.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(raw, span), span));
        return true;
    }
}
