using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>DK1102: the lead of a preambular paragraph, and only the lead, is in italics.</summary>
internal sealed class PreambularLeadItalicRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularLeadItalic, "preambular-lead-italic", RuleCategory.Preamble, DraftingSeverity.Warning,
        "Preambular lead not in italics, or italics beyond the lead",
        "{0}: '{1}' {2}",
        fix: DraftingFix.Always("Put the lead in italics", "Yes: the lead is put in italics, or the italics are closed after the lead."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            LeadItalics.Check(context, Rule, paragraph.Text, "Preambular paragraph", operative: false);
        }
    }
}
