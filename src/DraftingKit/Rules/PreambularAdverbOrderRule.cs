using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1104 (suggestion): in a preambular paragraph the repeat adverb follows the participle ("Noting also with
/// appreciation"). With a lead longer than the participle the UN writes it adverb-first 5 times in 75-77 ("Also
/// expressing its satisfaction"), so this is a suggestion; with the participle alone it is DK1105, a warning.
/// </summary>
internal sealed class PreambularAdverbOrderRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularAdverbOrder, "preambular-adverb-order", RuleCategory.Preamble, DraftingSeverity.Info,
        "Preambular repeat adverb before the participle",
        "The preambular paragraph opens with '{0}'; in the preamble the adverb follows the participle: write '{1}'",
        fix: DraftingFix.Always("Put the adverb in its place", "Yes: \"Also noting with appreciation\" becomes \"Noting also with appreciation\"."),
        organs: "The organs that keep the ladder (`repeats: ladder` in organs.tsv); not the Security Council");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var found in PreambularAdverbFirst.Find(context.Document, context.Leads))
        {
            if (found.RealPractice)
            {
                var span = context.Locator.Locate(found.Paragraph.Text, found.Start, found.Length, out var exact);
                context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, found.Right) } : null, found.Written, found.Right);
            }
        }
    }
}
