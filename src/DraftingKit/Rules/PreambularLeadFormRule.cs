using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK1101: a preambular paragraph opens with a participle, participial phrase or adjective ("Recalling",
/// "Having considered", "Mindful"), never with the present-indicative verb of an operative paragraph ("Recalls").
/// </summary>
internal sealed class PreambularLeadFormRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PreambularLeadForm, "preambular-lead-form", RuleCategory.Preamble, DraftingSeverity.Error,
        "Preambular paragraph opens with an operative verb",
        "The preambular paragraph opens with '{0}', the form of an operative paragraph; {1}",
        fix: DraftingFix.Sometimes("Write the participle", "Yes, when the vocabulary has one participle for the verb (\"Recalls\" → \"Recalling\")."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var grammar = context.Grammar;
        foreach (var paragraph in context.Document.PreambularParagraphs())
        {
            var reading = context.Leads.Of(paragraph.Text);
            if (reading.HeadWord is not { } word
                || !grammar.OperativeVerbs.Contains(LeadGrammar.Capitalized(word))
                || grammar.PreambularHeads.Contains(LeadGrammar.Capitalized(word)))
            {
                continue;
            }

            var start = reading.Words.Start(reading.Head);

            var span = context.Locator.Locate(paragraph.Text, start, word.Length, out var exact);
            var participle = grammar.PreambularFormOf(LeadGrammar.Capitalized(word));
            if (participle is not null && char.IsLower(word[0]))
            {
                participle = char.ToLowerInvariant(participle[0]) + participle.Substring(1);
            }

            var fix = participle is not null && exact ? new[] { context.Edit(span.Start, span.Length, participle) } : null;
            context.Report(Rule, span, fix, word,
                participle is null ? "open it with a participle or an adjective, or number it as an operative paragraph" : "write '" + participle + "'");
        }
    }
}
