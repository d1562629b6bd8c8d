using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK5005: the first mention of a resolution in the body gives its date of adoption ("its resolution 56/119 of
/// 19 December 2001"); later mentions may omit it. Footnotes ("Resolution 70/174, annex.") cite without dates, and
/// Security Council numbers carry their year, so neither is checked. The fix inserts the catalog's date.
/// </summary>
internal sealed class CitationFirstMentionUndatedRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationFirstMentionUndated, "citation-first-mention-undated", RuleCategory.Citations, DraftingSeverity.Hidden,
        "First mention of a resolution without its date",
        "The first mention of {0} gives no date of adoption{1}",
        fix: DraftingFix.Sometimes("Insert the date of adoption from the catalog", "Inserts \"of <date>\" from the catalog"));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (cited.InFootnote || !citation.OrganStated || citation.Key is not { } key || citation.Organ == "SC" || !seen.Add(key) || citation.Date is not null)
            {
                continue;
            }

            var span = context.Locator.Locate(cited.Text, citation.NumberStart, citation.Number.Length, out var exact);
            if (cited.Entry?.Date is { } adopted)
            {
                var fix = exact ? new[] { new TextEdit(context.Lines.Span(span.End, 0), " of " + adopted) } : null;
                context.Report(Rule, span, fix, DocumentCitations.Describe(citation), "; write '" + citation.Number + " of " + adopted + "'");
            }
            else
            {
                context.Report(Rule, span, DocumentCitations.Describe(citation), string.Empty);
            }
        }
    }
}
