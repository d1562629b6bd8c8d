using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK8001: cross-references point at what exists. A computed reference (<c>{see L.6}</c>) and a proceeding's
/// <c>text:</c> name a text the report includes; a written one ("(see para. 20, draft resolution IV)") names a paragraph
/// that recommends texts and a label one of them carries.
/// </summary>
internal sealed class ReportCrossReferenceRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.ReportCrossReference, "report-cross-reference", RuleCategory.Reports, DraftingSeverity.Error,
        "Cross-reference points at nothing",
        "{0}",
        fix: DraftingFix.None("No: write `{see <id>}` and the reference is computed from where the text stands."));

    private static readonly Regex Written = new(
        @"see para\. (?<paragraph>\d{1,4})(?:, (?<label>draft (?:resolution|decision)(?: [IVXLC]+)?))?",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        var layout = context.Layout;
        foreach (var block in context.Document.Blocks)
        {
            if (block is ProceedingParagraph { Proceeding: var proceeding } && TextIdOf(proceeding) is { } id && layout.Find(id) is null)
            {
                context.Report(Rule, block.Span, $"The proceeding names the text '{id}', but no include block of the report has 'id: {id}'");
            }
        }

        foreach (var (block, text) in context.Texts())
        {
            foreach (var (run, id, index, length) in CrossReferenceTokens.Find(text))
            {
                if (layout.Find(id) is null)
                {
                    var span = run.Span.IsKnown && context.Locator.IsVerbatim(run) ? context.Lines.Span(run.Span.Start + index, length) : block.Span;
                    context.Report(Rule, span, $"'{{see {id}}}' names no text of the report; give the include block of the text 'id: {id}'");
                }
            }

            if (block is ProceedingParagraph)
            {
                continue;
            }

            var plain = text.PlainText;
            foreach (var match in Matches(plain))
            {
                var paragraph = int.Parse(match.Groups["paragraph"].Value, CultureInfo.InvariantCulture);
                var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
                var problem = Check(layout, paragraph, label);
                if (problem is not null)
                {
                    context.Report(Rule, context.Locate(block, text, match.Index, match.Length, out _), $"'{match.Value}': {problem}");
                }
            }
        }
    }

    private static string? Check(ReportLayout layout, int paragraph, string? label)
    {
        var recommends = false;
        string? labels = null;
        foreach (var text in layout.Report.Texts())
        {
            if (layout.RecommendingParagraphOf(text) != paragraph)
            {
                continue;
            }

            recommends = true;
            var printed = layout.LabelOf(text);
            if (label is null || (printed is not null && string.Equals(printed, label, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            labels = labels is null ? printed ?? "an unlabelled text" : labels + ", " + (printed ?? "an unlabelled text");
        }

        return recommends
            ? $"paragraph {paragraph} recommends {labels}, not {label}; write {{see <id>}} to have the reference computed"
            : $"paragraph {paragraph} recommends no text; write {{see <id>}} to have the reference computed";
    }

    internal static string? TextIdOf(Proceeding proceeding) => proceeding switch
    {
        Adoption adoption => adoption.TextId,
        DraftBeforeCommittee before => before.TextId,
        CouncilRecommendation recommendation => recommendation.TextId,
        _ => null,
    };

    private static IReadOnlyList<Match> Matches(string text) => RegexMatches.AllOrNone(Written, text);
}
