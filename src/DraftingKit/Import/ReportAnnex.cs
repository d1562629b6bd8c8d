using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A committee report's own annex after its last text (a summary of an informal meeting, a statement): an "Annex"
/// line the text before it never announces. A resolution or decision with an annex refers to it in its body
/// ("contained in the annex to the present resolution", "annexes I and II to this resolution": every annexed text
/// of the UN corpus, sessions 75–77 and the Council 2020–2024, does), so an annex no such words announce is the
/// report's, not the text's.
/// </summary>
internal static class ReportAnnex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Label = new(@"^Annex(?:es)?(?: (?:[IVXLC]+|\d+|[A-Z]))?$", RegexOptions.CultureInvariant, Timeout);

    // The text's own annex, named with the text: "annex(ed|es) … to the present resolution", "this decision and its annex".
    private static readonly Regex OwnAnnex = new(
        @"\bannex(?:ed|es)?\b[^.;]{0,120}?\b(?:present|this) (?:resolution|decision)\b|\b(?:present|this) (?:resolution|decision)\b[^.;]{0,40}?\bannex",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>True when <paramref name="plain"/> is an annex label that <paramref name="text"/> never announces.</summary>
    public static bool Opens(string plain, TextSegment text) =>
        Label.IsMatch(plain) && !text.Quoted && !text.Body.Any(block => OwnAnnex.IsMatch(InlineParser.Plain(block.Text)));
}
