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
    public static bool TryParse(string text, out UnDate date) => TryParse(text, 0, text.Length, out date);

    /// <summary>
    /// Reads the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> as
    /// <see cref="TryParse(string, out UnDate)"/> does. PERF: read where they stand, with no copy of the text, its
    /// parts or its trimmed form; a text with characters beyond ASCII is folded first (a copy, rare).
    /// </summary>
    internal static bool TryParse(string text, int start, int length, out UnDate date)
    {
        date = default;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] > '\u007F')
            {
                // "19 September 2012" with a no-break space (or a soft hyphen in the month) is the same date.
                text = Text.PrintedText.Fold(text.Substring(start, length), out _);
                start = 0;
                length = text.Length;
                break;
            }
        }

        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        UnDate candidate;
        if (end - start == 10 && text[start + 4] == '-' && text[start + 7] == '-')
        {
            // "yyyy-MM-dd": four, two and two figures, exactly.
            candidate = new UnDate(Number(text, start, 4), Number(text, start + 5, 2), Number(text, start + 8, 2));
            if (candidate.IsValid)
            {
                date = candidate;
                return true;
            }
        }

        // "18 December 2019": figures, one space, a month's name, one space, figures.
        var first = text.IndexOf(' ', start, end - start);
        var second = first < 0 ? -1 : text.IndexOf(' ', first + 1, end - first - 1);
        if (second < 0 || text.IndexOf(' ', second + 1, end - second - 1) >= 0)
        {
            return false;
        }

        var month = MonthNumber(text, first + 1, second - first - 1);
        candidate = new UnDate(Number(text, second + 1, end - second - 1), month, Number(text, start, first - start));
        if (month > 0 && candidate.IsValid)
        {
            date = candidate;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The number the figures from <paramref name="start"/> write; -1 when there are none or another character
    /// stands among them; a large one stops at a value no date has.
    /// </summary>
    private static int Number(string text, int start, int length)
    {
        if (length <= 0)
        {
            return -1;
        }

        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            value = Math.Min((value * 10) + (text[i] - '0'), 100_000);
        }

        return value;
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
