using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK8002: a text whose consideration section II records appears in section III, and every text of section III is
/// accounted for in section II (by a proceeding naming it, or a cross-reference to it). The rule applies to reports
/// that have a section "Consideration of proposals".
/// </summary>
internal sealed class ReportRecommendedTextsRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.ReportRecommendedTexts, "report-recommended-texts", RuleCategory.Reports, DraftingSeverity.Warning,
        "Section II and section III do not name the same texts",
        "{0}",
        fix: DraftingFix.None("No: add the proceeding or the include block that is missing."));

    private static readonly Regex Written = new(@"see para\. (?<paragraph>\d{1,4})(?:, (?<label>draft (?:resolution|decision)(?: [IVXLC]+)?))?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        var layout = context.Layout;
        var section = 0;
        var cited = new Dictionary<string, ReportBlock>(StringComparer.Ordinal);
        var recommended = new List<RecommendedText>();
        var hasConsideration = false;
        foreach (var block in context.Document.Blocks)
        {
            if (block is ReportHeading { Level: 1 } heading)
            {
                var title = heading.Text.PlainText;
                section = title.IndexOf("Consideration of proposals", StringComparison.OrdinalIgnoreCase) >= 0 ? 2
                    : title.IndexOf("Recommendations", StringComparison.OrdinalIgnoreCase) >= 0 ? 3
                    : 0;
                hasConsideration |= section == 2;
                continue;
            }

            if (section == 3 && block is RecommendedText text)
            {
                recommended.Add(text);
            }

            if (section != 2)
            {
                continue;
            }

            foreach (var id in CitedIds(block, layout))
            {
                if (!cited.ContainsKey(id))
                {
                    cited.Add(id, block);
                }
            }
        }

        if (!hasConsideration)
        {
            return;
        }

        var inSectionThree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in recommended)
        {
            inSectionThree.Add(text.Id);
            if (!cited.ContainsKey(text.Id))
            {
                var name = layout.LabelOf(text) ?? text.Document?.Header.Title ?? text.Id;
                context.Report(Rule, text.Span, $"{name} ('{text.Id}') is recommended in section III, but no paragraph of section II records its consideration; add the proceeding that adopted it (text: {text.Id})");
            }
        }

        foreach (var pair in cited)
        {
            if (!inSectionThree.Contains(pair.Key) && layout.Find(pair.Key) is not null)
            {
                context.Report(Rule, pair.Value.Span, $"Section II records the adoption of '{pair.Key}', but section III does not recommend it; include it under the recommendations");
            }
        }
    }

    private static IEnumerable<string> CitedIds(ReportBlock block, ReportLayout layout)
    {
        if (block is ProceedingParagraph { Proceeding: var proceeding })
        {
            if (ReportCrossReferenceRule.TextIdOf(proceeding) is { } id)
            {
                yield return id;
            }

            yield break;
        }

        var text = block switch
        {
            ReportParagraph paragraph => paragraph.Text,
            ReportText line => line.Text,
            _ => null,
        };
        if (text is null)
        {
            yield break;
        }

        foreach (var token in CrossReferenceTokens.Find(text))
        {
            yield return token.Id;
        }

        foreach (var match in RegexMatches.AllOrNone(Written, text.PlainText))
        {
            var paragraph = int.Parse(match.Groups["paragraph"].Value, CultureInfo.InvariantCulture);
            foreach (var candidate in layout.Report.Texts())
            {
                var label = layout.LabelOf(candidate);
                if (layout.RecommendingParagraphOf(candidate) == paragraph
                    && (!match.Groups["label"].Success || string.Equals(label, match.Groups["label"].Value, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return candidate.Id;
                }
            }
        }
    }
}
