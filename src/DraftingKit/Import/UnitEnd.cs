using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Whether a block that stops without closing punctuation is a whole unit (a heading, a subheading item, an annex
/// entry's title) or half of a paragraph that a page cut, read by what the words say rather than where the page fell.
/// </summary>
/// <remarks>
/// Half a paragraph holds at least one full printed line and stops wherever the line was full, often on a word
/// that cannot end a sentence ("… the Intergovernmental Group of Experts on" / "Lessons Learned …"). A heading is
/// shorter than a line and ends on a word that can end it: "AMISOM" over "Priorities and tasks", "(a) Quick impact
/// projects" over "To contribute to …" (S/RES/2520 (2020), S/RES/2531 (2020)). What follows tells too: a block that
/// opens with a capitalised function word ("To improve …", "The Focal Point …") starts a sentence, and a short block
/// stopping without punctuation is a heading of its own, for the tail of a paragraph ends as the paragraph does.
/// </remarks>
internal static class UnitEnd
{
    /// <summary>Shorter than any full printed line of a UN page, in characters (a line holds some 80 to 100).</summary>
    private const int ShorterThanLine = 60;

    /// <summary>
    /// Words a heading or a sentence never ends on: articles, prepositions, conjunctions, possessives, and "entitled",
    /// which a title always follows ("… on the item entitled" / "Recalling the past: …").
    /// </summary>
    private static readonly Regex OpenEnding = new(
        @"(?:^|\s)(?:a|an|the|of|on|in|to|for|and|or|nor|but|by|with|at|from|into|onto|upon|under|over|between|among|against|towards?|through|within|without|as|than|that|which|who|whose|its|their|his|her|our|including|such|per|via|is|are|be|was|were|has|have|entitled)$|[-–—/]$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>A capitalised function word that only a sentence (or a unit) opens with.</summary>
    private static readonly Regex SentenceOpening = new(
        @"^(?:To|In|The|A|An|For|On|By|At|With|From|As|Under|Upon|Through|During|Within|Without|Where|When|If|Unless|While|Such|This|These|Its|Their)\s",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when the line stops on a word no heading or sentence ends on ("… Global Plan of"), or on a dash or slash.
    /// A designation alone on its line ("A" under "Annex I", A/RES/75/293) is no article left open: it ends its line.
    /// </summary>
    internal static bool EndsOpen(string plain) => OpenEnding.IsMatch(plain.Trim()) && !DesignationLine.Is(plain);

    /// <summary>True when the plain line opens with a capitalised function word that only a sentence or a unit opens with ("The 2030 horizon …", "To improve …").</summary>
    internal static bool OpensUnit(string plain) => SentenceOpening.IsMatch(plain.Trim());

    /// <summary>
    /// True when <paramref name="previous"/>, stopping without closing punctuation, is a whole unit that
    /// <paramref name="next"/> (opening in upper case) does not continue. Both are plain text.
    /// </summary>
    public static bool Separates(string previous, string next)
    {
        previous = previous.Trim();
        next = next.Trim();
        if (OpenEnding.IsMatch(previous))
        {
            return false;
        }

        return previous.Length < ShorterThanLine
            || InCapitals(previous)
            || SentenceOpening.IsMatch(next)
            || (next.Length < ShorterThanLine && !PageBreakJoiner.EndsParagraph(next));
    }

    /// <summary>
    /// True when <paramref name="next"/>, opening in lower case, is the closing words of the paragraph whose last item
    /// <paramref name="previous"/> is ("(d) measures taken to protect civilians;" then "and expresses its intention …"),
    /// read as <see cref="ClosingWords"/> reads them after an item held whole.
    /// </summary>
    public static bool ClosesList(string previous, string next, Func<string, bool> opensWithLead) =>
        OpensItem(previous.Trim()) && ClosingWords.Open(previous, next, opensWithLead, lineByLine: false);

    private static bool OpensItem(string plain) =>
        PrintedItemMark.Opens(plain) || plain.StartsWith("- ", StringComparison.Ordinal) || Model.SubparagraphLabel.TryRead(plain, out _);

    /// <summary>A title set in capitals ("THE HOUTHIS, AKA: ANSARALLAH …"): two words or more, no lower-case letter.</summary>
    private static bool InCapitals(string plain)
    {
        var letters = 0;
        foreach (var c in plain)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 8 && plain.IndexOf(' ') > 0;
    }
}
