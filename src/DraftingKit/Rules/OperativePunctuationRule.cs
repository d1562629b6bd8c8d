using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2003: each operative paragraph ends with a semicolon and the last of each part with a full stop; one that
/// introduces subparagraphs or a list ends with a colon (its subparagraphs are checked by DK3004).
/// </summary>
internal sealed class OperativePunctuationRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativePunctuation, "operative-punctuation", RuleCategory.Operative, DraftingSeverity.Warning,
        "Operative paragraph ends with the wrong punctuation",
        "{0} ends with {1}; {2}",
        fix: DraftingFix.Always("Correct the end punctuation", "Yes: the wrong mark is replaced, or the missing one added."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (paragraph, _, isLast) in Paragraphs.Operative(context.Document))
        {
            var ending = ParagraphEnding.Of(paragraph.Text.PlainText);
            if (ending.Offset < 0)
            {
                continue;
            }

            var expected = !paragraph.Subparagraphs.IsEmpty ? ':' : isLast ? '.' : ';';
            if (ending.Mark == expected || ending.Mark == ':')
            {
                continue;
            }

            var edit = ending.FixTo(context, paragraph.Text, expected);
            var span = context.Locator.Locate(paragraph.Text, ending.Offset, 1);
            var advice = expected switch
            {
                ':' => "it introduces subparagraphs: end it with a colon",
                '.' => "the last operative paragraph ends with a full stop",
                _ => "an operative paragraph other than the last ends with a semicolon",
            };
            context.Report(Rule, span, edit is null ? null : new[] { edit }, Paragraphs.Name(paragraph), ending.Describe(), advice);
        }
    }
}
