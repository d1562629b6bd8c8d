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

    // The pattern tried at one offset only (\G): where a form may start, next to one of its literals.
    private readonly Regex anchored;

    // How far into a form its literal may start (past an apostrophe): where to try the pattern before a literal.
    private readonly int longestLead;

    // The characters a form may open with (either apostrophe for one that opens with an apostrophe).
    private readonly string firstCharacters;

    private WordUsage(Dictionary<string, Entry> byWrong, Regex pattern, Regex anchored, DraftingKit.Text.Literals wrongForms, int longestLead)
    {
        var first = new SortedSet<char>();
        foreach (var wrong in byWrong.Keys)
        {
            first.Add(wrong[0]);
            if (wrong[0] == '\'')
            {
                first.Add('’');
            }
        }

        firstCharacters = string.Concat(first);
        this.byWrong = byWrong;
        Pattern = pattern;
        this.anchored = anchored;
        this.wrongForms = wrongForms;
        this.longestLead = longestLead;
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

    /// <summary>
    /// The matches of <see cref="Pattern"/> in <paramref name="text"/>'s printed normal form, the same ones in the same
    /// order, found by trying the pattern only where a form can start: at, or a few characters before, each place
    /// where a literal of the forms stands. PERF: short literals stand inside longer words ("program" in
    /// "programme"), so a text that holds one is common; the pattern tried from every word of it was the rule's cost.
    /// </summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        var normalized = DraftingKit.Text.PrintedText.Normalize(text);
        List<Match>? found = null;
        var nextStart = 0;
        try
        {
            for (var hit = wrongForms.IndexIn(normalized, 0); hit >= 0; hit = wrongForms.IndexIn(normalized, nextStart))
            {
                // Starts are tried in increasing order, none twice and none inside a match already found, as a
                // scan of the whole text from its start meets them.
                for (var start = Math.Max(nextStart, hit - longestLead); start <= hit; start++)
                {
                    if (!MayStartAt(normalized, start))
                    {
                        continue;
                    }

                    var match = anchored.Match(normalized, start);
                    if (match.Success)
                    {
                        (found ??= new List<Match>()).Add(match);
                        nextStart = Math.Max(match.Index + match.Length, start + 1);
                        start = nextStart - 1;
                    }
                }

                nextStart = Math.Max(nextStart, hit + 1);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<Match>();
        }

        return found ?? (IReadOnlyList<Match>)Array.Empty<Match>();
    }

    /// <summary>
    /// False where the pattern cannot match for sure: inside a word (a letter, digit or hyphen before the start fails
    /// its look-behind) or at a character no form opens with. PERF: a literal stands inside longer words
    /// ("labor" in "collaboration", "program" in "programme"); the pattern, an alternation of every form, is tried
    /// only where a form may open.
    /// </summary>
    private bool MayStartAt(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            return false;
        }

        return firstCharacters.IndexOf(text[start]) >= 0;
    }

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
        var anchored = new Regex(@"\G(?<![\w-])(?:" + alternatives + @")(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        // What a match must contain whichever apostrophe it uses: the longest stretch of each form between apostrophes.
        var literals = new List<string>();
        var longestLead = 0;
        foreach (var form in forms)
        {
            var longest = string.Empty;
            var lead = 0;
            var at = 0;
            foreach (var piece in form.Split('\''))
            {
                if (piece.Length > longest.Length)
                {
                    longest = piece;
                    lead = at;
                }

                at += piece.Length + 1;
            }

            literals.Add(longest);
            longestLead = Math.Max(longestLead, lead);
        }

        return new WordUsage(entries, pattern, anchored, new DraftingKit.Text.Literals(literals), longestLead);
    }
}
