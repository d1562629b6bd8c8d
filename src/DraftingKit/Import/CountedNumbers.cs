using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A number of the text that a reading order sets after punctuation, where a raised note number could also stand:
/// the next of a list of numbers ("articles 6, 14 and 15", "paragraphs 3, 4") or the number an abbreviation with its
/// full stop counts ("Procedural Order No. 1 of", "vol. 2", "para. 5"). Such a number is never joined to the word
/// before as a note's marker, even where a note of the page has it.
/// </summary>
internal static class CountedNumbers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The text before a counted number: a number and its comma ("6,"), or a numbered abbreviation ("No.").</summary>
    private static readonly Regex Counting = new(
        @"(?:(?<![\d/])\d{1,3},|(?:^|[\s(])(?:No|Nos|vol|vols|para|paras|sect|sects|chap|chaps|art|arts|p|pp|Rev|Add|Corr|Suppl)\.)\s?$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>True when the number set apart at <paramref name="index"/> (its space) in <paramref name="line"/> is counted by what stands before it.</summary>
    public static bool Counts(string line, int index) => Counting.IsMatch(line.Substring(0, index));
}
