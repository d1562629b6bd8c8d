namespace DraftingKit.Text;

/// <summary>
/// A fixed set of words looked up where they stand in a text, with no string made for the word read: by its length
/// and first character, then compared ordinally with the few words of the set that share both. A word here is a
/// run of letters, digits and underscores, each of them a word character of a regular expression's <c>\w</c>, so a
/// pattern that needs a whole word to open with one of the set cannot match where the run read is not in it.
/// </summary>
internal sealed class WordSet
{
    private readonly Dictionary<int, string[]> byLengthAndFirst = new();

    // For each ASCII first letter, a bit for each length (below 64) a word of the set has: PERF, most words of a text
    // are ruled out by two array reads, without hashing.
    private readonly ulong[] lengthsByFirst = new ulong[128];

    // Whether a word of the set opens with a letter outside ASCII or is 64 letters long or longer.
    private readonly bool anyOther;

    public WordSet(IEnumerable<string> words)
    {
        var groups = new Dictionary<int, List<string>>();
        foreach (var word in new HashSet<string>(words, StringComparer.Ordinal))
        {
            if (word.Length == 0)
            {
                continue;
            }

            var key = Key(word.Length, word[0]);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new List<string>();
            }

            group.Add(word);
            if (word[0] < 128 && word.Length < 64)
            {
                lengthsByFirst[word[0]] |= 1UL << word.Length;
            }
            else
            {
                anyOther = true;
            }
        }

        foreach (var group in groups)
        {
            byLengthAndFirst[group.Key] = group.Value.ToArray();
        }
    }

    /// <summary>True for a letter, a digit or an underscore: what a word is made of.</summary>
    public static bool IsWordLetter(char c) => c < 128 ? AsciiWordLetters[c] : char.IsLetterOrDigit(c);

    /// <summary>How many word letters run from <paramref name="start"/> in <paramref name="text"/> (0 when none is there).</summary>
    public static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordLetter(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>True when the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are one of the words.</summary>
    public bool Contains(string text, int start, int length)
    {
        if (length == 0)
        {
            return false;
        }

        var first = text[start];
        if (first < 128 && length < 64 ? (lengthsByFirst[first] & (1UL << length)) == 0 : !anyOther)
        {
            return false;
        }

        if (!byLengthAndFirst.TryGetValue(Key(length, first), out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, start, word, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly bool[] AsciiWordLetters = AsciiTable();

    private static bool[] AsciiTable()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) || c == '_';
        }

        return table;
    }

    private static int Key(int length, char first) => (length << 16) | first;
}
