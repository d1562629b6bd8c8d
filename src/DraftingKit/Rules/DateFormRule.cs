using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// DK7001: dates as the UN writes them, day, month, year: "19 December 2001", never "December 19, 2001",
/// "19th December 2001" or "19 December, 2001". The fix rewrites the date.
/// </summary>
internal sealed partial class DateFormRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.DateForm, "date-form", RuleCategory.Style, DraftingSeverity.Warning,
        "Date not written day, month, year",
        "'{0}' is not how the UN writes a date; write '{1}' (day, month, year; no ordinal, no comma)",
        fix: DraftingFix.Always("Write the date day, month, year", "Yes: the date is rewritten day, month, year."),
        scope: RuleScope.Paragraph);

    private const string Month = "(?<month>" + Model.UnDate.MonthAlternation + ")";
    private const string MonthFirst = @"\b" + Month + @"\s(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s(?<year>[0-9]{4})\b";
    private const string OrdinalDay = @"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)\s(?:of\s)?" + Month + @",?\s(?<year>[0-9]{4})\b";
    private const string CommaBeforeYear = @"\b(?<day>[0-9]{1,2})\s" + Month + @",\s(?<year>[0-9]{4})\b";

    private static readonly Regex[] Forms = { MonthFirstForm(), OrdinalDayForm(), CommaBeforeYearForm() };

    internal static IReadOnlyList<Regex> FormsForProbe => Forms;

#if NET
    [GeneratedRegex(MonthFirst, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex MonthFirstForm();

    [GeneratedRegex(OrdinalDay, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex OrdinalDayForm();

    [GeneratedRegex(CommaBeforeYear, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex CommaBeforeYearForm();
#else
    private static Regex MonthFirstForm() => Patterns.AtRunTime(MonthFirst, RegexOptions.CultureInvariant);

    private static Regex OrdinalDayForm() => Patterns.AtRunTime(OrdinalDay, RegexOptions.CultureInvariant);

    private static Regex CommaBeforeYearForm() => Patterns.AtRunTime(CommaBeforeYear, RegexOptions.CultureInvariant);
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

                foreach (var form in Forms)
                {
                    var matches = RegexMatches.AllOrNone(form, run.Text);

                    foreach (var match in matches)
                    {
                        var right = match.Groups["day"].Value.TrimStart('0') + " " + match.Groups["month"].Value + " " + match.Groups["year"].Value;
                        var span = context.Locator.Locate(text, offset + match.Index, match.Length, out var exact);
                        context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null, match.Value, right);
                    }
                }
            }
        }
    }
}
