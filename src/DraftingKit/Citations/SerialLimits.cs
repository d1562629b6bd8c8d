using System.Globalization;
using System.Runtime.CompilerServices;

namespace DraftingKit.Citations;

/// <summary>
/// How far the numbers of an organ's resolutions reach, read from the catalog's rows on good evidence (the UN's
/// record, recorded votes, or a date at least two later texts cite): the most resolutions any General Assembly
/// session has adopted, and the numbers each year of the Security Council ran from and to.
/// </summary>
internal sealed class SerialLimits
{
    private static readonly ConditionalWeakTable<ResolutionCatalog, SerialLimits> Cache = new();

    private readonly Dictionary<int, (int First, int Last)> councilYears = new();

    private SerialLimits(ResolutionCatalog catalog)
    {
        var councilFirstKnown = int.MaxValue;
        var councilLastKnown = 0;
        foreach (var entry in catalog.Entries)
        {
            if (entry.Kind != CitedKind.Resolution || !IsTrusted(entry.Evidence))
            {
                continue;
            }

            if (entry.Organ == "GA" && GeneralAssemblyNumber(entry.Number) is var (session, serial) && serial > MostInASession)
            {
                MostInASession = serial;
                MostInASessionAt = session;
            }
            else if (entry.Organ == "SC" && CouncilNumber(entry.Number) is var (number, year) && catalog.IsComplete("SC", CitedKind.Resolution, entry.Number))
            {
                councilYears[year] = councilYears.TryGetValue(year, out var range) ? (Math.Min(range.First, number), Math.Max(range.Last, number)) : (number, number);
                councilFirstKnown = Math.Min(councilFirstKnown, year);
                councilLastKnown = Math.Max(councilLastKnown, year);
            }
        }

        // The first and the last year the catalog covers may be covered only in part.
        councilYears.Remove(councilFirstKnown);
        councilYears.Remove(councilLastKnown);
    }

    /// <summary>The largest serial number of a General Assembly resolution in any session ("346" of 73/346).</summary>
    public int MostInASession { get; }

    /// <summary>The session that adopted <see cref="MostInASession"/> resolutions.</summary>
    public int MostInASessionAt { get; }

    /// <summary>
    /// The serial past which no General Assembly resolution number can be: the most any session has reached, with
    /// a quarter to spare for a session busier than all before it.
    /// </summary>
    public int GeneralAssemblyCeiling => MostInASession + (MostInASession / 4);

    public static SerialLimits Of(ResolutionCatalog catalog) => Cache.GetValue(catalog, c => new SerialLimits(c));

    /// <summary>The numbers the Security Council's resolutions of <paramref name="year"/> ran from and to, when the catalog holds the whole year.</summary>
    public (int First, int Last)? CouncilYear(int year) => councilYears.TryGetValue(year, out var range) ? range : null;

    /// <summary>Session and serial of a General Assembly number in the modern form ("73/186" → 73, 186).</summary>
    public static (int Session, int Serial)? GeneralAssemblyNumber(string number)
    {
        var slash = number.IndexOf('/');
        if (slash <= 0 || !int.TryParse(number.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var session))
        {
            return null;
        }

        var end = slash + 1;
        while (end < number.Length && char.IsDigit(number[end]))
        {
            end++;
        }

        return end > slash + 1 && int.TryParse(number.Substring(slash + 1, end - slash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var serial) ? (session, serial) : null;
    }

    /// <summary>Number and year of a Security Council resolution ("2334 (2016)" → 2334, 2016).</summary>
    public static (int Number, int Year)? CouncilNumber(string number)
    {
        var open = number.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && number.EndsWith(")", StringComparison.Ordinal) && number.Length == open + 7
            && int.TryParse(number.Substring(0, open), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && int.TryParse(number.Substring(open + 2, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (value, year)
            : null;
    }

    private static bool IsTrusted(string evidence) => Rules.CitationWrongDateRule.IsTrusted(evidence) || evidence.StartsWith("vote-record", StringComparison.Ordinal);
}
