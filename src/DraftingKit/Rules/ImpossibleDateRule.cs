using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>DK7002: a date that does not exist ("31 November 2019", "29 February 2021").</summary>
internal sealed class ImpossibleDateRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.ImpossibleDate, "impossible-date", RuleCategory.Style, DraftingSeverity.Error,
        "Date does not exist",
        "'{0}' is not a date in the calendar; {1} has {2} days",
        fix: DraftingFix.None("No: which date was meant cannot be known."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // The document's dates are found once, for this rule and DK7001 (DocumentDates).
        foreach (var run in context.Dates.Runs)
        {
            var normalized = run.Normalized;
            foreach (var date in run.Dates)
            {
                if (date.Form != DateForm.DayMonthYear)
                {
                    continue;
                }

                var (index, length) = (date.Index, date.Length);
                var (day, month, year, monthStart, monthLength) = Parts(normalized, index, length);
                var yearStart = index + length - 4;
                if (year < 1 || new UnDate(year, month, day).IsValid)
                {
                    continue;
                }

                var days = DateTime.DaysInMonth(year, month);
                context.Report(Rule, context.Locator.Locate(run.Text, run.Offset + index, length), normalized.Substring(index, length),
                    normalized.Substring(monthStart, monthLength) + " " + normalized.Substring(yearStart, 4), days);
            }
        }
    }

    internal static Regex PatternForTests => Patterns.AtRunTime(DocumentDates.DayMonthYearText, RegexOptions.CultureInvariant);

    /// <summary>
    /// The day, month and year of a match of the pattern, and where its month's name stands. PERF: read from where
    /// they stand in the match (day, a space, the month, a space, four digits), so that a date that exists costs no string.
    /// </summary>
    internal static (int Day, int Month, int Year, int MonthStart, int MonthLength) Parts(string text, int index, int length)
    {
        var dayLength = IsDigit(text[index + 1]) ? 2 : 1;
        var yearStart = index + length - 4;
        var monthStart = index + dayLength + 1;
        var monthLength = yearStart - 1 - monthStart;
        return (Digits(text, index, dayLength), UnDate.MonthNumber(text, monthStart, monthLength), Digits(text, yearStart, 4), monthStart, monthLength);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
