using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// What stands between two printed lines of one paragraph when they are read as one text. A UN text is set without
/// word division, so a line that ends on a hyphen after a letter or digit broke a compound at its hyphen
/// ("Anti-" over "Personnel Mines", "above-" over "mentioned meetings", "COVID-" over "19"): the compound is one word
/// again. A hyphen a conjunction follows is a suspended one ("child-" over "and youth-related issues") and keeps its
/// space, as does every other line end but a range's dash ("2018–" over "2030").
/// </summary>
internal static class LineJoin
{
    /// <summary>
    /// A conjunction standing alone after the hyphen ("science-" over "and evidence-based", "medium-" over "to long-term"),
    /// not the first part of the compound the line's end broke ("mother-" over "to-child transmission").
    /// </summary>
    private static readonly Regex SuspendedBefore = new(@"^(?:and|or|to|nor)(?![\p{L}-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="below"/>, the next line's words, opens with a suspended hyphen's conjunction.</summary>
    public static bool OpensSuspended(string below) => SuspendedBefore.IsMatch(below.TrimStart());

    /// <summary>
    /// The text of <paramref name="below"/> run on after <paramref name="above"/>'s text: joined at a compound's hyphen
    /// or a range's dash, else after a space.
    /// </summary>
    public static string Separator(string above, string below)
    {
        var end = above.TrimEnd();
        var start = below.TrimStart();
        return (end.Length >= 2 && end[end.Length - 1] == '-' && char.IsLetterOrDigit(end[end.Length - 2])
            && start.Length > 0 && char.IsLetterOrDigit(start[0]) && !OpensSuspended(start)) || BreaksRange(end, start)
            ? string.Empty
            : " ";
    }

    /// <summary>
    /// True when the line's end broke a range at its dash ("paras. 22–" over "23", "2018–" over "2030"): a number, an en
    /// dash and a number, which the UN sets closed up.
    /// </summary>
    public static bool BreaksRange(string above, string below) =>
        above.Length >= 2 && above[above.Length - 1] == '–' && char.IsDigit(above[above.Length - 2]) && below.Length > 0 && char.IsDigit(below[0]);
}
