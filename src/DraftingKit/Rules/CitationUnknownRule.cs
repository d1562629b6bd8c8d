using System.Linq;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK5001: a cited resolution or decision the catalog does not know. A warning where the catalog holds every
/// text of that organ and session (General Assembly 74–80, Security Council since 2000), so the number is wrong;
/// information elsewhere, where the catalog's sources cannot see every text.
/// </summary>
internal sealed class CitationUnknownRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationUnknown, "citation-unknown", RuleCategory.Citations, DraftingSeverity.Warning,
        "Cited resolution not in the catalog",
        "{0} is {1}{2}");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (cited.Entry is not null || citation.Organ is null || !citation.OrganStated)
            {
                continue;
            }

            var complete = context.Catalog.IsComplete(citation.Organ, citation.Kind, citation.Number);
            var suggestions = context.Catalog.Suggest(citation.Organ, citation.Kind, citation.Number);
            var hint = suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => s.Number)) + "?";
            var diagnostic = DraftingDiagnostic.Create(
                Rule,
                DocumentCitations.NumberSpan(context, cited),
                DocumentCitations.Describe(citation),
                complete ? "not a text the catalog knows, and the catalog holds every text of that session" : "unknown to the catalog (its sources do not cover every text of that session)",
                hint);
            context.Add(complete ? diagnostic : diagnostic with { Severity = DraftingSeverity.Info });
        }
    }
}
