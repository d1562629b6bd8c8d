using System.Globalization;
using System.IO;
using System.Reflection;
using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>
/// The resolutions and decisions DraftingKit knows, keyed by organ and number. The embedded default catalog is
/// built by <c>scripts/catalog/build_catalog.py</c> from the UN's own records and from the dates later UN texts
/// cite (source: United Nations); projects add or override rows with <c>*.catalog.csv</c> files. A symbol the
/// catalog lacks is "unknown" unless the catalog is complete for its organ and session.
/// </summary>
public sealed class ResolutionCatalog
{
    private static readonly Lazy<ResolutionCatalog> DefaultInstance = new(LoadDefault);

    private readonly Dictionary<string, CatalogEntry> entries;
    private readonly Dictionary<string, List<CatalogEntry>> bySession;
    private readonly List<CoverageRange> coverage;

    private ResolutionCatalog(Dictionary<string, CatalogEntry> entries, List<CoverageRange> coverage)
    {
        this.entries = entries;
        this.coverage = coverage;
        bySession = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            var key = SessionKey(entry.Organ, entry.Kind, entry.Number);
            if (!bySession.TryGetValue(key, out var list))
            {
                bySession.Add(key, list = new List<CatalogEntry>());
            }

            list.Add(entry);
        }
    }

    /// <summary>The catalog shipped inside the engine.</summary>
    public static ResolutionCatalog Default => DefaultInstance.Value;

    /// <summary>How many texts the catalog knows.</summary>
    public int Count => entries.Count;

    /// <summary>Every text the catalog knows, in no particular order.</summary>
    internal IEnumerable<CatalogEntry> Entries => entries.Values;

    /// <summary>A catalog of the given rows, complete for no organ.</summary>
    public static ResolutionCatalog Of(IEnumerable<CatalogEntry> rows)
    {
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            entries[row.Key] = row;
        }

        return new ResolutionCatalog(entries, new List<CoverageRange>());
    }

    /// <summary>This catalog with <paramref name="rows"/> added; a row with a known key replaces the old one.</summary>
    public ResolutionCatalog With(IEnumerable<CatalogEntry> rows)
    {
        var merged = new Dictionary<string, CatalogEntry>(entries, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            merged[row.Key] = row;
        }

        return new ResolutionCatalog(merged, coverage);
    }

    /// <summary>
    /// The texts of one session or year of an organ's series ("74" for 74/1 … 74/307), in no particular order: what
    /// an editor offers after "resolution 74/".
    /// </summary>
    public IReadOnlyList<CatalogEntry> OfSession(string organ, CitedKind kind, string session) =>
        bySession.TryGetValue(SessionKey(organ, kind, session + "/"), out var list) ? list : Array.Empty<CatalogEntry>();

    /// <summary>The entry for a cited text, or null when the catalog does not know it.</summary>
    public CatalogEntry? Find(string organ, CitedKind kind, string number) =>
        entries.TryGetValue(CatalogKey.Of(organ, kind, number), out var entry) ? entry : null;

    /// <summary>
    /// True when the catalog holds every text of that organ and session, so that a missing number is a real
    /// error rather than a gap in the catalog's sources.
    /// </summary>
    public bool IsComplete(string organ, CitedKind kind, string number)
    {
        if (kind != CitedKind.Resolution)
        {
            return false;
        }

        var session = SessionOf(organ, number);
        if (session is null)
        {
            return false;
        }

        foreach (var range in coverage)
        {
            if (range.Organ == organ && session >= range.First && session <= range.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the serial of <paramref name="number"/> ("816" in "73/816") is higher than that of every text the
    /// catalog knows of that organ and session, so that it is past the session's last known text.
    /// </summary>
    public bool IsBeyondKnownSerials(string organ, CitedKind kind, string number)
    {
        if (!bySession.TryGetValue(SessionKey(organ, kind, number), out var candidates) || Serial(number) is not int serial)
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (Serial(candidate.Number) is int known && known >= serial)
            {
                return false;
            }
        }

        return true;
    }

    private static int? Serial(string number)
    {
        var slash = number.IndexOf('/');
        var i = slash + 1;
        var value = 0;
        while (i < number.Length && i - slash <= 6 && number[i] is >= '0' and <= '9')
        {
            value = (value * 10) + (number[i] - '0');
            i++;
        }

        return slash >= 0 && i > slash + 1 ? value : null;
    }

    /// <summary>
    /// Known numbers close to <paramref name="number"/> in the same session: one digit changed, added, dropped
    /// or two digits swapped ("73/816" → "73/186"). Closest first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<CatalogEntry> Suggest(string organ, CitedKind kind, string number, int limit = 3)
    {
        var result = new List<(int Distance, CatalogEntry Entry)>();
        if (bySession.TryGetValue(SessionKey(organ, kind, number), out var candidates))
        {
            var table = Array.Empty<int>();
            foreach (var candidate in candidates)
            {
                // PERF: a number more than two characters longer or shorter is more than two edits away.
                if (Math.Abs(candidate.Number.Length - number.Length) > 2)
                {
                    continue;
                }

                var distance = EditDistance(candidate.Number, number, ref table);
                if (distance is > 0 and <= 2)
                {
                    result.Add((distance, candidate));
                }
            }
        }

        result.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Entry.Number, b.Entry.Number));
        var list = new List<CatalogEntry>();
        for (var i = 0; i < result.Count && i < limit; i++)
        {
            list.Add(result[i].Entry);
        }

        return list;
    }

    /// <summary>
    /// Reads catalog rows from CSV with the header <c>organ,number,kind,date,title,source</c> (kind and title may be
    /// empty; date as 2018-12-17). Bad rows are returned as messages with their line numbers, never thrown.
    /// </summary>
    public static (List<CatalogEntry> Rows, List<(int Line, string Message)> Problems) ReadCsv(TextReader reader, string sourceName)
    {
        var rows = new List<CatalogEntry>();
        var problems = new List<(int, string)>();
        var lineNumber = 0;
        string? line;
        string[]? header = null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = CsvLine.Split(line);
            if (header is null)
            {
                header = fields;
                if (Array.IndexOf(header, "organ") < 0 || Array.IndexOf(header, "number") < 0 || Array.IndexOf(header, "date") < 0)
                {
                    problems.Add((lineNumber, "the header must name the columns organ, number and date (and may add kind, title, source)"));
                    return (rows, problems);
                }

                continue;
            }

            string Field(string name)
            {
                var index = Array.IndexOf(header, name);
                return index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;
            }

            var kindText = Field("kind");
            var kind = kindText.Length == 0 || kindText == "resolution" ? CitedKind.Resolution : kindText == "decision" ? (CitedKind?)CitedKind.Decision : null;
            if (kind is null)
            {
                problems.Add((lineNumber, "kind must be 'resolution' or 'decision', not '" + kindText + "'"));
                continue;
            }

            if (Field("organ").Length == 0 || Field("number").Length == 0)
            {
                problems.Add((lineNumber, "organ and number are required"));
                continue;
            }

            UnDate? date = null;
            if (Field("date").Length > 0)
            {
                if (!UnDate.TryParse(Field("date"), out var parsed))
                {
                    problems.Add((lineNumber, "'" + Field("date") + "' is not a real date; write 2018-12-17"));
                    continue;
                }

                date = parsed;
            }

            var source = Field("source");
            rows.Add(new CatalogEntry(Field("organ"), Field("number"), kind.Value, date, "record", string.Empty, Field("title").Length == 0 ? null : Field("title"), source.Length == 0 ? sourceName + " line " + lineNumber.ToString(CultureInfo.InvariantCulture) : source));
        }

        return (rows, problems);
    }

    /// <summary>The session a number belongs to: 74 for "74/177", 2250 for "2250 (2015)" (Security Council by number).</summary>
    internal static int? SessionOf(string organ, string number)
    {
        var end = 0;
        while (end < number.Length && char.IsDigit(number[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return null;
        }

        return int.TryParse(number.Substring(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string SessionKey(string organ, CitedKind kind, string number)
    {
        var slash = number.IndexOf('/');
        return organ + (kind == CitedKind.Decision ? " d " : " r ") + (slash > 0 ? number.Substring(0, slash) : "?");
    }

    /// <summary>Damerau–Levenshtein distance (with adjacent swaps), as a mistyped number differs.</summary>
    /// <remarks>PERF: one flat table, kept across the candidates of one search (a two-dimensional array was made for each).</remarks>
    private static int EditDistance(string a, string b, ref int[] table)
    {
        var width = b.Length + 1;
        var size = (a.Length + 1) * width;
        if (table.Length < size)
        {
            table = new int[size];
        }

        var d = table;
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * width] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1), d[(i - 1) * width + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, d[(i - 2) * width + j - 2] + 1);
                }

                d[i * width + j] = cell;
            }
        }

        return d[a.Length * width + b.Length];
    }

    private static ResolutionCatalog LoadDefault()
    {
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var fields in ReadResource("catalog.tsv"))
        {
            if (fields.Length < 8)
            {
                continue;
            }

            UnDate? date = UnDate.TryParse(fields[3], out var parsed) ? parsed : null;
            var kind = fields[2] == "decision" ? CitedKind.Decision : CitedKind.Resolution;
            var entry = new CatalogEntry(fields[0], fields[1], kind, date, fields[4], fields[5], fields[6].Length == 0 ? null : fields[6], fields[7]);
            entries[entry.Key] = entry;
        }

        var coverage = new List<CoverageRange>();
        foreach (var fields in ReadResource("catalog-coverage.tsv"))
        {
            if (fields.Length >= 3
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                coverage.Add(new CoverageRange(fields[0], first, last));
            }
        }

        return new ResolutionCatalog(entries, coverage);
    }

    private static IEnumerable<string[]> ReadResource(string fileName)
    {
        var assembly = typeof(ResolutionCatalog).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("DraftingKit.Citations." + fileName)
            ?? throw new InvalidOperationException("The catalog resource " + fileName + " is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private sealed record CoverageRange(string Organ, int First, int Last);
}
