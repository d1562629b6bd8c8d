using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK4003: in English a footnote marker follows punctuation ("of 1961,[^2]", not "of 1961[^2],"), as every
/// seed and the UN Editorial Manual (Footnotes, chap. 5) place it. The fix moves the mark before the marker.
/// </summary>
internal sealed class FootnoteMarkerPlacementRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.FootnoteMarkerPlacement, "footnote-marker-placement", RuleCategory.Footnotes, DraftingSeverity.Warning,
        "Footnote marker before punctuation",
        "Footnote marker [^{0}] stands before '{1}'; in English the marker follows the punctuation: write '{1}[^{0}]'",
        fix: DraftingFix.Always("Move the punctuation before the marker", "Yes: the punctuation moves before the marker."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var text in DocumentText.InReadingOrder(context.Document))
        {
            var inlines = text.Inlines;
            for (var i = 0; i + 1 < inlines.Count; i++)
            {
                if (inlines[i] is not FootnoteReference reference || inlines[i + 1] is not TextRun { Text.Length: > 0 } next
                    || next.Text[0] is not (',' or ';' or ':' or '.'))
                {
                    continue;
                }

                var mark = next.Text[0];
                var source = context.Source;
                var fix = reference.Span.IsKnown && next.Span.Start == reference.Span.End && next.Span.Start < source.Length && source[next.Span.Start] == mark
                    ? new[] { context.Edit(reference.Span.Start, reference.Length() + 1, mark + source.Substring(reference.Span.Start, reference.Length())) }
                    : null;
                context.Report(Rule, reference.Span, fix, reference.Label, mark);
            }
        }
    }
}

/// <summary>Small helpers on model nodes.</summary>
internal static class FootnoteReferenceExtensions
{
    public static int Length(this FootnoteReference reference) => reference.Span.Length;
}
