using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// A capital inside a word, before small letters, where a reading order joined two words at a lost hyphen:
/// "HagueMarrakech", "UNInfo", "IFamilia", "CounterTerrorism". English words do not turn to a capital inside; the few
/// the UN writes so are names it writes whole ("FishCode", "IBelong", "CHamoru": <see cref="CompoundVocabulary.WrittenWithInnerCapital"/>).
/// </summary>
/// <remarks>
/// The part before the capital is an abbreviation in capitals ("UN", "I") or a capitalised word of four letters or
/// more ("Hague", "Counter"), so that a name's particle stays with the name ("MacArthur", "McDonald", "LeBlanc").
/// </remarks>
internal static class InnerCapital
{
    private static readonly Regex Joined = new(
        @"^(?<first>\p{Lu}+|\p{Lu}\p{Ll}{3,})(?<second>\p{Lu}\p{Ll}{2,})$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>An abbreviation in capitals run together with a word in small letters: "UNaffiliated", "FGSled".</summary>
    private static readonly Regex Abbreviated = new(
        @"^(?<first>\p{Lu}{2,})(?<second>\p{Ll}{3,})$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// "UNaffiliated" as "UN-affiliated": an abbreviation in capitals before a word in small letters, where those letters
    /// are a word (<paramref name="isWord"/>: the text's, or a part of the UN's compounds) and the abbreviation's last
    /// capital with them is none ("Naffiliated"); so "UNWomen" stays "UN-Women" by <see cref="Hyphenated"/>. The UN
    /// hyphenates every such compound of the corpus ("UN-facilitated", "FGS-led", "HIV-related"); null otherwise.
    /// </summary>
    public static string? AfterAbbreviation(string word, CompoundVocabulary compounds, Func<string, bool> isWord)
    {
        if (Abbreviated.Match(word) is not { Success: true } joined || compounds.WrittenWithInnerCapital(word))
        {
            return null;
        }

        var first = joined.Groups["first"].Value;
        var second = joined.Groups["second"].Value;
        return isWord(second) && !isWord(first.Substring(first.Length - 1) + second) ? first + "-" + second : null;
    }

    /// <summary>True when <paramref name="word"/> has the shape of two words joined at a capital ("UNInfo").</summary>
    public static bool IsJoined(string word) => Joined.IsMatch(word);

    /// <summary>"UNInfo" as "UN-Info"; null when the word has no capital inside or the UN writes it whole so.</summary>
    public static string? Hyphenated(string word, CompoundVocabulary compounds) =>
        Joined.Match(word) is { Success: true } joined && !compounds.WrittenWithInnerCapital(word)
            ? joined.Groups["first"].Value + "-" + joined.Groups["second"].Value
            : null;
}
