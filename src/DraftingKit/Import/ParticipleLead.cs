using DraftingKit.Rules;

namespace DraftingKit.Import;

/// <summary>
/// A preambular lead the vocabulary does not list, told by its grammar: a capitalised participle ("Determining",
/// "Recognising", "Acting"), after at most two adverbs ("Further expressing", "Deeply regretting"), and then a word in
/// lower case ("that", "the", "under", "its"). The Security Council's leads and a later session's are not all in the
/// Assembly's list, yet they open their paragraphs in a text read in reading order all the same.
/// </summary>
/// <remarks>
/// A name that ends like a participle ("Beijing Declaration", "Flemming,") is followed by a capital or punctuation,
/// and a title in capitals ("Taking into Particular Account the Needs of Developing Countries") by a capital after its
/// small word, so neither opens a paragraph; nor does a word in lower case, which goes on a sentence a line broke.
/// The price: "Acting under Chapter VII" reads as a title, and opens its paragraph only where the vocabulary knows it
/// (the importer's <see cref="Vocabulary.LeadVocabulary.Openers"/> hold the Security Council's leads for that).
/// </remarks>
internal static class ParticipleLead
{
    private const int MostAdverbs = 2;

    public static bool Opens(string plain)
    {
        var words = plain.TrimStart().Split(new[] { ' ' }, MostAdverbs + 3, StringSplitOptions.RemoveEmptyEntries);
        var head = 0;
        while (head < MostAdverbs && head < words.Length - 1 && LeadGrammar.IsAdverb(words[head]) && IsWord(words[head]))
        {
            head++;
        }

        if (head + 1 >= words.Length || !IsParticiple(words[head]) || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        // "Taking into Particular Account the Needs …": a title in capitals goes on past its small words.
        var next = words[head + 1];
        var after = head + 2 < words.Length ? words[head + 2] : string.Empty;
        return char.IsLower(next[0]) && IsWord(next.TrimEnd(',', ';', ':')) && !(after.Length > 0 && char.IsUpper(after[0]));
    }

    /// <summary>
    /// "Determining", "Acting": letters only, "-ing" after a stem of three letters at least; or "Being" ("Being
    /// further deeply concerned"), the participle of "be", whose stem is too short for that rule ("Ring", "King").
    /// </summary>
    private static bool IsParticiple(string word) =>
        (word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && IsWord(word)) || word == "Being";

    private static bool IsWord(string word) => word.Length > 0 && word.All(char.IsLetter);
}
