using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// How a UN note's reference opens: "See …", "Ibid., …", "Resolution 76/244, …", "Official Records of the General
/// Assembly, …", the title of a conference's report ("Report of the United Nations Conference on Environment and
/// Development, Rio de Janeiro, …"), "United Nations, Treaty Series, …" or a document's symbol ("A/76/688.", "S/2021/827.",
/// "E/CN.4/1998/53/Add.2, …") or the name of the body that issued a document before the document's kind and symbol
/// ("International Maritime Organization, resolutions MSC.385(94) …", "United Nations Environment Programme, document
/// UNEP/CBD/COP/12/29, …"): the openings of most of the notes of the UN corpus. A wrapped line of a paragraph's text
/// opens so hardly ever: the text writes "see" and "resolution 70/1" in lower case mid-sentence, cites the Official
/// Records only in its notes, follows a body's name with the words of its own sentence ("World Health Organization,
/// regional commissions and …"), and writes a report in lower case ("the report of the Secretary-General") or within a
/// title, and a symbol in brackets.
/// </summary>
/// <remarks>
/// The reading order (pdftotext without <c>-layout</c>) may set a page's first note right under the page's last line
/// of text, with no blank line between, where a page cut that line's sentence ("… contributions outstanding in the" /
/// "Resolution 76/244, in section VI of the Official Records …" / "Supplement No. 49 (A/76/49), vol. I, becomes
/// resolution 76/244 A.", A/RES/76/244 B): the note's first line is the one that opens as a note does.
/// </remarks>
internal static class NoteOpening
{
    /// <summary>
    /// The name of the body that issued a document, its words capitalized but for the small words of a name
    /// ("International Maritime Organization", "Food and Agriculture Organization of the United Nations", "United
    /// Nations Educational, Scientific and Cultural Organization").
    /// </summary>
    private const string Issuer = @"[A-Z][\w’'-]*(?:,? (?:of|the|and|for|on|in|[A-Z][\w’'-]*))*";

    private static readonly Regex Reference = new(
        @"^(?:See |Ibid\.|Resolutions? (?:[A-Z]{1,2}-)?\d|\*?Official Records of |\*?Report of the |United Nations, Treaty Series|[A-Z][A-Z.]*(?:\.\d+)?/\S*\d|"
        + Issuer + @", (?:[A-Z][a-z]+ )?(?:documents?|resolutions?|decisions?|recommendations?) [A-Z\d])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="line"/> opens as a note's reference does.</summary>
    public static bool Opens(string line) => Reference.IsMatch(line);
}
