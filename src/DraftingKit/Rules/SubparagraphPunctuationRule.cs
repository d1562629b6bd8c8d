using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK3004: each subparagraph ends with a semicolon ("; and" and "; or" too), the last with the closing
/// punctuation of its paragraph; an item with items of its own ends with a colon. Embedded numbered lists
/// (provisional agendas) keep their own full stops and are not judged. An organ whose lists run as a series
/// (<see cref="Organ.AcceptsCommaSeries"/>, the Security Council) may also end them with "," and ", and".
/// </summary>
internal sealed class SubparagraphPunctuationRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SubparagraphPunctuation, "subparagraph-punctuation", RuleCategory.Numbering, DraftingSeverity.Warning,
        "Subparagraph ends with the wrong punctuation",
        "Subparagraph {0} ends with {1}; {2}",
        fix: DraftingFix.Always("Correct the end punctuation", "Yes: the wrong mark is replaced, or the missing one added."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var commaSeries = context.Document.Header.Organ.AcceptsCommaSeries;
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            // The items of a preambular paragraph may also end with the preamble's comma: seeds 000, 001 and 002 do
            // so for 17 items in 5 adopted-form texts ("(a) To promote universal ratification …,").
            CheckItems(context, paragraph.Subparagraphs, ',', commaAllowed: true, commaSeries);
        }

        foreach (var (paragraph, _, isLast) in Paragraphs.Operative(context))
        {
            CheckItems(context, paragraph.Subparagraphs, isLast ? '.' : ';', commaAllowed: false, commaSeries);
        }
    }

    private static void CheckItems(RuleContext context, EquatableArray<Subparagraph> items, char closing, bool commaAllowed, bool commaSeries, bool closesParagraph = true)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // Numbered items ("1.", "(1)") list measures or agenda items, each ending as its text does.
            if (item.Style is ListStyle.Decimal or ListStyle.BracketedNumber or ListStyle.Unlabelled)
            {
                return;
            }

            var last = i == items.Count - 1;
            var expected = last ? closing : ';';
            if (!item.Items.IsEmpty)
            {
                CheckItems(context, item.Items, expected, commaAllowed, commaSeries, closesParagraph && last);
                if (ListIntroduction.NeedsColon(item.Items))
                {
                    expected = ':';
                }
                else
                {
                    // Text goes on after the item ("(f) … ," "and requests the Secretary-General …", S/RES/2748 (2024);
                    // "Urgent temporary measures:" over the next item): the item ends as one that does not close the
                    // paragraph.
                    expected = ';';
                    last = false;
                }
            }

            var ending = ParagraphEnding.Of(item.Text.PlainText, commaSeries);
            if (InlineHeading.Is(item.Text))
            {
                // "(a) **Protection of civilians**" over the tasks (i), (ii) … or the text under it: a heading, wholly in
                // bold or italics, takes no punctuation (the Security Council's mandates, 88 times in 2020-2024).
                continue;
            }

            // A question put to the International Court of Justice ends with its question mark (77/247, 18 (a), (b)).
            if (ending.Offset < 0 || ending.Mark == expected || ending.Mark is ':' or '?' || (ending.FollowedByConjunction && expected == ';')
                || (commaAllowed && ending.Mark == ','))
            {
                continue;
            }

            // The Council's running series: "(a) to monitor …," "(b) … Yemeni law, and" "(c) … ;" (2505 (2020),
            // 2531 (2020), 2609 (2021), 2640 (2022), 2767 (2024)); the item that ends the paragraph still closes it. The
            // series also runs on into an item's own items: "(a) the structure … of its security forces," "(i) including
            // as annexes …, and" "(ii) incorporating …;" (2607 (2021), paragraph 44).
            if (commaSeries && ending.Mark == ',' && (expected == ':' || (expected == ';' && !(closesParagraph && last))))
            {
                continue;
            }

            if (ending.FollowedByConjunction)
            {
                // "…; and" before the last item is right whatever the closing mark of the paragraph.
                continue;
            }

            var edit = ending.FixTo(context, item.Text, expected);
            var span = context.Locator.Locate(item.Text, ending.Offset, 1);
            var advice = expected == ':' ? "it introduces items of its own: end it with a colon"
                : last ? "the last subparagraph takes the closing punctuation of its paragraph, '" + expected + "'"
                : "a subparagraph other than the last ends with a semicolon";
            context.Report(Rule, span, edit is null ? null : new[] { edit }, item.DisplayLabel, ending.Describe(), advice);
        }
    }
}
