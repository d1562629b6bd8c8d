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

    // The pattern tried at one offset only (\G): at the first word of a form.
    private readonly Regex anchored;

    // The first word of every form ("high" of "high level meeting", "U" of "U.N."): where the pattern is tried.
    private readonly DraftingKit.Text.WordSet firstWords;

    // The characters a form opens with that are no letter (either apostrophe for a form that opens with one).
    private readonly string otherOpenings;

    // The same for ASCII, by character: PERF, a space or a comma between words is judged by one array read, not a
    // search of the string.
    private readonly bool[] asciiOpenings = new bool[128];

    private WordUsage(Dictionary<string, Entry> byWrong, Regex pattern, Regex anchored, DraftingKit.Text.Literals wrongForms)
    {
        var others = new SortedSet<char>();
        var words = new List<string>();
        foreach (var wrong in byWrong.Keys)
        {
            var length = DraftingKit.Text.WordSet.WordLength(wrong, 0);
            if (length > 0)
            {
                words.Add(wrong.Substring(0, length));
            }
            else
            {
                others.Add(wrong[0]);
                if (wrong[0] == '\'')
                {
                    others.Add('’');
                }
            }
        }

        firstWords = new DraftingKit.Text.WordSet(words);
        otherOpenings = string.Concat(others);
        foreach (var opening in others)
        {
            if (opening < 128)
            {
                asciiOpenings[opening] = true;
            }
        }
        this.byWrong = byWrong;
        Pattern = pattern;
        this.anchored = anchored;
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

    /// <summary>
    /// The matches of <see cref="Pattern"/> in <paramref name="text"/>'s printed normal form, the same ones in the same
    /// order, found by trying the pattern only at a word that is the first word of a form ("program", "high",
    /// "Under") and at a character a form opens with that is no letter. PERF: each word of the text is read once and
    /// looked up by its length and first letter, with no string made; a multi-string search of the forms, keyed on
    /// their first three letters ("inf", "pro", "res"), stopped in most English words and was the rule's cost.
    /// </summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        var normalized = DraftingKit.Text.PrintedText.Normalize(text);
        List<Match>? found = null;
        try
        {
            var i = 0;
            while (i < normalized.Length)
            {
                var length = DraftingKit.Text.WordSet.WordLength(normalized, i);
                if (length == 0)
                {
                    // A form opening with no letter is tried at that character; the pattern judges what stands before it.
                    var c = normalized[i];
                    i = (c < 128 ? asciiOpenings[c] : otherOpenings.IndexOf(c) >= 0) && TryAt(normalized, i, ref found, out var past) ? past : i + 1;
                    continue;
                }

                // A word (its letters and digits): a form can open only here, the pattern's look-behind rejecting a
                // letter or digit before it, and only if its first word is this word, the character after a form's
                // first word being no letter or digit either. A hyphen before it fails the look-behind.
                i = (i == 0 || normalized[i - 1] != '-') && firstWords.Contains(normalized, i, length) && TryAt(normalized, i, ref found, out var next)
                    ? next
                    : i + length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<Match>();
        }

        return found ?? (IReadOnlyList<Match>)Array.Empty<Match>();
    }

    // The pattern tried at one offset; after a match the search goes on at its end, as a scan of the whole text does.
    private bool TryAt(string text, int start, ref List<Match>? found, out int next)
    {
        var match = anchored.Match(text, start);
        next = Math.Max(match.Index + match.Length, start + 1);
        if (!match.Success)
        {
            return false;
        }

        (found ??= new List<Match>()).Add(match);
        return true;
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
        foreach (var form in forms)
        {
            var longest = string.Empty;
            foreach (var piece in form.Split('\''))
            {
                if (piece.Length > longest.Length)
                {
                    longest = piece;
                }
            }

            literals.Add(longest);
        }

        return new WordUsage(entries, pattern, anchored, new DraftingKit.Text.Literals(literals));
    }
}
