using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Whether a number the reading order set apart from the word before it ("session, 6 and", "Commission 9" at a line's
/// end) is a note's raised number, which <see cref="FlowingNotes"/> joins to that word, or the text's own number that
/// a line's end left alone: a number after a word that a number follows ("held in Islamabad on 1" / "March 2017",
/// "rising by 11", "45/4 of 6" / "October 2020", "mentioned in paragraph 2" / "above", A/RES/75/139), after an abbreviation that a reference's number follows ("Procedural
/// Order No. 1 of"), or in a list of numbers ("articles 6, 14 and 15"), is the text's; and a note whose raised number
/// the page prints glued to its word elsewhere ("Organization,1") has its marker there, for a note is referred to once.
/// </summary>
internal sealed class SpacedNoteNumber
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A number glued to the word or punctuation before it, as a raised number prints in plain text: "Organization,1", "HIV/AIDS1", "”;12".</summary>
    private static readonly Regex Glued = new(@"(?<=[\p{L},;:.)”’])\d{1,3}(?![\d/.,]\d)(?!\d)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A list of numbers: a number of at most three digits, then a comma or a semicolon ("articles 6,"); a year before
    /// its comma ("9 June 1998,") ends a date, after which a raised number may stand.
    /// </summary>
    private static readonly Regex NumberListed = new(@"(?<![\d/])\d{1,3}[,;]$", RegexOptions.CultureInvariant, Timeout);

    private readonly HashSet<int> glued = new();

    /// <param name="text">The page's lines of text, its notes apart.</param>
    public SpacedNoteNumber(IEnumerable<string> text)
    {
        foreach (var line in text)
        {
            glued.UnionWith(GluedNumbers(line));
        }
    }

    /// <summary>
    /// The numbers <paramref name="line"/> glues to a word or its punctuation, as raised numbers print: 1 in
    /// "Organization,1". Digits of other scripts ("۵"), which the pattern's \d also finds, raise no note's number.
    /// </summary>
    public static IEnumerable<int> GluedNumbers(string line)
    {
        foreach (Match match in Glued.Matches(line))
        {
            if (int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                yield return number;
            }
        }
    }

    /// <summary>True when the note <paramref name="number"/>, set apart at <paramref name="index"/> in <paramref name="line"/> (the space before it), is the note's raised number.</summary>
    public bool IsMarker(string line, int index, int number)
    {
        var before = line.Substring(0, index).TrimEnd();
        if (UnitEnd.EndsOpen(before) || BareMarkers.NumbersOne(before) || NumberListed.IsMatch(before) || (before.EndsWith(".", StringComparison.Ordinal) && !FlowingNotes.EndsNote(before)))
        {
            return false;
        }

        return !glued.Contains(number);
    }
}
