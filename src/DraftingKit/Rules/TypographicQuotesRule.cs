using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK7004: UN texts use typographic quotation marks, “ ” and ‘ ’, and the typographic apostrophe ’. The fix
/// turns straight quotes into curly ones: an opening mark after a space or bracket, a closing one elsewhere.
/// </summary>
internal sealed class TypographicQuotesRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.TypographicQuotes, "typographic-quotes", RuleCategory.Style, DraftingSeverity.Warning,
        "Straight quotation marks",
        "Straight {0} in the text; UN texts use typographic quotes “ ” and the apostrophe ’",
        fix: DraftingFix.Always("Use typographic quotation marks", "Yes: an opening mark after a space or bracket, a closing one elsewhere; apostrophes become ’."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // PERF: the texts were scanned once for every style rule (ScannedTexts); a text with no straight quotation mark has nothing to report.
        foreach (var (text, holds) in context.Texts)
        {
            if ((holds & TextHolds.StraightQuote) == 0)
            {
                continue;
            }

            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                var edits = new List<TextEdit>();
                var first = -1;
                var what = string.Empty;
                for (var i = 0; i < run.Text.Length; i++)
                {
                    var c = run.Text[i];
                    if (c is not ('"' or '\''))
                    {
                        continue;
                    }

                    if (first < 0)
                    {
                        first = i;
                        what = c == '"' ? "quotation marks" : "apostrophes or quotation marks";
                    }

                    var opening = i == 0 ? IsOpeningContext(text, run) : char.IsWhiteSpace(run.Text[i - 1]) || run.Text[i - 1] is '(' or '[' or '“';
                    var curly = c == '"' ? (opening ? "“" : "”") : (opening ? "‘" : "’");
                    var span = context.Locator.Locate(text, offset + i, 1, out var exact);
                    if (exact)
                    {
                        edits.Add(context.Edit(span.Start, 1, curly));
                    }
                }

                if (first >= 0)
                {
                    context.Report(Rule, context.Locator.Locate(text, offset + first, 1), edits, what);
                }
            }
        }
    }

    private static bool IsOpeningContext(InlineText text, TextRun run)
    {
        var plain = text.PlainText;
        foreach (var (candidate, offset) in TextLocator.Runs(text))
        {
            if (ReferenceEquals(candidate, run))
            {
                return offset == 0 || char.IsWhiteSpace(plain[offset - 1]) || plain[offset - 1] is '(' or '[';
            }
        }

        return true;
    }
}
