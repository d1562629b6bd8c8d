using System.IO;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Vocabulary;

/// <summary>
/// Words the UN writes one way and drafters another (word-usage.tsv, built by scripts/usage/build_word_usage.py from
/// the Editorial Manual's conventions and kept only where the UN's adopted texts of 75–77 never use the wrong form):
/// uncountable nouns in the plural, compound modifiers without their hyphen, UN terms, -ize spellings, country names.
/// </summary>
internal sealed class WordUsage
{
    private static readonly Lazy<WordUsage> DefaultInstance = new(Load);

    private readonly Dictionary<string, Entry> byWrong;

    private readonly DraftingKit.Text.Literals wrongForms;

    private WordUsage(Dictionary<string, Entry> byWrong, Regex pattern, DraftingKit.Text.Literals wrongForms)
    {
        this.byWrong = byWrong;
        Pattern = pattern;
        this.wrongForms = wrongForms;
    }

    /// <summary>One pair: the wrong form, the UN's form, its class and source, and how often the UN's form occurs in 75–77.</summary>
    public sealed record Entry(string Wrong, string Right, string Class, string Source, int RightCount);

    public static WordUsage Default => DefaultInstance.Value;

    /// <summary>Every wrong form as a whole word (no letter or hyphen either side), longest first; an apostrophe matches ' or ’.</summary>
    public Regex Pattern { get; }

    /// <summary>
    /// False when no wrong form stands in <paramref name="text"/>, so <see cref="Pattern"/> cannot match there.
    /// PERF: most text holds none, and one multi-string search costs far less than the pattern tried at every word.
    /// </summary>
    public bool MayOccurIn(string text) => wrongForms.AnyIn(text);

    /// <summary>Every pair of the table.</summary>
    public IReadOnlyCollection<Entry> Entries => byWrong.Values;

    /// <summary>The pair a match of <see cref="Pattern"/> stands for.</summary>
    public Entry Find(string matched) => byWrong[matched.Replace('’', '\'')];

    private static WordUsage Load()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        using var stream = typeof(WordUsage).GetTypeInfo().Assembly.GetManifestResourceStream("DraftingKit.Vocabulary.word-usage.tsv")
            ?? throw new InvalidOperationException("word-usage.tsv is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cells = line.Split('\t');
            if (line.Length == 0 || line[0] == '#' || cells.Length < 5)
            {
                continue;
            }

            var wrong = cells[0].Replace('’', '\'');
            entries[wrong] = new Entry(wrong, cells[1], cells[2], cells[3], int.TryParse(cells[4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 0);
        }

        var forms = new List<string>(entries.Keys);
        forms.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        var alternatives = new StringBuilder();
        foreach (var form in forms)
        {
            alternatives.Append(alternatives.Length == 0 ? string.Empty : "|").Append(Regex.Escape(form).Replace("'", "['’]"));
        }

        // PERF: one alternation for every pair, so a run of text is read once; no nested quantifiers, so no backtracking blow-up.
        var pattern = new Regex(@"(?<![\w-])(?:" + alternatives + @")(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        // What a match must contain whichever apostrophe it uses: the longest stretch of each form between apostrophes.
        var literals = new List<string>();
        foreach (var form in forms)
        {
            var longest = string.Empty;
            foreach (var piece in form.Split('\''))
            {
                longest = piece.Length > longest.Length ? piece : longest;
            }

            literals.Add(longest);
        }

        return new WordUsage(entries, pattern, new DraftingKit.Text.Literals(literals));
    }
}
