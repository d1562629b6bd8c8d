using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK8007: the dates of meetings exist, fall within the session (for the General Assembly's Main Committees, from
/// September of the session's first year to September of the next; for a commission, in the year of its session) and
/// no later than the report's date, and one meeting has one date throughout the report ("At its 43rd meeting, on
/// 7 November" everywhere it is dated).
/// </summary>
internal sealed class MeetingDateRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.MeetingDate, "meeting-date", RuleCategory.Reports, DraftingSeverity.Warning,
        "Meeting date impossible, outside the session or inconsistent",
        "{0}",
        fix: DraftingFix.None("No: the right date is in the summary record."));

    private const string Month = Model.UnDate.MonthAlternation;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // "meetings, on 9, 10, 17, 22, 24 and 31 October and on 14 and 26 November 2013": the dates after "meeting(s), on".
    private static readonly Regex Dated = new(
        @"(?<meetings>(?:\d{1,4}(?:st|nd|rd|th)?(?:, |,? and )){0,40}\d{1,4}(?:st|nd|rd|th)? (?:plenary )?meetings?),? on (?<dates>(?:\d{1,2}(?:, |,? and )){0,40}\d{1,2} (?:" + Month + @")(?: \d{4})?(?:,? and on (?:\d{1,2}(?:, |,? and )){0,40}\d{1,2} (?:" + Month + @")(?: \d{4})?){0,12})",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex DateGroup = new(
        @"(?<days>(?:\d{1,2}(?:, |,? and )){0,40}\d{1,2}) (?<month>" + Month + @")(?: (?<year>\d{4}))?",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex Day = new(@"\d{1,2}", RegexOptions.CultureInvariant, Timeout);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        var header = context.Document.Header;
        var meetingDates = new Dictionary<int, UnDate>();
        foreach (var (block, text) in context.Texts())
        {
            var plain = text.PlainText;
            try
            {
                foreach (Match dated in Dated.Matches(plain))
                {
                    var dates = dated.Groups["dates"];
                    var found = new List<UnDate>();
                    foreach (Match group in DateGroup.Matches(dates.Value))
                    {
                        var month = MonthOf(group.Groups["month"].Value);
                        int? written = group.Groups["year"].Success ? int.Parse(group.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                        foreach (Match day in Day.Matches(group.Groups["days"].Value))
                        {
                            var at = context.Locate(block, text, dates.Index + group.Index + day.Index, group.Length - day.Index, out _);
                            var year = written ?? YearOf(header, month);
                            if (year is not int y)
                            {
                                continue;
                            }

                            var date = new UnDate(y, month, int.Parse(day.Value, CultureInfo.InvariantCulture));
                            if (!date.IsValid)
                            {
                                context.Report(Rule, at, $"'{day.Value} {group.Groups["month"].Value}' is not a date");
                                continue;
                            }

                            if (Outside(header, date) is { } why)
                            {
                                context.Report(Rule, at, $"The meeting of {date} {why}");
                                continue;
                            }

                            found.Add(date);
                        }
                    }

                    CheckConsistency(context, block, text, dated, found, meetingDates);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A paragraph too hostile to search is left unchecked rather than stalling the linter.
            }
        }
    }

    /// <summary>One meeting, one date: "At its 43rd meeting, on 7 November" wherever the 43rd is dated.</summary>
    private static void CheckConsistency(ReportRuleContext context, Reports.ReportBlock block, InlineText text, Match dated, List<UnDate> found, Dictionary<int, UnDate> meetingDates)
    {
        var numbers = Day.Matches(dated.Groups["meetings"].Value);
        if (numbers.Count != 1 || found.Count != 1)
        {
            return;
        }

        var meeting = int.Parse(numbers[0].Value, CultureInfo.InvariantCulture);
        if (meetingDates.TryGetValue(meeting, out var earlier))
        {
            if (!earlier.Equals(found[0]))
            {
                context.Report(Rule, context.Locate(block, text, dated.Index, dated.Length, out _), $"The {Numerals.ToOrdinalSuffixed(meeting)} meeting is dated {found[0]} here and {earlier} earlier in the report; one meeting has one date");
            }
        }
        else
        {
            meetingDates.Add(meeting, found[0]);
        }
    }

    private static int MonthOf(string name)
    {
        for (var i = 0; i < UnDate.Months.Count; i++)
        {
            if (UnDate.Months[i] == name)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The year of a meeting dated without one: the session's first year from September, the next before.</summary>
    private static int? YearOf(Reports.ReportHeader header, int month)
    {
        if (header.Session is int session && !header.Organ.CountsSessionsByYear && header.Organ.Name == Organ.GeneralAssembly.Name)
        {
            return month >= 9 ? 1945 + session : 1946 + session;
        }

        return header.Year ?? header.Issued?.Year;
    }

    private static string? Outside(Reports.ReportHeader header, UnDate date)
    {
        if (header.Issued is { } issued && date.CompareTo(issued) > 0)
        {
            return $"is after the report's date ({issued})";
        }

        if (header.Session is int session && header.Organ.Name == Organ.GeneralAssembly.Name)
        {
            var opens = new UnDate(1945 + session, 9, 1);
            var closes = new UnDate(1946 + session, 9, 30);
            if (date.CompareTo(opens) < 0 || date.CompareTo(closes) > 0)
            {
                return $"is outside the {Numerals.ToOrdinalWords(session)} session (September {1945 + session} to September {1946 + session})";
            }
        }
        else if (header.Year is int year && date.Year != year)
        {
            return $"is outside the session of {year}";
        }

        return null;
    }
}
