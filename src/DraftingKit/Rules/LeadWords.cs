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
    private readonly int[] bounds;
    private string?[]? strings;

    /// <param name="text">The text the words are read from.</param>
    /// <param name="from">Where to start reading: the words are those of <c>text.Substring(from)</c>, at their offsets in the text.</param>
    /// <param name="max">The most words to read.</param>
    public LeadWords(string text, int from = 0, int max = int.MaxValue)
    {
        Text = text;
        var found = new int[8];
        var count = 0;
        var i = from;
        while (i < text.Length && count < max)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (IsStop(text[i]))
                {
                    i = text.Length;
                    break;
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
                if (2 * count + 2 > found.Length)
                {
                    Array.Resize(ref found, found.Length * 2);
                }

                found[2 * count] = start;
                found[2 * count + 1] = i;
                count++;
            }
        }

        bounds = found;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    /// <summary>The offset of word <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int Start(int index) => bounds[2 * index];

    /// <summary>The offset just past word <paramref name="index"/>.</summary>
    public int End(int index) => bounds[2 * index + 1];

    public int Length(int index) => End(index) - Start(index);

    /// <summary>Word <paramref name="index"/> as a string, made on first use and kept.</summary>
    public string Word(int index)
    {
        strings ??= new string?[Count];
        return strings[index] ??= Text.Substring(Start(index), Length(index));
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

    private static bool IsStop(char c) => c is ',' or ';' or ':' or '.' || char.IsDigit(c);

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c is '-' or '\'' or '’';
}
