using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK7005: a text refers to itself as "the present resolution" or "the present decision", never "this
/// resolution" (UN Editorial Manual; every seed), in the organs whose practice that is: not the Security Council,
/// which writes "this resolution". The fix rewrites the phrase.
/// </summary>
internal sealed partial class PresentResolutionRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PresentResolution, "present-resolution", RuleCategory.Style, DraftingSeverity.Warning,
        "'this resolution' instead of 'the present resolution'",
        "'{0}': a text refers to itself as '{1}'",
        fix: DraftingFix.Always("Write \"the present resolution\"", "Yes: \"this resolution\" → \"the present resolution\"."),
        organs: "The organs that write \"the present resolution\" (`self: the present`); not the Security Council",
        scope: RuleScope.Paragraph);

    private const string ThisText = @"\b(?<this>[Tt]his) (?<noun>resolution|decision)\b";
    private static readonly Regex This = ThisPattern();
#if NET
    [GeneratedRegex(ThisText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex ThisPattern();
#else
    private static Regex ThisPattern() => Patterns.AtRunTime(ThisText, RegexOptions.CultureInvariant);
#endif

    private const string RecurringResolutionText = @"\b(?:annual|biennial|triennial)\b[^.;]*\bresolutions?\b";
    private static readonly Regex RecurringResolution = RecurringResolutionPattern();
#if NET
    [GeneratedRegex(RecurringResolutionText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex RecurringResolutionPattern();
#else
    private static Regex RecurringResolutionPattern() => Patterns.AtRunTime(RecurringResolutionText, RegexOptions.CultureInvariant);
#endif

    public override DraftingDescriptor Descriptor => Rule;

    /// <summary>True when the clause before <paramref name="index"/> names a recurring resolution that "this" points back to.</summary>
    private static bool NamesRecurringResolution(string text, int index)
    {
        try
        {
            return RecurringResolution.IsMatch(text.Substring(0, index));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override void Check(RuleContext context)
    {
        if (context.Document.Header.Organ.SelfReference != "the present")
        {
            // The Security Council writes "this resolution" (688 times in its resolutions of 2020-2024, "the present
            // resolution" 8 times): an organ's own form is not a slip (Model/organs.tsv, column self).
            return;
        }

        // PERF: the texts were scanned once for every style rule (ScannedTexts); every match is "this resolution" or "this decision".
        foreach (var (text, holds) in context.Texts)
        {
            if ((holds & TextHolds.ThisResolution) == 0)
            {
                continue;
            }

            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                var matches = RegexMatches.AllOrNone(This, run.Text);

                foreach (var match in matches)
                {
                    if (match.Groups["noun"].Value == "decision" && context.Document.Header.Kind != Model.DocumentKind.Decision)
                    {
                        // In a resolution, "this decision" is a decision the text speaks of (75/128: "the
                        // exceptional nature of this decision"), not the text itself.
                        continue;
                    }

                    if (match.Groups["noun"].Value == "resolution" && NamesRecurringResolution(run.Text, match.Index))
                    {
                        // 75/89 and 76/71, paragraph 249: "the annual General Assembly resolution on sustainable
                        // fisheries, decides that the informal consultations on this resolution …": next year's text,
                        // which the clause has just named, not the present one.
                        continue;
                    }

                    var right = (match.Groups["this"].Value == "This" ? "The present " : "the present ") + match.Groups["noun"].Value;
                    var span = context.Locator.Locate(text, offset + match.Index, match.Length, out var exact);
                    context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null, match.Value, right);
                }
            }
        }
    }
}
