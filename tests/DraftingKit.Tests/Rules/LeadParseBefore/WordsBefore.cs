using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules.LeadParseBefore;

/// <summary>
/// The words, head and lead phrase of a text as each lead rule read them for itself before the shared reading: a
/// string and a tuple for every word. Kept unchanged as the reference <see cref="SharedLeadReadingTests"/> holds
/// <see cref="LeadReading"/> to.
/// </summary>
internal static class WordsBefore
{
    private static readonly HashSet<string> LadderAdverbs = new(StringComparer.Ordinal) { "Also", "Further", "Again" };

    private static readonly HashSet<string> OtherAdverbs = new(StringComparer.Ordinal) { "Once", "again", "Still", "Equally", "Particularly" };

    public static bool IsAdverb(string word) =>
        LadderAdverbs.Contains(word) || OtherAdverbs.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLetter(word[0]));

    public static List<(string Word, int Start)> Words(string text, int max = int.MaxValue)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < text.Length && words.Count < max)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (text[i] is ',' or ';' or ':' or '.' || char.IsDigit(text[i]))
                {
                    return words;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((text.Substring(start, i - start), start));
            }
        }

        return words;
    }

    public static (string Word, int Start)? Head(string text)
    {
        foreach (var (word, start) in Words(text, 4))
        {
            if (!IsAdverb(word))
            {
                return (word, start);
            }
        }

        return null;
    }

    public static string? LeadPhrase(LeadGrammar grammar, string text, bool operative)
    {
        var opening = PhraseGrammarBefore.AfterOpeningAdverbial(text);
        var rest = text.Substring(opening);
        var words = Words(rest);
        var count = PhraseGrammarBefore.LeadWords(grammar, rest, words, operative, lowerCase: opening > 0);
        if (count == 0)
        {
            return null;
        }

        var last = words[count - 1];
        return text.Substring(0, opening + last.Start + last.Word.Length);
    }

    public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}
