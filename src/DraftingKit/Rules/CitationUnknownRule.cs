using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK5001: a cited resolution or decision the catalog does not know. A warning where the catalog holds every
/// text of that organ and session (General Assembly 74–80, Security Council since 2000), so the number is wrong.
/// Elsewhere the catalog's sources cannot see every text: information when the number is past the session's
/// last known text and a known text has the same digits transposed ("73/816" for 73/186), hidden otherwise.
/// </summary>
internal sealed class CitationUnknownRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationUnknown, "citation-unknown", RuleCategory.Citations, DraftingSeverity.Warning,
        "Cited resolution not in the catalog",
        "{0} is {1}{2}",
        fix: DraftingFix.None("None: the right number cannot be known; the message suggests the closest known numbers"),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (cited.Entry is not null || citation.Organ is null || !citation.OrganStated || CitationNumberBeyondRule.Why(context, cited) is not null)
            {
                continue; // A number no text can have is DK5020's: one finding for one number.
            }

            // Where the sources see only part of a session, an unknown number is most often a real text they do not
            // list (440 in the UN's 647 adopted resolutions of 2020–2022); only a number past the last known text of
            // its session whose digits are those of a known text, transposed, is worth a word.
            // PERF: the closest numbers are sought only where they may be shown.
            var complete = context.Catalog.IsComplete(citation.Organ, citation.Kind, citation.Number);
            var suggestions = complete || context.Catalog.IsBeyondKnownSerials(citation.Organ, citation.Kind, citation.Number)
                ? context.Catalog.Suggest(citation.Organ, citation.Kind, citation.Number)
                : Array.Empty<Citations.CatalogEntry>();
            if (!complete && suggestions.Count > 0)
            {
                suggestions = suggestions.Where(s => IsTransposition(s.Number, citation.Number)).ToList();
            }

            var hint = suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => s.Number)) + "?";
            var diagnostic = DraftingDiagnostic.Create(
                Rule,
                DocumentCitations.NumberSpan(context, cited),
                DocumentCitations.Describe(citation),
                complete ? "not a text the catalog knows, and the catalog holds every text of that session" : "unknown to the catalog (its sources do not cover every text of that session)",
                hint);
            context.Add(complete ? diagnostic : diagnostic with { Severity = suggestions.Count > 0 ? DraftingSeverity.Info : DraftingSeverity.Hidden });
        }
    }

    /// <summary>True when <paramref name="known"/> has the characters of <paramref name="cited"/> in another order.</summary>
    private static bool IsTransposition(string known, string cited) =>
        known.Length == cited.Length && known != cited
        && known.OrderBy(c => c).SequenceEqual(cited.OrderBy(c => c));
}
