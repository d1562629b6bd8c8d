using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2001: an operative paragraph opens with a verb in the present indicative, third person singular
/// ("Decides", "Calls upon"), not "Decide", "Decided" or "Deciding". Verbs are judged against the leads of the
/// UN corpus; a verb the corpus does not know is left alone.
/// </summary>
internal sealed class OperativeLeadFormRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeLeadForm, "operative-lead-form", RuleCategory.Operative, DraftingSeverity.Error,
        "Operative verb not in the present indicative",
        "{0} opens with '{1}'; an operative paragraph opens with a verb in the present indicative, third person singular{2}",
        fix: DraftingFix.Sometimes("Write the verb in the present indicative", "Yes, when the vocabulary has one present-indicative form (\"Deciding\", \"Decided\", \"Decide\" → \"Decides\")."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var grammar = context.Grammar;
        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            var reading = context.Leads.Of(paragraph.Text);
            if (reading.HeadWord is not { } word || grammar.OperativeVerbs.Contains(LeadGrammar.Capitalized(word)))
            {
                continue;
            }

            var start = reading.Words.Start(reading.Head);

            var right = grammar.OperativeFormOf(LeadGrammar.Capitalized(word));
            if (right is not null && char.IsLower(word[0]))
            {
                right = char.ToLowerInvariant(right[0]) + right.Substring(1);
            }

            var participle = word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal);
            if (right is null && !(participle && grammar.PreambularHeads.Contains(LeadGrammar.Capitalized(word))))
            {
                continue;
            }

            if (participle && HasLaterOperativeVerb(paragraph.Text, grammar))
            {
                // "*Noting* the increase in IED attacks …, *decides* that all States shall …" (S/RES/2551 (2020),
                // paragraph 26): a participial clause before the paragraph's own italic verb.
                continue;
            }

            var span = context.Locator.Locate(paragraph.Text, start, word.Length, out var exact);
            var fix = right is not null && exact ? new[] { context.Edit(span.Start, span.Length, right) } : null;
            context.Report(Rule, span, fix, Paragraphs.Name(paragraph), word, right is null ? string.Empty : ": write '" + right + "'");
        }
    }

    /// <summary>True when an italic run after the first opens with an operative verb in its right form ("decides").</summary>
    private static bool HasLaterOperativeVerb(Model.InlineText text, LeadGrammar grammar)
    {
        var first = true;
        foreach (var inline in text.Inlines)
        {
            if (inline is not Model.Emphasis emphasis)
            {
                continue;
            }

            if (first)
            {
                first = false;
                continue;
            }

            if (LeadGrammar.Head(emphasis.Content.PlainText) is var (verb, _) && grammar.OperativeVerbs.Contains(LeadGrammar.Capitalized(verb)))
            {
                return true;
            }
        }

        return false;
    }
}
