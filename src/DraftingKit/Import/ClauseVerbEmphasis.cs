using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Sets in italics the operative verb that follows an operative paragraph's opening participle clause, which a plain
/// text gives in roman: "26. <i>Noting</i> the increase in IED attacks undertaken by Al-Shabaab, <i>decides</i> that all
/// States shall prevent …" (S/RES/2551 (2020)). The paragraph's decision is the verb's, and the UN sets it in italics as
/// it sets a lead (10 of the corpus's 12 such paragraphs whose verb follows a comma; the other 2 are slips the lead
/// rule reports).
/// </summary>
/// <remarks>
/// The verb is the first after a comma that the vocabulary knows as an operative lead in its third person ("decides",
/// "calls upon", "requests"), in lower case. A paragraph that sets any italics after its lead keeps them as they are.
/// </remarks>
internal static class ClauseVerbEmphasis
{
    public static ResolutionDocument Restore(ResolutionDocument document) => document with
    {
        Parts = EquatableArray.From(document.Parts.Select(part => part with
        {
            OperativePart = EquatableArray.From(part.OperativePart.Select(block => block is OperativeParagraph paragraph ? paragraph with { Text = Restore(paragraph.Text) } : block).ToArray()),
        }).ToArray()),
    };

    /// <summary>The paragraph's text with the verb after its opening participle clause in italics.</summary>
    public static InlineText Restore(InlineText text)
    {
        if (text.Inlines.IsEmpty || text.Inlines[0] is not Emphasis lead || text.Inlines.Skip(1).Any(inline => inline is Emphasis or StrongEmphasis)
            || lead.Content.PlainText.Trim().Split(' ')[0] is not { Length: >= 6 } participle || !participle.EndsWith("ing", StringComparison.Ordinal))
        {
            return text;
        }

        var plain = text.PlainText;
        for (var comma = plain.IndexOf(", ", lead.Content.PlainText.Length, StringComparison.Ordinal); comma >= 0; comma = plain.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var start = comma + 2;
            if (start >= plain.Length || !char.IsLower(plain[start]))
            {
                continue;
            }

            var capitalized = char.ToUpperInvariant(plain[start]) + plain.Substring(start + 1);
            if (LeadVocabulary.Default.OperativeLeadAtStart(capitalized) is { } verb && verb.Split(' ')[0].EndsWith("s", StringComparison.Ordinal))
            {
                return new InlineText(EquatableArray.From(
                    InlineSlicing.Slice(text, 0, start).Inlines
                        .Append(new Emphasis(InlineSlicing.Slice(text, start, start + verb.Length), lead.Span))
                        .Concat(InlineSlicing.Slice(text, start + verb.Length, int.MaxValue).Inlines)
                        .ToArray()));
            }
        }

        return text;
    }
}
