using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>
/// Where everything of a report stands once it is laid out: the number of each numbered paragraph, the label of each
/// recommended text ("Draft resolution IV", or none for the only draft decision of a committee report) and the
/// paragraph that recommends it. Cross-references are computed from it, so they follow the texts when they move.
/// </summary>
public sealed class ReportLayout
{
    private readonly Dictionary<ReportBlock, int> numbers = new(ByReference<ReportBlock>.Comparer);
    private readonly Dictionary<RecommendedText, string?> labels = new(ByReference<RecommendedText>.Comparer);
    private readonly Dictionary<RecommendedText, int?> recommendingParagraphs = new(ByReference<RecommendedText>.Comparer);
    private readonly Dictionary<string, RecommendedText> byId = new(System.StringComparer.Ordinal);

    private ReportLayout(ReportDocument report)
    {
        Report = report;
        var kind = report.Header.Kind;
        var number = 0;
        var scope = new List<RecommendedText>();
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading when heading.Level <= (ReportKinds.NumbersTextsPerSection(kind) ? 2 : 1):
                    Label(scope);
                    break;
                case ReportParagraph { WrittenNumber: int written } when number == 0 && written > 0:
                    number = written;
                    numbers[block] = number;
                    break;
                case ReportParagraph or ProceedingParagraph:
                    numbers[block] = ++number;
                    break;
                case RecommendedText text:
                    recommendingParagraphs[text] = number == 0 ? null : number;
                    if (text.IsDraft && text.IsSingleSentence && text.Kind == DocumentKind.Decision && ReportKinds.NumbersSingleSentenceDecisions(kind))
                    {
                        numbers[block] = ++number;
                    }

                    scope.Add(text);
                    if (!byId.ContainsKey(text.Id))
                    {
                        byId.Add(text.Id, text);
                    }

                    break;
            }
        }

        Label(scope);
    }

    /// <summary>The report laid out.</summary>
    public ReportDocument Report { get; }

    /// <summary>Lays out <paramref name="report"/>.</summary>
    public static ReportLayout For(ReportDocument report) => new(report);

    /// <summary>The printed number of a numbered block, or null for a block without one.</summary>
    public int? NumberOf(ReportBlock block) => numbers.TryGetValue(block, out var number) ? number : null;

    /// <summary>The label the report prints above <paramref name="text"/>: "Draft resolution IV", "Resolution 26/1", or null.</summary>
    public string? LabelOf(RecommendedText text) => labels.TryGetValue(text, out var label) ? label : null;

    /// <summary>The number of the paragraph that recommends <paramref name="text"/> (the last numbered paragraph before it).</summary>
    public int? RecommendingParagraphOf(RecommendedText text) => recommendingParagraphs.TryGetValue(text, out var number) ? number : null;

    /// <summary>The text with <paramref name="id"/>, or null when the report carries none.</summary>
    public RecommendedText? Find(string id) => byId.TryGetValue(id, out var text) ? text : null;

    /// <summary>
    /// The cross-reference to <paramref name="text"/> as reports print it inside brackets: "see para. 20, draft
    /// resolution IV", or "see para. 21" for a text printed without a label.
    /// </summary>
    public string CrossReference(RecommendedText text)
    {
        var paragraph = RecommendingParagraphOf(text);
        var label = LabelOf(text);
        var where = paragraph is int n ? "see para. " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "see";
        return label is null ? where : where + ", " + char.ToLowerInvariant(label[0]) + label.Substring(1);
    }

    /// <summary>
    /// Numbers the drafts of one scope: "Draft resolution I", "II" … and "Draft decision I" …; a draft that is the only
    /// one of its kind in its scope is printed without a label (seed 000: the draft decision under paragraph 21).
    /// Adopted texts keep the label of their template.
    /// </summary>
    private void Label(List<RecommendedText> scope)
    {
        foreach (var kind in new[] { DocumentKind.Resolution, DocumentKind.Decision })
        {
            var drafts = scope.FindAll(text => text.IsDraft && text.Kind == kind);
            for (var i = 0; i < drafts.Count; i++)
            {
                labels[drafts[i]] = drafts.Count == 1
                    ? null
                    : (kind == DocumentKind.Decision ? "Draft decision " : "Draft resolution ") + Numerals.ToRoman(i + 1).ToUpperInvariant();
            }
        }

        foreach (var text in scope)
        {
            if (!text.IsDraft)
            {
                labels[text] = text.Document?.Header.Label;
            }
        }

        scope.Clear();
    }
}
