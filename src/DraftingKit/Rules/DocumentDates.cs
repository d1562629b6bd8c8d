using System.Text.RegularExpressions;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>How a date found in running text is written.</summary>
internal enum DateForm
{
    /// <summary>Day, month, year as the UN writes it: "19 December 2001" (DK7002 asks whether it exists).</summary>
    DayMonthYear,

    /// <summary>"December 19, 2001" (DK7001).</summary>
    MonthFirst,

    /// <summary>"19th December 2001", "19th of December, 2001" (DK7001).</summary>
    OrdinalDay,

    /// <summary>"19 December, 2001" (DK7001).</summary>
    CommaBeforeYear,
}

/// <summary>
/// A date written in a run: its form, where it stands in the run's printed normal form, and where its day, month
/// and year stand in it.
/// </summary>
internal readonly record struct DateInText(DateForm Form, int Index, int Length, int DayStart, int DayLength, int MonthStart, int MonthLength, int Month)
{
    /// <summary>Where the year (the date's last four figures) stands.</summary>
    public int YearStart => Index + Length - 4;
}

/// <summary>The dates of one run of a text: the text, the run's offset in its plain text, the run's printed normal form.</summary>
internal sealed class RunDates
{
    public RunDates(InlineText text, int offset, string normalized, DateInText[] dates)
    {
        Text = text;
        Offset = offset;
        Normalized = normalized;
        Dates = dates;
    }

    public InlineText Text { get; }

    public int Offset { get; }

    /// <summary>The run's printed normal form (no-break spaces as spaces), which the dates' offsets index.</summary>
    public string Normalized { get; }

    /// <summary>The run's dates, form by form (in the order of <see cref="DateForm"/>), each form's in text order.</summary>
    public DateInText[] Dates { get; }
}

/// <summary>
/// The dates of a document's texts (body in reading order, then footnotes), found once for the date rules of a
/// file as its citations are: DK7001 reads the forms the UN does not write, DK7002 asks whether the UN's form names a
/// day of the calendar.
/// </summary>
/// <remarks>
/// PERF: every form names a month, so each form's pattern is tried only at the few places a match can start before
/// a month's name (the day and its ordinal suffix and "of"), anchored there (<c>\G</c>); before, each rule
/// normalized every run holding a month and searched it from end to end with each of its patterns. Trying the
/// places in text order and going on after a match's end finds what a search of the whole run finds: a match
/// starts at its month (<see cref="DateForm.MonthFirst"/>), or at most 8 ("19th of ", <see cref="DateForm.OrdinalDay"/>)
/// or 3 ("19 ") characters before it.
/// </remarks>
internal sealed partial class DocumentDates
{
    private const string Month = "(?<month>" + UnDate.MonthAlternation + ")";
    internal const string DayMonthYearText = @"\b(?<day>[0-9]{1,2})\s" + Month + @"\s(?<year>[0-9]{4})\b";
    internal const string MonthFirstText = @"\b" + Month + @"\s(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s(?<year>[0-9]{4})\b";
    internal const string OrdinalDayText = @"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)\s(?:of\s)?" + Month + @",?\s(?<year>[0-9]{4})\b";
    internal const string CommaBeforeYearText = @"\b(?<day>[0-9]{1,2})\s" + Month + @",\s(?<year>[0-9]{4})\b";

    // How far before its month's name a match of each form can start: "19 " (3), "19th of " (8).
    private static readonly (DateForm Form, Regex Anchored, int Before)[] Forms =
    {
        (DateForm.DayMonthYear, DayMonthYearAt(), 3),
        (DateForm.MonthFirst, MonthFirstAt(), 0),
        (DateForm.OrdinalDay, OrdinalDayAt(), 8),
        (DateForm.CommaBeforeYear, CommaBeforeYearAt(), 3),
    };

    private static readonly Literals MonthNames = new(UnDate.Months);

