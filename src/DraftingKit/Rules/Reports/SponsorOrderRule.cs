using DraftingKit.Diagnostics;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK8005: a sponsor list runs in English alphabetical order, ignoring the article ("the Bahamas" under B) and
/// accents ("Côte d'Ivoire" between "Costa Rica" and "Croatia"), and names no State twice, counting those who joined
/// later. "the former Yugoslav Republic of Macedonia" was listed under T, as the UN listed it.
/// </summary>
internal sealed class SponsorOrderRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SponsorOrder, "sponsor-order", RuleCategory.Reports, DraftingSeverity.Warning,
        "Sponsor list out of order or naming a State twice",
        "{0}",
        fix: DraftingFix.None("No: reorder the list (a fix would have to move every name after the first out of place)."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        foreach (var list in SponsorLists.Find(context))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var names in new[] { list.Names, list.Later })
            {
                string? previousKey = null;
                string? previous = null;
                foreach (var sponsor in names)
                {
                    var key = KeyOf(sponsor.Name);
                    if (!seen.Add(key))
                    {
                        context.Report(Rule, sponsor.Span, $"'{sponsor.Name}' is named twice among the sponsors of this draft; name each State once");
                    }
                    else if (previousKey is not null && string.CompareOrdinal(key, previousKey) < 0)
                    {
                        context.Report(Rule, sponsor.Span, $"'{sponsor.Name}' stands after '{previous}'; sponsor lists run in English alphabetical order, ignoring 'the'");
                    }

                    previousKey = key;
                    previous = sponsor.Name;
                }
            }
        }
    }

    private static string KeyOf(string name) =>
        StateNames.Default.Find(name) is { } known ? known.SortKey : StateNames.SortKeyOf(name);
}
