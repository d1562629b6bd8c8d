// Partial of BodyBuilder: a paragraph placed in the preamble, the operative part or an annex by its lead and label (partial: it reads the current part).
using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    // "5 bis. ", "12ter. ": an operative paragraph added in negotiation, numbered after the one it follows.
    private static readonly Regex AddedParagraph = new(@"^(?<number>[0-9]{1,3})\s?(?<latin>bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private void AddParagraph(InlineText text, SourceSpan span)
    {
        var plain = text.PlainText;
        if (annex is not null)
        {
            if (SubparagraphLabel.TryRead(plain, out var annexLabel) && annex.LastParagraphLadder is { } annexLadder)
            {
                annexLadder.Add(annexLabel, InlineSlicing.TrimStart(text, annexLabel.Length), span);
                return;
            }

            annex.AddParagraph(TextParagraph(text, span));
            return;
        }

        var current = CurrentPart(span);
        if (current.Formula is null && current.Preamble.Count == 0 && current.Operative.Count == 0 && TryFormula(current, text, span))
        {
            return;
        }

        if (SubparagraphLabel.TryRead(plain, out var label))
        {
            var body = InlineSlicing.TrimStart(text, label.Length);
            var last = current.LastParagraph;
            if (last is not null && (last.EndsWithColon || !last.Ladder.IsEmpty || current.InAdoptedText) && !StartsLetteredParagraph(current, last, label))
            {
                last.Ladder.Add(label, body, span);
                return;
            }

            if (label.LetterValue is int letter && !label.IsDigits && (current.IsLettered || current.Operative.Count == 0))
            {
                current.Add(new ParagraphDraft(ParagraphKind.Operative, body, span) { Number = letter, Style = NumberStyle.Letter });
                return;
            }
        }

        if (current.Operative.Count == 0)
        {
            if (current.LastParagraph is { Kind: ParagraphKind.Preambular } listed && (!listed.Ladder.IsEmpty || listed.EndsWithColon)
                && plain.TrimStart() is { Length: > 0 } opening && char.IsLower(opening[0]))
            {
                // "*and stressing* the need …," after the items of a preambular paragraph goes on with that paragraph
                // (S/RES/2568 (2021)); so do items in lower case after one that introduces them ("… will:" then
                // "a. reduce the ability …", S/RES/2714 (2023)).
                listed.Ladder.AddUnlabelled(text, span);
                return;
            }

            if (LabelOf(text, span) is { } labelled && !current.InAdoptedText)
            {
                // "l. *Decides* …" (76/256 labels its first paragraph with the letter l): a preambular paragraph
                // carries no label, so a labelled one opens the operative part.
                current.Operative.Add(new ParagraphDraft(ParagraphKind.Text, InlineSlicing.TrimStart(text, labelled.Length), span) { Label = labelled.Label });
                return;
            }

            current.Add(new ParagraphDraft(ParagraphKind.Preambular, text, span));
            return;
        }

        if (AddedParagraph.Match(plain) is { Success: true } added && int.TryParse(added.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            // "5 bis. *Encourages* …": a paragraph added after paragraph 5 in a negotiation draft (Editorial Manual,
            // paragraphs and subparagraphs); read as an operative paragraph so its lead is checked, DK1030 judges the label.
            current.Add(new ParagraphDraft(ParagraphKind.Operative, InlineSlicing.TrimStart(text, added.Length), span) { Number = after, Addition = added.Groups["latin"].Value.ToLowerInvariant() });
            return;
        }

        // "[5 ter. …]": an alternative paragraph in brackets, a negotiation mark DK1030 judges, not misplaced text.
        if (!current.HoldsUnnumberedText(text) && !(plain.StartsWith("[", StringComparison.Ordinal) && AddedParagraph.IsMatch(plain.Substring(1))))
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                TemplateDiagnostics.MisplacedText,
                span,
                "A paragraph without a number follows the operative paragraphs; number it, indent it under its paragraph, or move it into an annex"));
        }

        current.Add(TextParagraph(text, span));
    }

    /// <summary>
    /// A paragraph without a lead; a label in front ("1.1. Raise awareness …", the items of an adopted agenda, 76/3;
    /// "l.", "A.", "iv.") is its label, as printed, for no Markdown list is numbered so.
    /// </summary>
    private ParagraphDraft TextParagraph(InlineText text, SourceSpan span) =>
        LabelOf(text, span) is { } label
            ? new ParagraphDraft(ParagraphKind.Text, InlineSlicing.TrimStart(text, label.Length), span) { Label = label.Label }
            : new ParagraphDraft(ParagraphKind.Text, text, span);

    /// <summary>
    /// The label (<see cref="TextParagraphLabel"/>) the paragraph opens with as the template writes it: "l\. " in the
    /// source is the text "l. ", not a label.
    /// </summary>
    private (string Label, int Length)? LabelOf(InlineText text, SourceSpan span)
    {
        if (TextParagraphLabel.Read(text.PlainText) is not { } label || span.Start < 0 || span.Start + label.Label.Length >= source.Length)
        {
            return null;
        }

        return string.CompareOrdinal(source, span.Start, label.Label + ".", 0, label.Label.Length + 1) == 0 ? label : null;
    }

    /// <summary>
    /// A lettered paragraph continues the lettered operative paragraphs of a decision when its letter is the next
    /// one; otherwise it is a subparagraph of the paragraph that introduced it.
    /// </summary>
    private static bool StartsLetteredParagraph(PartBuilder current, ParagraphDraft last, SubparagraphLabel label) =>
        current.IsLettered
        && last.Kind == ParagraphKind.Operative
        && last.Ladder.IsEmpty
        && label.LetterValue == current.LastLetter + 1;
}
