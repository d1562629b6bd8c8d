using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1105: a preambular lead that is a participle alone takes its repeat adverb after it ("Recalling also",
/// "Noting further"). The adverb-first form ("Also recalling") occurs 0 times against 2,663 participle-then-adverb
/// leads of the General Assembly's 75-77 (drafting-rules.md, section 9): a slip, so a warning. Longer leads, and
/// the texts of other organs (the Security Council writes "Also recalling"), are DK1104's.
/// </summary>
internal sealed class PreambularAdverbFirstRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularAdverbFirst, "preambular-adverb-first", RuleCategory.Preamble, DraftingSeverity.Warning,
        "Preambular participle after its repeat adverb",
        "The preambular paragraph opens with '{0}'; the UN writes the adverb after the participle: write '{1}'",
        fix: DraftingFix.Always("Put the adverb in its place", "Yes: \"Also recalling\" becomes \"Recalling also\"."),
        organs: "The organs that keep the ladder (`repeats: ladder` in organs.tsv); not the Security Council");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var found in PreambularAdverbFirst.Find(context.Document, context.Leads))
        {
            if (!found.RealPractice)
            {
                var span = context.Locator.Locate(found.Paragraph.Text, found.Start, found.Length, out var exact);
                context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, found.Right) } : null, found.Written, found.Right);
            }
        }
    }
}
