using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>DK2002: the lead of an operative paragraph, and only the lead, is in italics.</summary>
internal sealed class OperativeLeadItalicRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeLeadItalic, "operative-lead-italic", RuleCategory.Operative, DraftingSeverity.Warning,
        "Operative lead not in italics, or italics beyond the lead",
        "{0}: '{1}' {2}",
        fix: DraftingFix.Always("Put the lead in italics", "Yes: the lead is put in italics, or the italics are closed after the lead."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            if (paragraph.Number is null && paragraph.Text.ItalicLead is null && context.Document.Parts.Count > 0 && IsRunOn(context, paragraph))
            {
                // "The Economic and Social Council decides to …": a one-sentence decision has no italic lead.
                continue;
            }

            LeadItalics.Check(context, Rule, paragraph.Text, Paragraphs.Name(paragraph), operative: true);
        }
    }

    private static bool IsRunOn(RuleContext context, Model.OperativeParagraph paragraph)
    {
        foreach (var part in context.Document.Parts)
        {
            if (part.Formula is { RunsOn: true } formula && formula.Span.Start == paragraph.Span.Start)
            {
                return true;
            }
        }

        return false;
    }
}
