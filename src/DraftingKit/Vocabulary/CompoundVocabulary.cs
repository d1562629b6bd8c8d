using System.Globalization;
using System.IO;
using System.Reflection;
using DraftingKit.Model;

namespace DraftingKit.Vocabulary;

/// <summary>
/// The compounds the UN writes with a hyphen ("know-how", "well-being", "nuclear-weapon-free"), and how often it writes
/// the same letters as one word (compounds.tsv, built by scripts/vocabulary/generate_compounds.py from the UN's AKN4UN
/// texts of the General Assembly's sessions 75–77 and of the Security Council; source: United Nations). A PDF's
/// reading order drops the hyphen of a word broken at a line's end, and the text alone often does not say the word it
/// leaves ("knowhow") is a compound: the UN's own usage does.
/// </summary>
/// <remarks>
/// The table keeps its counts per source (a session, the Council), so that a vocabulary can be built from some of them
/// and measured on the others' texts. A word counts as hyphenated when the UN writes it so at least
/// <see cref="MinimumHyphenated"/> times and <see cref="Ratio"/> times as often as whole: "cooperation" (6,632 whole
/// to 41 "co-operation", mostly in a name), "peacekeeping" and "framework" are whole; "counter-terrorism" (533 to 50)
/// is hyphenated, though some names write it whole ("Global Counterterrorism Forum").
/// </remarks>
internal sealed class CompoundVocabulary
{
    /// <summary>The least number of hyphenated occurrences that makes a compound.</summary>
    private const int MinimumHyphenated = 2;

    /// <summary>How many times as often as whole the UN must hyphenate a compound.</summary>
    private const int Ratio = 4;

    /// <summary>The fewest letters of a compound: shorter ones ("a-c", "p-5") are labels and codes.</summary>
    private const int MinimumLetters = 4;

    private static readonly Lazy<CompoundVocabulary> DefaultInstance = new(() => Load(_ => true));

    private readonly Dictionary<string, Usage> usage;

    /// <summary>The words the UN writes whole with a capital inside ("FishCode", "CHamoru"), as written (inner-capitals.tsv).</summary>
    private readonly HashSet<string> innerCapitals;

    /// <summary>Each organ's own counts, by its source's initials ("ga", "sc"): the usage its texts follow first.</summary>
    private readonly Dictionary<string, Dictionary<string, Usage>> organs;

    private CompoundVocabulary(Dictionary<string, Usage> usage, HashSet<string> innerCapitals, Dictionary<string, Dictionary<string, Usage>>? organs = null)
    {
        this.usage = usage;
        this.innerCapitals = innerCapitals;
        this.organs = organs ?? new Dictionary<string, Dictionary<string, Usage>>(StringComparer.Ordinal);
        secondElements = new Lazy<HashSet<string>>(SecondElements);
        doublingElements = new Lazy<HashSet<string>>(DoublingElements);
        parts = new Lazy<HashSet<string>>(() => new HashSet<string>(this.usage.Values.SelectMany(found => found.Form.Split('-')).Where(part => part.Length >= 3), StringComparer.OrdinalIgnoreCase));
    }

    private readonly Lazy<HashSet<string>> parts;

    /// <summary>True when the UN writes <paramref name="word"/> as a part of a hyphenated word ("affiliated" in "al-Qaida-affiliated").</summary>
    public bool IsPart(string word) => (sharedElements ?? this).parts.Value.Contains(word);

    /// <summary>The fewest occurrences, hyphenated and whole, by which an organ's own usage of a word decides.</summary>
    private const int OrganEvidence = 4;

    /// <summary>
    /// The vocabulary a text of <paramref name="organ"/> follows: the organ's own usage of a word decides where it
    /// writes the word often enough (<see cref="OrganEvidence"/>) and one way far more than the other
    /// (<see cref="Ratio"/>), the UN's elsewhere: the Council writes "sub-committees", the Assembly "subcommittees".
    /// The table's sources are named by the organ's initials ("ga75", "sc"); an organ it does not count keeps the UN's.
    /// The elements read from the compounds (<see cref="IsSecondElement"/>, <see cref="HyphenatesBeforeItsLastLetter"/>)
    /// stay the UN's: they are patterns of the language, not one organ's spelling.
    /// </summary>
    public CompoundVocabulary Of(Organ organ)
    {
        var initials = string.Concat(organ.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToLowerInvariant(word[0])));
        if (!organs.TryGetValue(initials, out var own))
        {
            return this;
        }

