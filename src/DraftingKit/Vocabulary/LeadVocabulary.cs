using System.IO;
using System.Reflection;

namespace DraftingKit.Vocabulary;

/// <summary>
/// The preambular and operative leads that the United Nations actually uses, with how often, generated from
/// the UN's AKN4UN files by <c>scripts/vocabulary/generate_leads.py</c> (source: United Nations). The importer
/// uses it to find where a lead ends; the rules use it to tell a known lead from a slip.
/// </summary>
public sealed class LeadVocabulary
{
    private static readonly Lazy<LeadVocabulary> DefaultInstance = new(() => Read("preambular-leads.tsv", "operative-leads.tsv"));

    private static readonly Lazy<LeadVocabulary> OpenersInstance = new(() => new LeadVocabulary(
        WithCouncil(Default.Preambular, Council.Preambular),
        WithCouncil(Default.Operative, Council.Operative)));

    private static readonly Lazy<LeadVocabulary> CouncilInstance = new(() => Read("council-preambular-leads.tsv", "council-operative-leads.tsv"));

    // The leads of the UN's texts in French, by the same script from the French files (french-*.tsv): where a French
    // text's lead ends ("Prenant note avec satisfaction"). The rules read English and do not run on them.
    private static readonly Lazy<LeadVocabulary> FrenchInstance = new(() => Read("french-preambular-leads.tsv", "french-operative-leads.tsv"));

    private readonly Dictionary<string, List<string>> preambularByFirstWord;
    private readonly Dictionary<string, List<string>> operativeByFirstWord;
    private readonly IReadOnlyDictionary<string, int> preambularOpens;
    private readonly IReadOnlyDictionary<string, int> operativeOpens;

    /// <summary>Creates a vocabulary from lead counts.</summary>
    public LeadVocabulary(IReadOnlyDictionary<string, int> preambular, IReadOnlyDictionary<string, int> operative)
        : this(preambular, operative, preambular, operative)
    {
    }

    /// <summary>
    /// Creates a vocabulary from lead counts and, for each lead, how many paragraphs open with its words at all
    /// (<paramref name="preambularOpens"/>, <paramref name="operativeOpens"/>), italic or not: what tells where an
    /// organ ends a lead's italics (<see cref="PreambularItalicsAtStart"/>).
    /// </summary>
    internal LeadVocabulary(
        IReadOnlyDictionary<string, int> preambular,
        IReadOnlyDictionary<string, int> operative,
        IReadOnlyDictionary<string, int> preambularOpens,
        IReadOnlyDictionary<string, int> operativeOpens)
    {
        Preambular = preambular;
        Operative = operative;
        this.preambularOpens = preambularOpens;
        this.operativeOpens = operativeOpens;
        preambularByFirstWord = IndexByFirstWord(preambular.Keys);
        operativeByFirstWord = IndexByFirstWord(operative.Keys);
    }

    /// <summary>The vocabulary shipped with DraftingKit.</summary>
    public static LeadVocabulary Default => DefaultInstance.Value;

    /// <summary>
    /// The leads that tell the importer where a paragraph opens: the Assembly's (<see cref="Default"/>) and the
    /// Security Council's, generated from the Council's AKN4UN files by the same script (<c>council-*.tsv</c>), so that
    /// "Acting under Chapter VII …" opens its paragraph in a text read in reading order. Evidence of an opening only:
    /// what the rules judge a slip stays the Assembly's, and a Council text's italics are read by <see cref="Council"/>.
    /// </summary>
    internal static LeadVocabulary Openers => OpenersInstance.Value;

    /// <summary>
    /// The Security Council's own leads (<c>council-*.tsv</c>): how the Council sets a lead in italics, which is not the
    /// Assembly's way ("<i>Reaffirming</i> its strong commitment", "<i>Expressing</i> concern").
    /// </summary>
    internal static LeadVocabulary Council => CouncilInstance.Value;

    /// <summary>
    /// The leads that tell the importer where a paragraph of a text in <paramref name="language"/> opens: the French
    /// leads for a text in French, <see cref="Openers"/> for any other.
    /// </summary>
    internal static LeadVocabulary OpenersFor(Model.DocumentLanguage language) => language.Code == "fr" ? FrenchInstance.Value : Openers;

    /// <summary>
    /// The vocabulary the importer reads a text in <paramref name="language"/> by: the French leads for a text in
    /// French, <see cref="Default"/> for any other.
    /// </summary>
    internal static LeadVocabulary For(Model.DocumentLanguage language) => language.Code == "fr" ? FrenchInstance.Value : Default;

    /// <summary>Preambular leads ("Recalling also") and how often the corpus uses each.</summary>
    public IReadOnlyDictionary<string, int> Preambular { get; }

    /// <summary>Operative leads ("Also requests") and how often the corpus uses each.</summary>
    public IReadOnlyDictionary<string, int> Operative { get; }

    /// <summary>The longest known preambular lead that opens <paramref name="text"/>, or null.</summary>
    public string? PreambularLeadAtStart(string text) => LongestAtStart(preambularByFirstWord, text, 0);

    /// <summary>The longest known operative lead that opens <paramref name="text"/>, or null.</summary>
    public string? OperativeLeadAtStart(string text) => LongestAtStart(operativeByFirstWord, text, 0);

