using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>DK5004: the same resolution cited with two different dates in one document.</summary>
internal sealed class CitationInconsistentDatesRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationInconsistentDates, "citation-inconsistent-dates", RuleCategory.Citations, DraftingSeverity.Error,
        "Same resolution cited with two dates",
        "{0} is cited here of {1} but earlier of {2} (line {3}); one of them is wrong",
        fix: DraftingFix.None("None: which date is right is for the catalog (DK5002) or the drafter to say"));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var first = new Dictionary<string, (UnDate Date, SourceSpan Span)>(System.StringComparer.Ordinal);
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (citation.Key is not { } key || citation.Date is not { } date || citation.DateIsShared || !citation.OrganStated)
            {
                continue;
            }

            var span = context.Locator.Locate(cited.Text, citation.DateStart, citation.DateLength);
            if (!first.TryGetValue(key, out var earlier))
            {
                first.Add(key, (date, span));
            }
            else if (earlier.Date != date)
            {
                context.Report(Rule, span, DocumentCitations.Describe(citation), date.ToString(), earlier.Date.ToString(), earlier.Span.Line);
            }
        }
    }
}
