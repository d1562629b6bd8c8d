using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Puts back a suspended hyphen that a PDF's reading order lost at a line's end: "science-" at the end of one line and
/// "and evidence-based" on the next come out as "scienceand evidence-based", or, where pdftotext kept the hyphen, as
/// "troop-and police-contributing". The first word of such a pair shares the second's last part ("science-based",
/// "troop-contributing"), so the hyphen is put back only where that compound is one the UN writes
/// (<see cref="CompoundVocabulary"/>) or the text writes with a hyphen itself; "donor information-sharing" stays.
/// </summary>
internal sealed class SuspendedHyphens
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A word run into "and", "or" or "to" (with or without its hyphen) before a hyphenated compound.</summary>
    private static readonly Regex Pair = new(
        @"(?<![\p{L}-])(?<first>\p{L}{2,}?)(?<hyphen>-?)(?<joiner>and|or|to) (?<second>\p{L}+)-(?<tail>\p{L}+)",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>A suspended hyphen printed ("child- and") before a word the line's end broke at its hyphen and the reading order joined ("youthsensitive").</summary>
    private static readonly Regex Joined = new(
        @"(?<![\p{L}-])(?<first>\p{L}{2,})- (?<joiner>and|or|to|nor) (?<second>\p{L}{6,})(?![\p{L}-])",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex Hyphenated = new(@"\p{L}+(?:-\p{L}+)+", RegexOptions.CultureInvariant, Timeout);

    private readonly HashSet<string> textCompounds = new(StringComparer.OrdinalIgnoreCase);
    private readonly CompoundVocabulary compounds;

    /// <summary>Learns the compounds <paramref name="text"/> hyphenates, with <paramref name="compounds"/> as the UN's.</summary>
    public SuspendedHyphens(string text, CompoundVocabulary compounds)
    {
        this.compounds = compounds;
        foreach (Match match in Hyphenated.Matches(text))
        {
            textCompounds.Add(match.Value.Replace("-", string.Empty));
        }
    }

    /// <summary>
    /// <paramref name="text"/> with every lost suspended hyphen put back ("science- and evidence-based"), and the hyphen
    /// of the second word of a pair whose first kept its own ("child- and youth-sensitive").
    /// </summary>
    public string Restore(string text) => Joined.Replace(Pair.Replace(text, match =>
    {
        var first = match.Groups["first"].Value;
        var shared = first + match.Groups["tail"].Value;
        return IsCompound(shared)
            ? first + "- " + match.Groups["joiner"].Value + " " + match.Groups["second"].Value + "-" + match.Groups["tail"].Value
            : match.Value;
    }), match =>
    {
        // The second word ends in the part the first shares: "child-sensitive", so "youth" + "sensitive".
        var first = match.Groups["first"].Value;
        var second = match.Groups["second"].Value;
        for (var i = 2; i <= second.Length - 4; i++)
        {
            if (IsCompound(first + second.Substring(i)) && !compounds.WrittenWhole(second))
            {
                return first + "- " + match.Groups["joiner"].Value + " " + second.Substring(0, i) + "-" + second.Substring(i);
            }
        }

        return match.Value;
    });

    private bool IsCompound(string letters) => compounds.Hyphenated(letters) is not null || textCompounds.Contains(letters);
}
