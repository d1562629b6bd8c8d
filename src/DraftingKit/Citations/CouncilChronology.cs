using System.Runtime.CompilerServices;

namespace DraftingKit.Citations;

/// <summary>
/// The Security Council numbers its resolutions in one series that only grows (S/RES/1 (1946) to S/RES/2825 (2026)),
/// so a number's year lies between the years of the known numbers on either side of it: "1300 (1999)" cannot be,
/// since 1285 is of 2000; nor "242 (1997)", since 338 is of 1973. This reaches the years the catalog does not hold
/// whole (before 2001, and the current year), where <see cref="SerialLimits.CouncilYear"/> cannot judge. Read from the
/// catalog's rows on good evidence (the UN's record, or a date at least two later texts cite).
/// </summary>
internal sealed class CouncilChronology
{
    private static readonly ConditionalWeakTable<ResolutionCatalog, CouncilChronology> Cache = new();

    // Known numbers in ascending order, with their years.
    private readonly int[] numbers;
    private readonly int[] years;

    private CouncilChronology(ResolutionCatalog catalog)
    {
        var known = new SortedDictionary<int, int>();
        foreach (var entry in catalog.Entries)
        {
            if (entry.Organ == "SC" && entry.Kind == CitedKind.Resolution && Rules.CitationWrongDateRule.IsTrusted(entry.Evidence)
                && SerialLimits.CouncilNumber(entry.Number) is var (number, year))
            {
                known[number] = year;
            }
        }

        numbers = known.Keys.ToArray();
        years = known.Values.ToArray();
    }

    public static CouncilChronology Of(ResolutionCatalog catalog) => Cache.GetValue(catalog, c => new CouncilChronology(c));

    /// <summary>
    /// A known resolution that rules out <paramref name="year"/> for <paramref name="number"/>: one with a number no
    /// greater adopted in a later year, or one with a number no smaller adopted in an earlier year; or null.
    /// </summary>
    public (int Number, int Year)? Contradiction(int number, int year)
    {
        var index = Array.BinarySearch(numbers, number);
        var below = index >= 0 ? index : ~index - 1;
        var above = index >= 0 ? index : ~index;
        if (below >= 0 && years[below] > year)
        {
            return (numbers[below], years[below]);
        }

        if (above < numbers.Length && years[above] < year)
        {
            return (numbers[above], years[above]);
        }

        return null;
    }
}
