using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2003: each operative paragraph ends with a semicolon and the last of each part with a full stop; one that
/// introduces subparagraphs or a list ends with a colon (its subparagraphs are checked by DK3004), unless its items
/// are sentences or sections of their own (<see cref="ListIntroduction"/>).
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
        foreach (var (paragraph, _, isLast) in Paragraphs.Operative(context))
        {
            var ending = ParagraphEnding.Of(paragraph.Text.PlainText);
            if (ending.Offset < 0)
            {
                continue;
            }

            var expected = ListIntroduction.NeedsColon(paragraph.Subparagraphs) ? ':' : isLast ? '.' : ';';
            if (ending.Mark == expected || ending.Mark == ':')
            {
                continue;
            }

            if (!paragraph.Subparagraphs.IsEmpty && expected != ':' && ending.Mark is ';' or '.' or ',')
            {
                // Items of their own, or text that goes on after the items: the paragraph's own words end as a clause
                // or run on into them, and the last item closes the paragraph (DK3004).
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
