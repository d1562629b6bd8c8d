using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK2004: when an operative verb is repeated, the adverb precedes it and climbs "Also" then "Further": "Also"
/// never follows "Also" of the same verb (UN corpus: once in 1,333), "Further" only after an earlier "Also" of
/// the same verb (plain→Further: 6 times in 15,596 paragraphs), and never "Requests also" (0 in the corpus).
/// A plain repeat ("Encourages" again) is allowed: the corpus does it 783 times.
/// </summary>
internal sealed class OperativeAdverbLadderRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeAdverbLadder, "operative-adverb-ladder", RuleCategory.Operative, DraftingSeverity.Warning,
        "Operative repeat adverb out of place or out of order",
        "{0} opens with '{1}'; {2}",
        fix: DraftingFix.Always("Put the adverb in its place", "Yes: \"Requests also\" → \"Also requests\"; a second \"Also requests\" in a row → \"Further requests\"; \"Further requests\" with no earlier \"Also requests\" → \"Also requests\" (when there is an earlier \"Requests\")."),
        organs: "The organs that keep the ladder (`repeats: ladder` in organs.tsv); not the Security Council");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // An organ that keeps no ladder (the Security Council: "Further decides" after "Decides", "Decides further")
        // is held only to "Also" never following "Also" of the same verb (Model/organs.tsv, column repeats).
        var ladder = context.Document.Header.Organ.KeepsRepeatLadder;
        var seenPlain = new HashSet<string>();
        var seenAlso = new HashSet<string>();
        OperativeLadder.Rung? previous = null;
        foreach (var rung in context.Rungs)
        {
            if (previous is not null && previous.Part != rung.Part)
            {
                seenPlain.Clear();
                seenAlso.Clear();
                previous = null;
            }

            // The rung as the advice leaves it, so that the paragraphs after it are judged against the corrected
            // chain: "Decides, Further decides, Further decides" is one slip (the second becomes "Also"), not two.
            var effective = rung.Adverb;
            if (rung.AdverbAfterVerb && ladder)
            {
                var right = OperativeLadder.Write(rung.Adverb!, rung.Verb);
                Report(context, rung, right, "in an operative paragraph the adverb precedes the verb: write '" + right + "'");
            }
            else if (OperativeLadder.Is(rung.Adverb, "Also") && previous is { Adverb: "Also" } && previous.Verb == rung.Verb)
            {
                var right = OperativeLadder.Write("Further", rung.Verb);
                Report(context, rung, right, "the paragraph before already says 'Also " + Lower(rung.Verb) + "': write '" + right + "'");
                effective = "Further";
            }
            else if (OperativeLadder.Is(rung.Adverb, "Further") && !seenAlso.Contains(rung.Verb) && ladder)
            {
                // With the plain verb before it, "Further" stands for "Also"; with none, the verb is said here for the
                // first time and takes no adverb ("Also decides" there would draw DK2005).
                var afterPlain = seenPlain.Contains(rung.Verb);
                var right = afterPlain ? OperativeLadder.Write("Also", rung.Verb) : rung.Verb;
                Report(context, rung, right, "'Further' comes after an earlier 'Also " + Lower(rung.Verb) + "', and there is none: write '" + right + "'");
                effective = afterPlain ? "Also" : null;
            }

            if (effective is null)
            {
                seenPlain.Add(rung.Verb);
            }
            else if (effective == "Also")
            {
                seenAlso.Add(rung.Verb);
            }

            previous = rung;
        }
    }

    // PERF: the lead is located in the source and the paragraph named only for a paragraph reported, not for every rung.
    private static void Report(RuleContext context, OperativeLadder.Rung rung, string right, string advice)
    {
        var span = context.Locator.Locate(rung.Paragraph.Text, rung.LeadStart, rung.LeadText.Length, out var exact);
        context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null, Paragraphs.Name(rung.Paragraph), rung.LeadText, advice);
    }

    private static string Lower(string verb) => char.ToLowerInvariant(verb[0]) + verb.Substring(1);
}
