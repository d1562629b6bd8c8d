using DraftingKit.Citations;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK5021: one resolution or decision cited twice in one list ("its resolutions 73/186, 74/177 and 73/186"): a list
/// names each text once, so the second mention is a slip, most often for another number. The fix removes the second
/// mention with the comma before it when that leaves the list well formed (the mention is neither the first nor the
/// last of the list and carries no date of its own).
/// </summary>
internal sealed class CitationRepeatedInListRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationRepeatedInList, "citation-repeated-in-list", RuleCategory.Citations, DraftingSeverity.Warning,
        "Text cited twice in one list",
        "{0} is already cited in this list; cite each text once{1}",
        fix: DraftingFix.Sometimes(
            "Remove the repeated citation",
            "Removes the repeated number with the comma before it, when it stands inside the list without a date of its own (\"73/186, 74/177, 73/186 and 75/1\"); otherwise none, as the number meant may be another one."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // A list is the citations that follow one another from one opening word of one text: the search gives them
        // in order. PERF and meaning: by the text itself, not its value, so two paragraphs or footnotes that read
        // alike are two lists (a key by value hashed the whole text for every citation).
        var list = new List<CitationInText>();
        foreach (var cited in context.Citations)
        {
            if (cited.Citation.ListStart < 0)
            {
                continue;
            }

            if (list.Count > 0 && (!ReferenceEquals(list[0].Text, cited.Text) || list[0].Citation.ListStart != cited.Citation.ListStart))
            {
                Check(context, list);
                list.Clear();
            }

            list.Add(cited);
        }

        Check(context, list);
    }

    private static void Check(RuleContext context, List<CitationInText> list)
    {
        if (list.Count < 2)
        {
            return;
        }

        var seen = new HashSet<(string?, CitedKind, string)>();
        for (var i = 0; i < list.Count; i++)
        {
            var citation = list[i].Citation;
            if (seen.Add((citation.Organ, citation.Kind, citation.Number)))
            {
                continue;
            }

            var fix = Removal(context, list, i);
            context.Report(Rule, DocumentCitations.NumberSpan(context, list[i]), fix, Describe(citation), fix is null ? string.Empty : " (the fix removes the repeat)");
        }
    }

    private static string Describe(Citation citation) =>
        (citation.Kind == CitedKind.Decision ? "Decision " : "Resolution ") + citation.Number;

    /// <summary>The edit removing ", 73/186" from "73/186, 74/177, 73/186 and 75/1", or null when the list would not read right without it.</summary>
    private static IReadOnlyList<TextEdit>? Removal(RuleContext context, List<CitationInText> list, int index)
    {
        var repeat = list[index].Citation;
        if (index == 0 || index == list.Count - 1 || repeat.Date is not null && !repeat.DateIsShared)
        {
            return null;
        }

        var previous = list[index - 1].Citation;
        var plain = list[index].Text.PlainText;
        var previousEnd = previous.DateStart > previous.NumberStart && !previous.DateIsShared ? previous.DateStart + previous.DateLength : previous.NumberStart + previous.Number.Length;
        var gap = plain.Substring(previousEnd, repeat.NumberStart - previousEnd);
        if (gap != ", ")
        {
            return null;
        }

        var span = context.Locator.Locate(list[index].Text, previousEnd, repeat.NumberStart + repeat.Number.Length - previousEnd, out var exact);
        return exact ? new[] { context.Edit(span.Start, span.Length, string.Empty) } : null;
    }
}
