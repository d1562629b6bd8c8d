namespace DraftingKit.Comparison;

/// <summary>
/// The words of a unit as a multiset, for telling how alike two paragraphs are: the Dice coefficient, twice the
/// shared words over all words, is 1 for the same words and 0 for none in common.
/// </summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public WordBag(IEnumerable<WordToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text && token.Text.Length > 0 && char.IsLetterOrDigit(token.Text[0]))
            {
                var word = token.Text.ToLowerInvariant();
                counts[word] = counts.TryGetValue(word, out var count) ? count + 1 : 1;
                Total++;
            }
        }
    }

    /// <summary>How many words the unit has.</summary>
    public int Total { get; private set; }

    /// <summary>The Dice coefficient of the two bags (1 for two empty ones).</summary>
    public double Similarity(WordBag other) => Similarity(this, other, null);

    /// <summary>The Dice coefficient of <paramref name="one"/> against <paramref name="first"/> and <paramref name="second"/> taken together.</summary>
    public static double Similarity(WordBag one, WordBag first, WordBag? second)
    {
        var total = one.Total + first.Total + (second?.Total ?? 0);
        if (total == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var pair in one.counts)
        {
            var count = (first.counts.TryGetValue(pair.Key, out var a) ? a : 0) + (second is not null && second.counts.TryGetValue(pair.Key, out var b) ? b : 0);
            shared += Math.Min(pair.Value, count);
        }

        return 2.0 * shared / total;
    }
}
