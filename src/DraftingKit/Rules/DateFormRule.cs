using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK7001: dates as the UN writes them, day, month, year: "19 December 2001", never "December 19, 2001",
/// "19th December 2001" or "19 December, 2001". The fix rewrites the date.
/// </summary>
internal sealed class DateFormRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.DateForm, "date-form", RuleCategory.Style, DraftingSeverity.Warning,
        "Date not written day, month, year",
        "'{0}' is not how the UN writes a date; write '{1}' (day, month, year; no ordinal, no comma)",
        fix: DraftingFix.Always("Write the date day, month, year", "Yes: the date is rewritten day, month, year."),
        scope: RuleScope.Paragraph);

    internal static IReadOnlyList<Regex> FormsForProbe => DocumentDates.FormsForProbe;

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // The document's dates are found once, for this rule and DK7002 (DocumentDates).
        foreach (var run in context.Dates.Runs)
        {
            var written = run.Normalized;
            foreach (var date in run.Dates)
            {
                if (date.Form == DateForm.DayMonthYear)
                {
                    continue;
                }

                var right = written.Substring(date.DayStart, date.DayLength).TrimStart('0') + " " + written.Substring(date.MonthStart, date.MonthLength)
                    + " " + written.Substring(date.YearStart, 4);
                var span = context.Locator.Locate(run.Text, run.Offset + date.Index, date.Length, out var exact);
                context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null, written.Substring(date.Index, date.Length), right);
            }
        }
    }
}
