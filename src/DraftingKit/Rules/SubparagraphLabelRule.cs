using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK3003: subparagraphs are labelled in order, (a), (b), (c) … and under them (i), (ii), (iii) …, without gaps
/// or repeats; the fix relabels the item.
/// </summary>
internal sealed class SubparagraphLabelRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SubparagraphLabels, "subparagraph-labels", RuleCategory.Numbering, DraftingSeverity.Error,
        "Subparagraphs not labelled in order",
        "Subparagraph '{0}' follows '{1}'; label it '{2}'",
        fix: DraftingFix.Always("Rewrite the subparagraph label", "Yes: the label is rewritten."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            CheckItems(context, paragraph.Subparagraphs);
        }

        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            CheckItems(context, paragraph.Subparagraphs);
        }
    }

    private static void CheckItems(RuleContext context, EquatableArray<Subparagraph> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            CheckItems(context, item.Items);
            if (i == 0 || item.Style == ListStyle.Unlabelled || item.Style != items[0].Style)
            {
                continue;
            }

            var expected = Label(items[0].Style, Value(items[i - 1]) + 1);
            if (expected is null || expected == item.Label || Value(item) is null || Value(items[i - 1]) is null)
            {
                continue;
            }

            var written = "(" + item.Label + ")";
            var source = context.Source;
            var exact = item.Style != ListStyle.Decimal && item.Span.IsKnown && item.Span.Start + written.Length <= source.Length
                && string.CompareOrdinal(source, item.Span.Start, written, 0, written.Length) == 0;
            var span = exact ? context.Lines.Span(item.Span.Start, written.Length) : item.Span;
            var fix = exact ? new[] { context.Edit(item.Span.Start + 1, item.Label.Length, expected) } : null;
            context.Report(Rule, span, fix, items[i].DisplayLabel, items[i - 1].DisplayLabel, Display(item.Style, expected));
        }
    }

    private static int? Value(Subparagraph item) => item.Style switch
    {
        ListStyle.LowerLetter => LetterValue(item.Label),
        ListStyle.LowerRoman => Numerals.FromRoman(item.Label),
        ListStyle.Decimal or ListStyle.BracketedNumber => int.TryParse(item.Label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
        _ => null,
    };

    private static string? Label(ListStyle style, int? value) => value is not int n ? null : style switch
    {
        ListStyle.LowerLetter => new string((char)('a' + ((n - 1) % 26)), ((n - 1) / 26) + 1),
        ListStyle.LowerRoman => Numerals.ToRoman(n).ToLowerInvariant(),
        ListStyle.Decimal or ListStyle.BracketedNumber => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>UN texts go on after (z) with (aa), (bb), (cc) … (76/140 runs to (ii)): a letter repeated.</summary>
    private static int? LetterValue(string label)
    {
        if (label.Length == 0)
        {
            return null;
        }

        foreach (var c in label)
        {
            if (c != label[0] || c is < 'a' or > 'z')
            {
                return null;
            }
        }

        return ((label.Length - 1) * 26) + (label[0] - 'a' + 1);
    }

    private static string Display(ListStyle style, string label) => style == ListStyle.Decimal ? label + "." : "(" + label + ")";
}
