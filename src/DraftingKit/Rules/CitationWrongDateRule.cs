using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK5002: a cited date that differs from the catalog's date of adoption ("73/186 of 17 December 2017" for a
/// resolution adopted on 17 December 2018). The fix writes the catalog's date. Only dates the catalog holds on
/// an official record, or on at least two citing texts, are trusted enough to call a citation wrong.
/// </summary>
internal sealed class CitationWrongDateRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationWrongDate, "citation-wrong-date", RuleCategory.Citations, DraftingSeverity.Error,
        "Cited date differs from the date of adoption",
        "{0} was adopted on {1}, not {2} (source: {3}); write '{1}'");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in DocumentCitations.Find(context))
        {
            var citation = cited.Citation;
            if (cited.Entry is not { Date: { } adopted } entry || citation.Date is not { } date || date == adopted || !IsTrusted(entry.Evidence))
            {
                continue;
            }

            var span = context.Locator.Locate(cited.Text, citation.DateStart, citation.DateLength, out var exact);
            var fix = exact && !citation.DateIsShared ? new[] { new TextEdit(span, adopted.ToString()) } : null;
            context.Report(Rule, span, fix, DocumentCitations.Describe(citation), adopted.ToString(), date.ToString(), entry.Source);
        }
    }

    private static bool IsTrusted(string evidence)
    {
        if (evidence == "record")
        {
            return true;
        }

        return evidence.StartsWith("cited:", System.StringComparison.Ordinal)
            && int.TryParse(evidence.Substring(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var texts)
            && texts >= 2;
    }
}
