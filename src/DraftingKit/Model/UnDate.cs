using System.Globalization;

namespace DraftingKit.Model;

/// <summary>
/// A calendar date as UN texts write it: "18 December 2019" (day, month, year; no ordinal, no comma). A plain
/// value with no time zone, so that output never depends on the machine's clock or culture.
/// </summary>
public readonly record struct UnDate(int Year, int Month, int Day) : IComparable<UnDate>
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The English month names, January first.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Months => MonthNames;

    /// <summary>
    /// The month names as a regular-expression alternation ("January|February|…|December"), for the patterns that
    /// find dates in running text; the one list every reader and rule takes them from.
    /// </summary>
    public const string MonthAlternation = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The number of an English month name (1 for "January"), or 0 when it is none.</summary>
    public static int MonthNumber(string name) => Array.IndexOf(MonthNames, name) + 1;

    /// <summary>The number of the month whose English name stands at <paramref name="start"/> of <paramref name="text"/> for <paramref name="length"/> characters; 0 for none.</summary>
    internal static int MonthNumber(string text, int start, int length)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Length == length && string.CompareOrdinal(text, start, MonthNames[i], 0, length) == 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>True when the date exists in the Gregorian calendar.</summary>
    public bool IsValid => Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month);

    /// <summary>Reads an ISO date ("2019-12-18") or a UN date ("18 December 2019").</summary>
    public static bool TryParse(string text, out UnDate date)
    {
        // "19 September 2012" with a no-break space (or a soft hyphen in the month) is the same date.
        text = Text.PrintedText.Fold(text, out _).Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            date = new UnDate(iso.Year, iso.Month, iso.Day);
            return true;
        }

        var parts = text.Split(' ');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var month = Array.IndexOf(MonthNames, parts[1]) + 1;
            var candidate = new UnDate(year, month, day);
            if (month > 0 && candidate.IsValid)
            {
                date = candidate;
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>"2019-12-18".</summary>
    public string ToIsoString() => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);

    /// <summary>"18 December 2019".</summary>
    public override string ToString() =>
        Month is >= 1 and <= 12
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", Day, MonthNames[Month - 1], Year)
            : ToIsoString();

    /// <inheritdoc />
    public int CompareTo(UnDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);
}
