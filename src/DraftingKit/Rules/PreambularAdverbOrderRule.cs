using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1104 (suggestion): in a preambular paragraph the repeat adverb follows the participle ("Recalling also",
/// "Noting further"). The UN corpus writes it so 1,862 times and adverb-first ("Also noting with
/// appreciation") 4 times, so this is a suggestion, not an error.
/// </summary>
internal sealed class PreambularAdverbOrderRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularAdverbOrder, "preambular-adverb-order", RuleCategory.Preamble, DraftingSeverity.Info,
        "Preambular repeat adverb before the participle",
        "The preambular paragraph opens with '{0}'; in the preamble the adverb follows the participle: write '{1}'");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (!context.Document.Header.Organ.KeepsRepeatLadder)
        {
            // The Security Council writes both orders ("Also recalling" 36 times in 2020-2024, "Recalling also" 12).
            return;
        }

        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            var plain = paragraph.Text.PlainText;
            var words = LeadGrammar.Words(plain, 2);
            if (words.Count < 2 || words[0].Word is not ("Also" or "Further")
                || !words[1].Word.EndsWith("ing", System.StringComparison.Ordinal))
            {
                continue;
            }

            var start = words[0].Start;
            var length = words[1].Start + words[1].Word.Length - start;
            var written = plain.Substring(start, length);
            var right = LeadGrammar.Capitalized(words[1].Word) + " " + words[0].Word.ToLowerInvariant();
            var span = context.Locator.Locate(paragraph.Text, start, length, out var exact);
            context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null, written, right);
        }
    }
}
