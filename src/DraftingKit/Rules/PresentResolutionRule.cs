using System;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK7005: a text refers to itself as "the present resolution" or "the present decision", never "this
/// resolution" (UN Editorial Manual; every seed). The fix rewrites the phrase.
/// </summary>
internal sealed class PresentResolutionRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PresentResolution, "present-resolution", RuleCategory.Style, DraftingSeverity.Warning,
        "'this resolution' instead of 'the present resolution'",
        "'{0}': a text refers to itself as '{1}'");

    private static readonly Regex This = new(@"\b(?<this>[Tt]his) (?<noun>resolution|decision)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                MatchCollection matches;
                try
                {
                    matches = This.Matches(run.Text);
                    _ = matches.Count;
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }

                foreach (Match match in matches)
                {
                    if (match.Groups["noun"].Value == "decision" && context.Document.Header.Kind != Model.DocumentKind.Decision)
                    {
                        // In a resolution, "this decision" is a decision the text speaks of (75/128: "the
                        // exceptional nature of this decision"), not the text itself.
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
