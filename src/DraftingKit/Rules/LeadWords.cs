namespace DraftingKit.Rules;

/// <summary>
/// The words a lead is read from: runs of letters, hyphens and apostrophes from an offset of a text up to its first
/// punctuation mark or number (leads stop there), kept as offsets into the text.
/// </summary>
/// <remarks>
/// PERF: each lead rule used to cut every word of every paragraph into a string in a list of tuples; the words are
/// now offsets, and a word becomes a string only when a rule looks it up in a word list, once per reading.
/// </remarks>
internal sealed class LeadWords
{
    private readonly int max;
    private int[] bounds = new int[16];
    private int count;
    private int position;
    private bool done;
    private string?[]? strings;

    /// <param name="text">The text the words are read from.</param>
    /// <param name="from">Where to start reading: the words are those of <c>text.Substring(from)</c>, at their offsets in the text.</param>
    /// <param name="max">The most words to read.</param>
    public LeadWords(string text, int from = 0, int max = int.MaxValue)
    {
        Text = text;
        position = from;
        this.max = max;
    }

    public string Text { get; }

    /// <summary>
    /// How many words there are. PERF: this reads them all; <see cref="Has"/> reads only as far as it is asked, and a
    /// lead is read from its first few words however long the paragraph runs before a comma.
    /// </summary>
    public int Count
    {
        get
        {
            while (ReadNext())
            {
            }

            return count;
        }
    }

    /// <summary>True when there is a word <paramref name="index"/>: the words are read up to it and no further.</summary>
    public bool Has(int index)
    {
        while (count <= index && ReadNext())
        {
        }

        return index < count;
    }

    /// <summary>The offset of word <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int Start(int index) => bounds[2 * index];

    /// <summary>The offset just past word <paramref name="index"/>.</summary>
    public int End(int index) => bounds[2 * index + 1];

    public int Length(int index) => End(index) - Start(index);

    /// <summary>Word <paramref name="index"/> as a string, made on first use and kept.</summary>
    public string Word(int index)
    {
        var kept = strings;
        if (kept is null || kept.Length <= index)
        {
            var larger = new string?[Math.Max(index + 1, count)];
            kept?.CopyTo(larger, 0);
            strings = kept = larger;
        }

        return kept[index] ??= Text.Substring(Start(index), Length(index));
    }

    /// <summary>The first character of word <paramref name="index"/>.</summary>
    public char First(int index) => Text[Start(index)];

    /// <summary>True when word <paramref name="index"/> is <paramref name="word"/>, character for character.</summary>
    public bool Is(int index, string word) =>
        Length(index) == word.Length && string.CompareOrdinal(Text, Start(index), word, 0, word.Length) == 0;

    /// <summary>How many words <paramref name="text"/> holds before its first punctuation mark or number.</summary>
    public static int CountIn(string text, int max = int.MaxValue)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < max)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (IsStop(text[i]))
                {
                    return count;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads one more word; false when there is none.</summary>
    private bool ReadNext()
    {
        var text = Text;
        var i = position;
        while (!done && i < text.Length && count < max)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (IsStop(text[i]))
                {
                    done = true;
                    return false;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (2 * count + 2 > bounds.Length)
                {
                    Array.Resize(ref bounds, bounds.Length * 2);
                }

                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
                count++;
                position = i;
                return true;
            }
        }

        done = true;
        return false;
    }

    private static bool IsStop(char c) => c is ',' or ';' or ':' or '.' || char.IsDigit(c);

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c is '-' or '\'' or '’';
}