        var followed = new Dictionary<string, Usage>(usage, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in own)
        {
            var (letters, found) = (entry.Key, entry.Value);
            // Where the organ writes a word both ways ("counterterrorism", 45 to 48 in the Council), it says nothing.
            if (found.Hyphenated + found.Whole >= OrganEvidence && (IsCompound(found) || found.Whole >= Ratio * found.Hyphenated))
            {
                followed[letters] = found;
            }
        }

        return new CompoundVocabulary(followed, innerCapitals) { sharedElements = this };
    }

    /// <summary>The vocabulary whose elements an organ's view keeps (<see cref="Of"/>).</summary>
    private CompoundVocabulary? sharedElements;

    /// <summary>How the UN writes one compound's letters: its hyphenated form (lower case) and the two counts.</summary>
    private readonly record struct Usage(string Form, int Hyphenated, int Whole);

    /// <summary>The table built from every source.</summary>
    public static CompoundVocabulary Default => DefaultInstance.Value;

    /// <summary>A vocabulary that knows no compound: the text's own evidence alone.</summary>
    public static CompoundVocabulary None { get; } = new(new Dictionary<string, Usage>(StringComparer.OrdinalIgnoreCase), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The sources the table counts in, as its header names them ("ga75", "ga76", "ga77", "sc").</summary>
    public static IReadOnlyList<string> Sources => Read().Sources;

    /// <summary>The table built from the sources <paramref name="include"/> accepts: the others' texts decide nothing.</summary>
    public static CompoundVocabulary From(Func<string, bool> include) => Load(include);

    /// <summary>
    /// The UN's hyphenated form of <paramref name="letters"/> (lower case; "know-how" for "knowhow"), when the UN
    /// hyphenates it far more often than it writes it whole; null otherwise.
    /// </summary>
    public string? Hyphenated(string letters) =>
        usage.TryGetValue(letters, out var found) && IsCompound(found) ? found.Form : null;

    /// <summary>True when the UN hyphenates <paramref name="letters"/> and never writes them as one word: a word it leaves whole anywhere in a line lost its hyphen.</summary>
    public bool NeverWhole(string letters) => usage.TryGetValue(letters, out var found) && IsCompound(found) && found.Whole == 0;

    /// <summary>True when the UN writes <paramref name="letters"/> as one word at least as often as hyphenated ("intercommunal", "peacekeeping").</summary>
    public bool WrittenWhole(string letters) => usage.TryGetValue(letters, out var found) && found.Whole >= found.Hyphenated;

    /// <summary>True when the UN writes <paramref name="word"/> whole, its capitals as they stand ("FishCode", "IBelong"; not "CounterTerrorism").</summary>
    public bool WrittenWithInnerCapital(string word) => innerCapitals.Contains(word);

    /// <summary>
    /// True when the UN hyphenates <paramref name="element"/> after many different words ("-related", "-based",
    /// "-sensitive", "-level": "gender-related", "drug-related", "climate-related"): a second element that makes a
    /// compound of whatever word stands before it, so that a word of the text before it, joined, lost its hyphen.
    /// </summary>
    public bool IsSecondElement(string element) => (sharedElements ?? this).secondElements.Value.Contains(element);

    private readonly Lazy<HashSet<string>> secondElements;

    private readonly Lazy<HashSet<string>> doublingElements;

    /// <summary>The fewest different words, beginning with the letter it ends with, a first element must stand before.</summary>
    private const int DoubledFirsts = 3;

    /// <summary>
    /// True when the UN hyphenates <paramref name="element"/> before many words that begin with the letter it ends with
    /// ("re-establish", "re-emergence", "pre-existing", "de-escalation", "post-trial"), so that the letter doubled would
    /// stand inside a word: "co-" is none ("cooperation", "coordination" are whole).
    /// </summary>
    public bool HyphenatesBeforeItsLastLetter(string element) => (sharedElements ?? this).doublingElements.Value.Contains(element);

    private HashSet<string> DoublingElements()
    {
        var seconds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var found in usage.Values.Where(IsCompound))
        {
            var parts = found.Form.Split('-');
            if (parts.Length == 2 && parts[0].Length >= 2 && parts[0].All(char.IsLetter) && parts[1].Length > 0 && parts[1][0] == parts[0][parts[0].Length - 1])
            {
                seconds[parts[0]] = seconds.TryGetValue(parts[0], out var count) ? count + 1 : 1;
            }
        }

        return new HashSet<string>(seconds.Where(pair => pair.Value >= DoubledFirsts).Select(pair => pair.Key), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The fewest different first words a second element must follow.</summary>
    private const int ElementFirsts = 5;

    private HashSet<string> SecondElements()
    {
        var firsts = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var found in usage.Values.Where(IsCompound))
        {
            var parts = found.Form.Split('-');
            if (parts.Length == 2 && parts[0].Length >= 3 && parts[1].Length >= MinimumLetters && parts[1].All(char.IsLetter))
            {
                (firsts.TryGetValue(parts[1], out var seen) ? seen : firsts[parts[1]] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(parts[0]);
            }
        }

        return new HashSet<string>(firsts.Where(pair => pair.Value.Count >= ElementFirsts).Select(pair => pair.Key), StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsCompound(Usage usage) =>
        usage.Hyphenated >= MinimumHyphenated && usage.Hyphenated >= Ratio * usage.Whole && usage.Form.Length - usage.Form.Count(c => c == '-') >= MinimumLetters;

    private static CompoundVocabulary Load(Func<string, bool> include)
    {
        var (sources, rows) = Read();
        var usage = new Dictionary<string, Usage>(rows.Count, StringComparer.OrdinalIgnoreCase);
        var organs = new Dictionary<string, Dictionary<string, Usage>>(StringComparer.Ordinal);
        foreach (var (letters, form, counts) in rows)
        {
            int hyphenated = 0, whole = 0;
            var byOrgan = new Dictionary<string, (int Hyphenated, int Whole)>(StringComparer.Ordinal);
            for (var s = 0; s < sources.Count; s++)
            {
                if (include(sources[s]))
                {
                    hyphenated += counts[2 * s];
                    whole += counts[(2 * s) + 1];

                    // "ga75" is the General Assembly's: the initials before a session's number.
                    var organ = sources[s].TrimEnd("0123456789".ToCharArray());
                    var seen = byOrgan.TryGetValue(organ, out var was) ? was : default;
                    byOrgan[organ] = (seen.Hyphenated + counts[2 * s], seen.Whole + counts[(2 * s) + 1]);
                }
            }

            if (hyphenated + whole > 0)
            {
                usage[letters] = new Usage(form, hyphenated, whole);
            }

            foreach (var entry in byOrgan)
            {
                var (organ, (ownHyphenated, ownWhole)) = (entry.Key, entry.Value);
                if (ownHyphenated + ownWhole > 0)
                {
                    (organs.TryGetValue(organ, out var own) ? own : organs[organ] = new Dictionary<string, Usage>(StringComparer.OrdinalIgnoreCase))[letters] = new Usage(form, ownHyphenated, ownWhole);
                }
            }
        }

        return new CompoundVocabulary(usage, InnerCapitals(include), organs);
    }

    /// <summary>The words of inner-capitals.tsv that a source <paramref name="include"/> accepts writes whole.</summary>
    private static HashSet<string> InnerCapitals(Func<string, bool> include)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var line in Lines("inner-capitals.tsv"))
        {
            var cells = line.Split('\t');
            if (line.Length > 0 && line[0] == '#')
            {
                // "# word	ga75 whole	ga76 whole	…": each source's name before its count.
                sources.AddRange(cells.Skip(1).Select(cell => cell.Split(' ')[0]));
                continue;
            }

            if (cells.Length == 1 + sources.Count && sources.Where((source, s) => include(source) && cells[s + 1] != "0").Any())
            {
                words.Add(cells[0]);
            }
        }

        return words;
    }

    private static IEnumerable<string> Lines(string table)
    {
        using var stream = typeof(CompoundVocabulary).GetTypeInfo().Assembly.GetManifestResourceStream("DraftingKit.Vocabulary." + table)
            ?? throw new InvalidOperationException(table + " is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            yield return line;
        }
    }

    private static (IReadOnlyList<string> Sources, List<(string Letters, string Form, int[] Counts)> Rows) Read()
    {
        var sources = new List<string>();
        var rows = new List<(string, string, int[])>();
        foreach (var line in Lines("compounds.tsv"))
        {
            var cells = line.Split('\t');
            if (line.Length > 0 && line[0] == '#')
            {
                // "# letters	hyphenated form	ga75 hyphenated	ga75 whole	…": each source's name before its two counts.
                for (var c = 2; c + 1 < cells.Length; c += 2)
                {
                    sources.Add(cells[c].Split(' ')[0]);
                }

                continue;
            }

            if (cells.Length != 2 + (2 * sources.Count))
            {
                continue;
            }

            var counts = new int[2 * sources.Count];
            for (var c = 0; c < counts.Length; c++)
            {
                counts[c] = int.Parse(cells[c + 2], NumberStyles.None, CultureInfo.InvariantCulture);
            }

            rows.Add((cells[0], cells[1], counts));
        }

        return (sources, rows);
    }
}
