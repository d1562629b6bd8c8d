using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>DK7002: a date that does not exist ("31 November 2019", "29 February 2021").</summary>
internal sealed partial class ImpossibleDateRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.ImpossibleDate, "impossible-date", RuleCategory.Style, DraftingSeverity.Error,
        "Date does not exist",
        "'{0}' is not a date in the calendar; {1} has {2} days",
        fix: DraftingFix.None("No: which date was meant cannot be known."),
        scope: RuleScope.Paragraph);

    private const string DateText = @"\b(?<day>[0-9]{1,2})\s(?<month>" + UnDate.MonthAlternation + @")\s(?<year>[0-9]{4})\b";
    private static readonly Regex Date = DatePattern();
#if NET
    [GeneratedRegex(DateText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatePattern();
#else
    private static Regex DatePattern() => Patterns.AtRunTime(DateText, RegexOptions.CultureInvariant);
#endif

    // PERF: every form names a month; a run without a month name is skipped without trying the patterns.
    private static readonly DraftingKit.Text.Literals MonthNames = new(UnDate.Months);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var found = new List<(int Index, int Length)>();
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                if (!MonthNames.AnyIn(run.Text))
                {
                    continue;
                }

                var normalized = RegexMatches.AllOrNone(Date, run.Text, found);
                foreach (var (index, length) in found)
                {
                    var (day, month, year, monthStart, monthLength) = Parts(normalized, index, length);
                    var yearStart = index + length - 4;
                    if (year < 1 || new UnDate(year, month, day).IsValid)
                    {
                        continue;
                    }

                    var days = DateTime.DaysInMonth(year, month);
                    context.Report(Rule, context.Locator.Locate(text, offset + index, length), normalized.Substring(index, length),
                        normalized.Substring(monthStart, monthLength) + " " + normalized.Substring(yearStart, 4), days);
                }
            }
        }
    }

    internal static Regex PatternForTests => Date;

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
