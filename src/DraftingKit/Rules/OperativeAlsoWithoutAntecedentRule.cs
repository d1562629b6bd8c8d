using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2005 (suggestion): "Also decides" with no earlier "Decides" in the same part. The UN corpus has 12 such
/// paragraphs, mostly "Also decides" adding to an earlier decision made in another form, so this is a hint to
/// check, never an error.
/// </summary>
internal sealed class OperativeAlsoWithoutAntecedentRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeAlsoWithoutAntecedent, "operative-also-without-antecedent", RuleCategory.Operative, DraftingSeverity.Info,
        "'Also' with no earlier paragraph of the same verb",
        "{0} opens with '{1}' but no earlier paragraph of this part opens with '{2}'; check that 'Also' adds to something",
        fix: DraftingFix.None("No: whether \"Also\" adds to an earlier decision in another form is for the drafter to judge."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var seen = new HashSet<string>();
        var part = -1;
        foreach (var rung in context.Rungs)
        {
            if (rung.Part != part)
            {
                seen.Clear();
                part = rung.Part;
            }

            if (OperativeLadder.Is(rung.Adverb, "Also") && !rung.AdverbAfterVerb && !seen.Contains(rung.Verb))
            {
                var span = context.Locator.Locate(rung.Paragraph.Text, rung.LeadStart, rung.LeadText.Length);
                context.Report(Rule, span, Paragraphs.Name(rung.Paragraph), rung.LeadText, rung.Verb);
            }

            seen.Add(rung.Verb);
        }
    }
}
