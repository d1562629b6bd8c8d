using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>DK3002: a text with a single operative paragraph does not number it (UN Editorial Manual, chap. II).</summary>
internal sealed class SingleParagraphNumberedRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SingleParagraphNumbered, "single-paragraph-numbered", RuleCategory.Numbering, DraftingSeverity.Warning,
        "A single operative paragraph is numbered",
        "The text has one operative paragraph and numbers it '{0}'; a single operative paragraph is not numbered",
        fix: DraftingFix.None("No: removing the number changes how the template reads the paragraph; take out \"1. \" by hand."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var part in context.Document.Parts)
        {
            OperativeParagraph? only = null;
            var count = 0;
            foreach (var block in part.OperativePart)
            {
                if (block is OperativeParagraph paragraph)
                {
                    only = paragraph;
                    count++;
                }
            }

            if (count == 1 && only is { Number: not null, NumberStyle: NumberStyle.Arabic })
            {
                context.Report(Rule, context.Lines.Span(only.Span.Start, only.DisplayNumber.Length), only.DisplayNumber);
            }
        }
    }
}
