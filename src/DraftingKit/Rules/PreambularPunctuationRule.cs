using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1103: a preambular paragraph ends with a comma; one that introduces subparagraphs ends with a colon (its
/// subparagraphs are checked by DK3004).
/// </summary>
internal sealed class PreambularPunctuationRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularPunctuation, "preambular-punctuation", RuleCategory.Preamble, DraftingSeverity.Warning,
        "Preambular paragraph does not end with a comma",
        "The preambular paragraph ends with {0}; {1}",
        fix: DraftingFix.Always("Correct the end punctuation", "Yes: the wrong mark is replaced, or the missing comma added."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            var ending = ParagraphEnding.Of(paragraph.Text.PlainText);
            if (ending.Offset < 0 || !HasWords(paragraph.Text.PlainText))
            {
                // "*" alone between the preamble and the operative part (S/RES/2568 (2021)) is a separator, not a paragraph.
                continue;
            }

            var expected = paragraph.Subparagraphs.IsEmpty ? ',' : ':';
            if (ending.Mark == expected || (expected == ',' && ending.Mark == ':'))
            {
                // A colon may introduce a quotation or list written as following paragraphs.
                continue;
            }

            var edit = ending.FixTo(context, paragraph.Text, expected);
            var span = context.Locator.Locate(paragraph.Text, ending.Offset, 1);
            context.Report(Rule, span, edit is null ? null : new[] { edit }, ending.Describe(),
                expected == ',' ? "end it with a comma" : "it introduces subparagraphs: end it with a colon");
        }
    }

    private static bool HasWords(string plain)
    {
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
