using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The closing words of a paragraph after its list's last item in a PDF's reading order: "(c) Relevant background
/// information;" / "and its request that all documents …" (A/RES/75/244), "… of 21 April 2021;" / "and stresses the
/// importance of their implementation …" (A/RES/76/29). The UN prints them on a line of their own under the last item,
/// and the reading order runs them on under it with no blank line or indent, so only their words say that they go on
/// the chapeau's sentence and not the item's.
/// </summary>
/// <remarks>
/// They open in lower case with a conjunction ("and", "or") or with a lead that goes on the chapeau's sentence
/// ("requests …"), after an item that ended with its semicolon. An item's own wrapped words after a semicolon open
/// otherwise ("to ensure …", "its decision …"), and words before a further item of the same list are that item's
/// list's, not the paragraph's close; the reading checks that no such item follows (<see cref="FlowingText"/>).
/// </remarks>
internal static class ClosingWords
{
    private static readonly Regex Conjunction = new(@"^(?:and|or|but|nor)(?:\s|,)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when the plain <paramref name="line"/>, under an item whose last line <paramref name="itemEnd"/> ends with
    /// its semicolon, opens words that go on the chapeau's sentence; <paramref name="opensWithLead"/> tells a lead
    /// that opens a paragraph ("Requests").
    /// </summary>
    public static bool Open(string itemEnd, string line, Func<string, bool> opensWithLead)
    {
        var words = line.Trim();
        if (words.Length == 0 || !char.IsLower(words[0]) || !EndsWithSemicolon(itemEnd))
        {
            return false;
        }

        return Conjunction.IsMatch(words) || opensWithLead(char.ToUpperInvariant(words[0]) + words.Substring(1));
    }

    /// <summary>True when the plain line ends with a semicolon, after which only quotation marks or a raised note's digits stand ("… 2021;11").</summary>
    private static bool EndsWithSemicolon(string plain)
    {
        var trimmed = plain.TrimEnd().TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('”', '’', '"', ' ');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] == ';';
    }
}
