using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1106: a preambular paragraph opens with its lead, a participle or adjective; not with a word that cannot be
/// one ("Some States …") nor with a misspelt participle ("Recallng").
/// </summary>
internal sealed class PreambularLeadUnknownRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularLeadUnknown, "preambular-lead-unknown", RuleCategory.Preamble, DraftingSeverity.Warning,
        "Preambular paragraph opens with no lead",
        "The preambular paragraph opens with '{0}', {1}",
        fix: DraftingFix.Sometimes("Correct the spelling of the lead", "For a misspelling with one nearest lead: \"Recallng\" becomes \"Recalling\". None for a paragraph that opens with no lead."),
        organs: "All; the \"-ise\" spelling passes in the texts of the organs that write it (`spelling: ize-or-ise`: the Security Council)",
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            if (UnknownLead.Find(context.Grammar, context.Leads.Of(paragraph.Text), operative: false) is not { } found)
            {
                continue;
            }

            if (found.Suggestion is { } known && context.Document.Header.Organ.AcceptsIseSpelling && IseSpelling.IsVariantOf(found.Word, known))
            {
                // The Security Council's "-ise" spelling ("Recognising", "Authorises"): its practice, not a slip.
                continue;
            }

            var span = context.Locator.Locate(paragraph.Text, found.Start, found.Word.Length, out var exact);
            var fix = found.Suggestion is not null && exact ? new[] { context.Edit(span.Start, span.Length, found.Suggestion) } : null;
            context.Report(Rule, span, fix, found.Word,
                found.Suggestion is null ? "which is no participle or adjective; a preambular paragraph opens with its lead ('Recalling', 'Mindful')" : "a lead no resolution uses; write '" + found.Suggestion + "'");
        }
    }
}
