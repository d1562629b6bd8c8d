namespace DraftingKit.Import;

/// <summary>
/// The titles a UN text sets in italics after "entitled", found in a text that lost its italics (a PDF's text layer):
/// a title after "entitled" is in quotation marks when it is a document's, in italics when it is a publication's
/// ("the special report of the Panel entitled <i>Climate Change and Land</i>, the findings …", A/RES/77/164), and the
/// UN corpus prints no other: all 87 titles after "entitled" without quotation marks are in italics.
/// </summary>
/// <remarks>
/// <para>
/// A publication's title is in headline case: its words open with a capital, but for the small words of a title ("of",
/// "and", "the", "in" …). It ends where the sentence's words take over: a word in lower case after a conjunction ("…
/// <i>in Asia and the Pacific</i> and the report of …"), a comma before a word in lower case ("<i>Climate Change and
/// Land</i>, the findings"), a semicolon, a bracket, a full stop. A comma before a capital goes on within the title
/// ("<i>Climate Change, Desertification, Land Degradation, …, and Greenhouse Gas Fluxes in Terrestrial Ecosystems</i>").
/// A title in sentence case (a word in lower case right after one in capitals: "Repurposing food and agricultural
/// policies …") cannot be told from the sentence and is left as it is, but for a subtitle after a title in headline
/// case and its colon, which UN publications set in sentence case and which runs to the punctuation that ends a title
/// ("… entitled <i>The State of Food Security and Nutrition in the World 2022: Repurposing food and agricultural policies
/// to make healthy diets more affordable</i>, the number of hungry people …", A/RES/77/217). Two titles joined by "and"
/// before an article in capitals are two ("<i>Global Warming of 1.5°C</i> and <i>The Ocean and Cryosphere in a Changing Climate</i>").
/// </para>
/// </remarks>
internal static class EntitledTitles
{
    private const string Entitled = "entitled ";

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "against",
        "through", "into", "over", "under", "between", "among", "as", "per", "via",
    };

    private static readonly char[] WordMarks = { '.', ',', ';', ':', '(', ')', '“', '”', '"', '’', '‘' };

    /// <summary>The start and length of each title after "entitled" in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<(int Start, int Length)> In(string text)
    {
        var titles = new List<(int Start, int Length)>();
        for (var at = text.IndexOf(Entitled, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Entitled, at + 1, StringComparison.Ordinal))
        {
            var start = at + Entitled.Length;
            if ((at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] is '-' or '\u2011')) || start >= text.Length || !(char.IsUpper(text[start]) || char.IsDigit(text[start])))
            {
                continue;
            }

            if (End(text, start) is { } end)
            {
                titles.AddRange(Split(text, start, end));
            }
        }

        return titles;
    }

    /// <summary>Where the title from <paramref name="start"/> ends, without the small words before its end; null for a title in sentence case.</summary>
    private static int? End(string text, int start)
    {
        var position = start;
        var end = start;
        // Past a colon after the title's words in headline case, a subtitle in sentence case (Subtitle).
        var subtitle = false;
        while (position < text.Length)
        {
            var space = text.IndexOf(' ', position);
            var wordEnd = space < 0 ? text.Length : space;
            var word = text.Substring(position, wordEnd - position);
            var core = word.Trim(WordMarks);
            if (!subtitle && position > start && core.Length > 0 && char.IsLower(core[0]) && !SmallWords.Contains(core))
            {
                return AtConjunction(text, start, position);
            }

            if (!subtitle && position > start && word.EndsWith(":", StringComparison.Ordinal) && wordEnd + 1 < text.Length && char.IsUpper(text[wordEnd + 1]))
            {
                subtitle = true;
                end = wordEnd;
                position = wordEnd + 1;
                continue;
            }

            if (word.StartsWith("(", StringComparison.Ordinal))
            {
                break;
            }

            end = wordEnd;
            var next = wordEnd + 1 < text.Length ? NextWord(text, wordEnd + 1) : null;
            if (word.EndsWith(";", StringComparison.Ordinal) || ((word.EndsWith(",", StringComparison.Ordinal) || word.EndsWith(")", StringComparison.Ordinal)) && next is null))
            {
                end = wordEnd - 1;
                break;
            }

            if (word.EndsWith(",", StringComparison.Ordinal) || word.EndsWith(")", StringComparison.Ordinal))
            {
                var nextCore = next!.Trim('“', '”', '"', '(');
                if (nextCore.Length > 0 && (char.IsUpper(nextCore[0]) || char.IsDigit(nextCore[0])))
                {
                    position = wordEnd + 1;
                    continue;
                }

                // ", and Greenhouse Gas Fluxes …": the last of a title's list.
                var afterAnd = wordEnd + 1 + next.Length + 1;
                if (next == "and" && afterAnd < text.Length && char.IsUpper(text[afterAnd]))
                {
                    position = afterAnd;
                    continue;
                }

                end = wordEnd - 1;
                break;
            }

            if (word.EndsWith(".", StringComparison.Ordinal) && core is not ("v" or "No" or "vol"))
            {
                end = wordEnd - 1;
                break;
            }

            position = wordEnd + 1;
        }

        return TrimSmallWords(text, start, end);
    }

    private static string NextWord(string text, int position)
    {
        var space = text.IndexOf(' ', position);
        return text.Substring(position, (space < 0 ? text.Length : space) - position);
    }

    /// <summary>
    /// The title's end before the small words that lead to a word in lower case at <paramref name="lower"/>, when a
    /// conjunction among them hands over to the sentence ("… Pacific and the report"); otherwise the title is in
    /// sentence case, or a single word before "and", and null.
    /// </summary>
    private static int? AtConjunction(string text, int start, int lower)
    {
        var words = text.Substring(start, lower - start).TrimEnd().Split(' ');
        var kept = words.Length;
        while (kept > 0 && SmallWords.Contains(words[kept - 1]))
        {
            kept--;
        }

        var handsOver = false;
        for (var i = kept; i < words.Length; i++)
        {
            handsOver |= words[i] is "and" or "or" or "as";
        }

        return handsOver && kept >= 2 ? start + string.Join(" ", words, 0, kept).Length : null;
    }

    private static int? TrimSmallWords(string text, int start, int end)
    {
        var title = text.Substring(start, end - start).TrimEnd();
        while (title.LastIndexOf(' ') is var space and > 0 && SmallWords.Contains(title.Substring(space + 1)))
        {
            title = title.Substring(0, space);
        }

        return title.Length == 0 ? null : start + title.Length;
    }

    /// <summary>Two titles joined by "and" before an article in capitals ("… 1.5°C and The Ocean …") are two.</summary>
    private static IEnumerable<(int Start, int Length)> Split(string text, int start, int end)
    {
        var from = start;
        for (var at = text.IndexOf(" and ", from, StringComparison.Ordinal); at >= 0 && at < end; at = text.IndexOf(" and ", at + 1, StringComparison.Ordinal))
        {
            var after = at + " and ".Length;
            if (after < end && (Starts(text, after, "The ") || Starts(text, after, "A ") || Starts(text, after, "An ")))
            {
                yield return (from, at - from);
                from = after;
            }
        }

        yield return (from, end - from);
    }

    private static bool Starts(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
}
