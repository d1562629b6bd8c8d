using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

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

    private const string Month = "(?<month>" + Model.UnDate.MonthAlternation + ")";

    private static readonly Regex[] Forms =
    {
        new(@"\b" + Month + @"\s(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s(?<year>[0-9]{4})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
        new(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)\s(?:of\s)?" + Month + @",?\s(?<year>[0-9]{4})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
        new(@"\b(?<day>[0-9]{1,2})\s" + Month + @",\s(?<year>[0-9]{4})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
    };

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
