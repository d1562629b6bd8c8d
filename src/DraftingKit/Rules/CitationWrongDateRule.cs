using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK5002: a cited date that differs from the catalog's date of adoption ("73/186 of 17 December 2017" for a
/// resolution adopted on 17 December 2018). The fix writes the catalog's date. Only dates the catalog holds on
/// an official record, or on at least two citing texts, are trusted enough to call a citation wrong. A date no
/// text of that number can have is DK5003's, which then names the catalog's date and carries the fix: one
/// finding for one date.
/// </summary>
internal sealed class CitationWrongDateRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationWrongDate, "citation-wrong-date", RuleCategory.Citations, DraftingSeverity.Error,
        "Cited date differs from the date of adoption",
        "{0} was adopted on {1}, not {2} (source: {3}); write '{1}'",
        fix: DraftingFix.Sometimes("Correct the date from the catalog", "Writes the catalog's date"),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (cited.Entry is not { Date: { } adopted } entry || citation.Date is not { } date || citation.DateIsShared || !citation.OrganStated || date == adopted || !IsTrusted(entry.Evidence)
                || citation.Organ is not null && CitationImpossibleDateRule.Why(citation, date) is not null)
            {
                continue;
            }

            var span = context.Locator.Locate(cited.Text, citation.DateStart, citation.DateLength, out var exact);
            var fix = exact ? new[] { new TextEdit(span, adopted.ToString()) } : null;
            context.Report(Rule, span, fix, DocumentCitations.Describe(citation), adopted.ToString(), date.ToString(), entry.Source);
        }
    }

    internal static bool IsTrusted(string evidence)
    {
        // "record" is the UN's own record; recorded-vote data ("vote-record") is trusted only where later texts
        // cite the same date ("vote-record+cited:N"), because its day of the month is not always right.
        if (evidence == "record")
        {
            return true;
        }

        var cited = evidence.IndexOf("cited:", System.StringComparison.Ordinal);
        return cited >= 0
            && int.TryParse(evidence.Substring(cited + 6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var texts)
            && texts >= 2;
    }
}
