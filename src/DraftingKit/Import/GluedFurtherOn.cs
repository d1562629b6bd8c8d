using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A number set apart that a text layer would take for the next note's raised number ("UNISPACE+50 thematic priority 5,
/// on …") is the text's own when that note's marker stands glued further on, before the marker of the note after it
/// ("… under its multi-year workplan,5"): a note is referred to once, and a glued number is the surer marker.
/// </summary>
/// <remarks>
/// Only a number glued to punctuation or to a word in lower case counts: after a capital it names a group or a body
/// ("G20", "G77"), and after a digit it is part of a number, unless the digits are a year and its punctuation ("… and
/// harassment in 2021,9" further on than "acts of violence, 9 abductions", A/RES/77/31).
/// </remarks>
internal static class GluedFurtherOn
{
    private static readonly Regex Glued = new(@"(?<=\p{Ll}|(?<!\d)[,;:)”’]|(?<![\d/.,])(?:19|20)\d\d[,;:)”’])(?<number>\d{1,3})(?=[\s,;:.)”’]|$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A whole number, glued or not, that is no part of a symbol or a figure ("70/1", "5.2").</summary>
    private static readonly Regex AnyNumber = new(@"(?<![\d/.])\d+(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when <paramref name="number"/> stands glued after <paramref name="offset"/> in block <paramref name="block"/>
    /// or in a later block, before <paramref name="number"/> + 1 stands anywhere, glued or not.
    /// </summary>
    public static bool Stands(IReadOnlyList<string?> texts, int block, int offset, int number)
    {
        var written = number.ToString(CultureInfo.InvariantCulture);
        var following = (number + 1).ToString(CultureInfo.InvariantCulture);
        for (var b = block; b < texts.Count; b++)
        {
            if (texts[b] is not { } text)
            {
                continue;
            }

            var start = b == block ? offset : 0;
            var glued = Glued.Matches(text).Cast<Match>().FirstOrDefault(match => match.Index >= start && match.Groups["number"].Value == written);
            var next = AnyNumber.Matches(text).Cast<Match>().FirstOrDefault(match => match.Index >= start && match.Value == following);
            if (glued is not null && (next is null || glued.Index < next.Index))
            {
                return true;
            }

            if (next is not null)
            {
                return false;
            }
        }

        return false;
    }
}