    /// <summary>The longest known preambular lead at <paramref name="start"/> of <paramref name="text"/>, or null.</summary>
    internal string? PreambularLeadAtStart(string text, int start) => LongestAtStart(preambularByFirstWord, text, start);

    /// <summary>The longest known operative lead at <paramref name="start"/> of <paramref name="text"/>, or null.</summary>
    internal string? OperativeLeadAtStart(string text, int start) => LongestAtStart(operativeByFirstWord, text, start);

    /// <summary>
    /// The preambular lead that opens <paramref name="text"/> as the vocabulary's texts set it in italics, or null: see
    /// <see cref="ItalicsAtStart"/>.
    /// </summary>
    internal string? PreambularItalicsAtStart(string text) => ItalicsAtStart(preambularByFirstWord, Preambular, preambularOpens, text);

    /// <summary>The operative lead that opens <paramref name="text"/> as the vocabulary's texts set it in italics, or null.</summary>
    internal string? OperativeItalicsAtStart(string text) => ItalicsAtStart(operativeByFirstWord, Operative, operativeOpens, text);

    /// <summary>
    /// The longest known lead at the start of <paramref name="text"/> that the texts set whole in italics in at least
    /// half the paragraphs opening with its words; failing that, the lead they set most. The longest alone is not how
    /// UN texts end a lead: the Assembly writes "<i>Takes note</i> of" (only 1 of the 503 paragraphs that open
    /// with "Takes note of" sets it whole) and the Council "<i>Expressing</i> concern" (43 of 113 set "Expressing concern").
    /// </summary>
    private static string? ItalicsAtStart(Dictionary<string, List<string>> index, IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, int> opens, string text)
    {
        if (!index.TryGetValue(FirstWord(text, 0), out var candidates))
        {
            return null;
        }

        string? mostSet = null;
        foreach (var lead in candidates)
        {
            if (!OpensWith(text, 0, lead))
            {
                continue;
            }

            var count = counts[lead];
            if (2 * count >= (opens.TryGetValue(lead, out var opening) ? opening : count))
            {
                return lead;
            }

            if (mostSet is null || count > counts[mostSet])
            {
                mostSet = lead;
            }
        }

        return mostSet;
    }

    // PERF: read at an offset, so that a paragraph's lead is looked up without copying the paragraph past its spaces.
    private static string? LongestAtStart(Dictionary<string, List<string>> index, string text, int start)
    {
        if (!index.TryGetValue(FirstWord(text, start), out var candidates))
        {
            return null;
        }

        // Candidates are sorted longest first, so the first that fits is the longest.
        foreach (var lead in candidates)
        {
            if (OpensWith(text, start, lead))
            {
                return lead;
            }
        }

        return null;
    }

    // Whether the text at start opens with the lead's words, the lead ending where a word ends.
    private static bool OpensWith(string text, int start, string lead)
    {
        var length = text.Length - start;
        return length >= lead.Length && string.CompareOrdinal(text, start, lead, 0, lead.Length) == 0
            && (length == lead.Length || !char.IsLetterOrDigit(text[start + lead.Length]));
    }

    private static Dictionary<string, List<string>> IndexByFirstWord(IEnumerable<string> leads)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            var key = FirstWord(lead, 0);
            if (!index.TryGetValue(key, out var list))
            {
                index.Add(key, list = new List<string>());
            }

            list.Add(lead);
        }

        foreach (var list in index.Values)
        {
            list.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        }

        return index;
    }

    private static string FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// The Assembly's leads with the Council's added: a lead the Council wrote at least twice and with a capital. Its
    /// files record a paragraph's opening italics, which are once in a while a heading or a slip ("Weapons and
    /// ammunition management", "stressing"); a line that opens so would cut a paragraph in two.
    /// </summary>
    private static Dictionary<string, int> WithCouncil(IReadOnlyDictionary<string, int> assembly, IReadOnlyDictionary<string, int> council)
    {
        var leads = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in assembly)
        {
            leads[pair.Key] = pair.Value;
        }

        foreach (var pair in council)
        {
            if (pair.Value >= 2 && char.IsUpper(pair.Key[0]))
            {
                leads[pair.Key] = (leads.TryGetValue(pair.Key, out var count) ? count : 0) + pair.Value;
            }
        }

        return leads;
    }

    private static LeadVocabulary Read(string preambularFile, string operativeFile)
    {
        var (preambular, preambularOpens) = Load(preambularFile);
        var (operative, operativeOpens) = Load(operativeFile);
        return new LeadVocabulary(preambular, operative, preambularOpens, operativeOpens);
    }

    // Each line is "lead <tab> count <tab> opens": how often the lead is set in italics, and how many paragraphs open with its words.
    private static (Dictionary<string, int> Counts, Dictionary<string, int> Opens) Load(string fileName)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var opens = new Dictionary<string, int>(StringComparer.Ordinal);
        var assembly = typeof(LeadVocabulary).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("DraftingKit.Vocabulary." + fileName)
            ?? throw new InvalidOperationException("The lead vocabulary " + fileName + " is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length == 3 && fields[0].Length > 0 && Number(fields[1]) is int count && Number(fields[2]) is int opening)
            {
                counts[fields[0]] = count;
                opens[fields[0]] = opening;
            }
        }

        return (counts, opens);
    }

    private static int? Number(string field) =>
        int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
}