    private static readonly DocumentDates NoDates = new(Array.Empty<RunDates>());

#if NET
    [GeneratedRegex(@"\G" + DayMonthYearText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex DayMonthYearAt();

    [GeneratedRegex(@"\G" + MonthFirstText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex MonthFirstAt();

    [GeneratedRegex(@"\G" + OrdinalDayText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex OrdinalDayAt();

    [GeneratedRegex(@"\G" + CommaBeforeYearText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex CommaBeforeYearAt();

    [GeneratedRegex(MonthFirstText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex MonthFirstForm();

    [GeneratedRegex(OrdinalDayText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex OrdinalDayForm();

    [GeneratedRegex(CommaBeforeYearText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex CommaBeforeYearForm();
#else
    private static Regex DayMonthYearAt() => Patterns.AtRunTime(@"\G" + DayMonthYearText, RegexOptions.CultureInvariant);

    private static Regex MonthFirstAt() => Patterns.AtRunTime(@"\G" + MonthFirstText, RegexOptions.CultureInvariant);

    private static Regex OrdinalDayAt() => Patterns.AtRunTime(@"\G" + OrdinalDayText, RegexOptions.CultureInvariant);

    private static Regex CommaBeforeYearAt() => Patterns.AtRunTime(@"\G" + CommaBeforeYearText, RegexOptions.CultureInvariant);

    private static Regex MonthFirstForm() => Patterns.AtRunTime(MonthFirstText, RegexOptions.CultureInvariant);

    private static Regex OrdinalDayForm() => Patterns.AtRunTime(OrdinalDayText, RegexOptions.CultureInvariant);

    private static Regex CommaBeforeYearForm() => Patterns.AtRunTime(CommaBeforeYearText, RegexOptions.CultureInvariant);
#endif

    private DocumentDates(IReadOnlyList<RunDates> runs) => Runs = runs;

    /// <summary>The runs that hold a date of any form, in the order of the texts and of their runs.</summary>
    public IReadOnlyList<RunDates> Runs { get; }

    /// <summary>DK7001's patterns searched whole, for the pattern probe.</summary>
    internal static IReadOnlyList<Regex> FormsForProbe { get; } = new[] { MonthFirstForm(), OrdinalDayForm(), CommaBeforeYearForm() };

    /// <summary>The dates of every text of <paramref name="texts"/>, each read once.</summary>
    public static DocumentDates Find(IReadOnlyList<ScannedText> texts)
    {
        List<RunDates>? runs = null;
        var months = new List<int>();
        var dates = new List<DateInText>();
        foreach (var scanned in texts)
        {
            if ((scanned.Holds & TextHolds.MonthName) == 0)
            {
                continue;
            }

            foreach (var (run, offset) in TextLocator.Runs(scanned.Text))
            {
                if (In(run.Text, months, dates) is { } normalized)
                {
                    (runs ??= new List<RunDates>()).Add(new RunDates(scanned.Text, offset, normalized, dates.ToArray()));
                }
            }
        }

        return runs is null ? NoDates : new DocumentDates(runs);
    }

    /// <summary>
    /// The dates of one run into <paramref name="dates"/>; returns the run's printed normal form, which their offsets
    /// index, or null when it holds none.
    /// </summary>
    internal static string? In(string run, List<int> months, List<DateInText> dates)
    {
        months.Clear();
        dates.Clear();
        for (var at = MonthNames.IndexIn(run, 0); at >= 0; at = MonthNames.IndexIn(run, at + 1))
        {
            months.Add(at);
        }

        if (months.Count == 0)
        {
            return null;
        }

        // Month names are letters, which the normal form keeps: they stand at the same offsets in it.
        var normalized = PrintedText.Normalize(run);
        foreach (var (form, anchored, before) in Forms)
        {
            var first = dates.Count;
            try
            {
                var next = 0;
                foreach (var month in months)
                {
                    for (var start = Math.Max(next, month - before); start <= month; start++)
                    {
                        next = start + 1;
                        if (form != DateForm.MonthFirst && normalized[start] is < '0' or > '9')
                        {
                            continue; // The other forms open with the day's figures.
                        }

                        var length = LengthAt(anchored, normalized, start);
                        if (length > 0)
                        {
                            dates.Add(Read(form, normalized, start, length));
                            next = start + length;
                            break;
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // All of a form's dates in the run or none, as a search of the whole run gave.
                dates.RemoveRange(first, dates.Count - first);
            }
        }

        return dates.Count == 0 ? null : normalized;
    }

    /// <summary>The length of the match of <paramref name="anchored"/> starting at <paramref name="start"/>, or 0.</summary>
    private static int LengthAt(Regex anchored, string text, int start)
    {
#if NET
        foreach (var match in anchored.EnumerateMatches(text.AsSpan(), start))
        {
            return match.Length;
        }

        return 0;
#else
        var match = anchored.Match(text, start);
        return match.Success ? match.Length : 0;
#endif
    }

    /// <summary>
    /// The parts of a match from where they stand: the month is the first capital (or the match's start), the day
    /// its one or two figures before (or after the month), the year its last four figures.
    /// </summary>
    private static DateInText Read(DateForm form, string text, int index, int length)
    {
        var monthStart = index;
        if (form != DateForm.MonthFirst)
        {
            while (text[monthStart] is < 'A' or > 'Z')
            {
                monthStart++;
            }
        }

        var monthLength = 0;
        while (monthStart + monthLength < index + length && text[monthStart + monthLength] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
        {
            monthLength++;
        }

        var dayStart = form == DateForm.MonthFirst ? monthStart + monthLength + 1 : index;
        var dayLength = dayStart + 1 < text.Length && text[dayStart + 1] is >= '0' and <= '9' ? 2 : 1;
        return new DateInText(form, index, length, dayStart, dayLength, monthStart, monthLength, UnDate.MonthNumber(text, monthStart, monthLength));
    }
}
