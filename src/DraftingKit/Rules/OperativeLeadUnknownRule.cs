using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2006: an operative paragraph opens with its verb, not with a misspelling of one ("Welcmes").
/// </summary>
internal sealed class OperativeLeadUnknownRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeLeadUnknown, "operative-lead-misspelt", RuleCategory.Operative, DraftingSeverity.Warning,
        "Operative verb misspelt",
        "{0} opens with '{1}', a verb no resolution uses; write '{2}'",
        fix: DraftingFix.Sometimes("Correct the spelling of the verb", "Yes: \"Welcmes\" becomes \"Welcomes\"."),
        organs: "All; the \"-ise\" spelling passes in the texts of the organs that write it (`spelling: ize-or-ise`: the Security Council)",
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            if (paragraph.Number is null || UnknownLead.Find(context.Grammar, context.Leads.Of(paragraph.Text), operative: true) is not { Suggestion: not null } found)
            {
                continue; // an unnumbered paragraph may be a run-on decision or a heading the reader kept as text
            }

            if (found.Suggestion is { } known && context.Document.Header.Organ.AcceptsIseSpelling && IseSpelling.IsVariantOf(found.Word, known))
            {
                // The Security Council's "-ise" spelling ("Recognising", "Authorises"): its practice, not a slip.
                continue;
            }

            var span = context.Locator.Locate(paragraph.Text, found.Start, found.Word.Length, out var exact);
            var fix = found.Suggestion is not null && exact ? new[] { context.Edit(span.Start, span.Length, found.Suggestion) } : null;
            context.Report(Rule, span, fix, Paragraphs.Name(paragraph), found.Word, found.Suggestion ?? string.Empty);
        }
    }
}
