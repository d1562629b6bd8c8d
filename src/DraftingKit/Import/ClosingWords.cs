using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The closing words of a paragraph after its list's last item: "(c) Relevant background information;" / "and its
/// request that all documents …" (A/RES/75/244), "… of 21 April 2021;" / "and stresses the importance of their
/// implementation …" (A/RES/76/29), "(d) measures taken to protect civilians;" / "and expresses its intention …". The UN
/// prints them on a line of their own under the last item, with no indent that a text layer keeps, so only their words
/// say that they go on the chapeau's sentence and not the item's.
/// </summary>
/// <remarks>
/// One grammar for both readers that meet them. Words in lower case close the list after an item that ended with its
/// semicolon; after an item that ended with a comma, only when they go on with a lead of their own ("and requests …").
/// Where the reader holds the item whole (blocks a page break parted), that is enough: the item's own words never run
/// on past its semicolon into a block of their own. Where it sees one printed line at a time (a PDF's reading order),
/// an item's own wrapped line also follows a semicolon ("to ensure …", "its decision …"), so the words must open with a
/// conjunction or a lead, and the comma's case is left to the item; the reading there also checks that no further
/// item of the same list follows (<see cref="FlowingText"/>). An item's last line that ended on its comma and left room
/// for the next line's first word ended there with its item (<see cref="ParagraphLastLine.LeavesRoom"/>): the reader holds that item whole
/// ("(f) a comprehensive exit strategy for the successor mission," / "and requests the Secretary-General to submit this
/// …", S/RES/2748 (2024)).
/// </remarks>
internal static class ClosingWords
{
    /// <summary>
    /// A conjunction, or a connective that qualifies the whole of the chapeau's sentence: "except in relation to items in
    /// Annexes A and B …" under "… intended solely for the support of, or use by:" and its items (S/RES/2713 (2023)),
    /// "as well as the integrity of the Statute …" (A/RES/75/253 B).
    /// </summary>
    private static readonly Regex Conjunction = new(@"^(?:and|or|but|nor|except|as well as)(?:\s|,)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when the plain <paramref name="next"/> closes the list whose last item ends with the plain
    /// <paramref name="itemEnd"/>: the item whole, or, when <paramref name="lineByLine"/>, only its last printed line.
    /// <paramref name="opensWithLead"/> tells a lead that opens a paragraph ("Requests").
    /// </summary>
    public static bool Open(string itemEnd, string next, Func<string, bool> opensWithLead, bool lineByLine)
    {
        var words = next.Trim();
        if (words.Length == 0 || !char.IsLower(words[0]))
        {
            return false;
        }

        if (EndsWithSemicolon(itemEnd))
        {
            return !lineByLine || Conjunction.IsMatch(words) || OpensWithLead(words, opensWithLead);
        }

        // "and requests …", "and further requests …": the words after "and" say what the paragraph does next.
        return !lineByLine && itemEnd.TrimEnd().EndsWith(",", StringComparison.Ordinal)
            && OpensWithLead(words.StartsWith("and ", StringComparison.Ordinal) ? words.Substring(4).TrimStart() : words, opensWithLead);
    }

    private static bool OpensWithLead(string words, Func<string, bool> opensWithLead) =>
        words.Length > 0 && opensWithLead(char.ToUpperInvariant(words[0]) + words.Substring(1));

    /// <summary>
    /// True when the plain text ends with a semicolon, after which only quotation marks or a raised note's digits stand
    /// ("… 2021;11"), or with the "and" or "or" a list's last item but one carries ("…; and").
    /// </summary>
    private static bool EndsWithSemicolon(string plain)
    {
        var trimmed = plain.TrimEnd();
        if (trimmed.EndsWith("; and", StringComparison.Ordinal) || trimmed.EndsWith("; or", StringComparison.Ordinal))
        {
            return true;
        }

        trimmed = trimmed.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('”', '’', '"', ' ');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] == ';';
    }
}
