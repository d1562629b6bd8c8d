using System.Globalization;
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
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                if (!MonthNames.AnyIn(run.Text))
                {
                    continue;
                }

                var matches = RegexMatches.AllOrNone(Date, run.Text);

                foreach (var match in matches)
                {
                    var day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    var month = UnDate.MonthNumber(match.Groups["month"].Value);
                    if (year < 1 || new UnDate(year, month, day).IsValid)
                    {
                        continue;
                    }

                    var days = DateTime.DaysInMonth(year, month);
                    context.Report(Rule, context.Locator.Locate(text, offset + match.Index, match.Length), match.Value,
                        match.Groups["month"].Value + " " + match.Groups["year"].Value, days);
                }
            }
        }
    }
}
