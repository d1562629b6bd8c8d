using System.Text.RegularExpressions;

namespace DraftingKit.Import;

// A note cited again by its number, as texts before 2020 repeat a marker: the words and the clause its first marker followed.
internal static partial class BareMarkers
{
    /// <summary>
    /// True when a number set apart at <paramref name="index"/> cites note <paramref name="number"/> again: it follows
    /// the two words the note's first marker followed ("(the Tokyo Rules),5" then "(the Tokyo Rules) 5 and"), as a
    /// source cited again is named again. A number of the text follows other words ("Agenda 21 and", "Assistant
    /// Secretary-General, 1 D-1" where note 1 followed "the Secretary-General").
    /// </summary>
    private static bool CitesAgain(string text, int index, int number, Dictionary<int, string> firstWords) =>
        firstWords.TryGetValue(number, out var words) && words.Length > 0 && string.Equals(words, WordsBefore(text, index), StringComparison.Ordinal);

    /// <summary>
    /// True when the clause before a number set apart at <paramref name="index"/> names again what the clause that note
    /// <paramref name="number"/>'s first marker closed named: a run of <see cref="NameWords"/> words or more, three of
    /// them capitalised, or of twice as many words, a document described again ("the model treaty for the prevention of
    /// crimes that infringe on the cultural heritage of peoples …"), that both hold ("the Doha Declaration on … and Public Participation, adopted …, held in Qatar in
    /// April 2015,12" then "… and Public Participation 12 in the form of"; "the Conference of the Parties to the United
    /// Nations Convention against Transnational Organized Crime in its resolution 6/1 of 19 October 2012,7" then
    /// "pursuant to resolution 6/1 of the Conference of the Parties to … the Protocols thereto”, 7 to bring"): a source
    /// cited again is named again. A number of the text stands in a clause of its own ("under priority 2 and").
    /// </summary>
    private static bool NamesAgain(List<string?> texts, int block, int index, int number, Dictionary<int, string[]> firstClauses)
    {
        if (!firstClauses.TryGetValue(number, out var first) || !EndsNameOrClause(texts[block]!, index))
        {
            return false;
        }

        var clause = ClauseBefore(texts, block, index);
        for (var i = 0; i < clause.Length; i++)
        {
            for (var j = 0; j < first.Length; j++)
            {
                var run = 0;
                var capitals = 0;
                while (i + run < clause.Length && j + run < first.Length && string.Equals(clause[i + run], first[j + run], StringComparison.Ordinal))
                {
                    capitals += char.IsUpper(clause[i + run][0]) ? 1 : 0;
                    run++;
                }

                if ((run >= NameWords && capitals >= 3) || run >= 2 * NameWords)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the number set apart at <paramref name="index"/> follows a name's capitalised last word or a word's
    /// punctuation ("Public Participation 12", "the Protocols thereto”, 7", "by Member States, 11"), where a raised number
    /// stands; not a word in lower case that labels it ("action 9 of", "priority 2") nor a number it goes on from in a
    /// series ("articles 12, 13 and 14").
    /// </summary>
    private static bool EndsNameOrClause(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var punctuated = false;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && !char.IsWhiteSpace(text[end - 1]))
        {
            end--;
            punctuated = true;
        }

        var start = WordStart(text, end);
        var word = text.Substring(start, end - start);
        return word.Length > 0 && !word.All(char.IsDigit) && (punctuated || char.IsUpper(word[0]));
    }

    /// <summary>The fewest words a name named again in two clauses shares.</summary>
    private const int NameWords = 6;

    /// <summary>How many words before a marker its clause is read in.</summary>
    private const int ClauseWords = 40;

    /// <summary>
    /// The last <see cref="ClauseWords"/> words (letters, digits, slashes and hyphens) before <paramref name="index"/> in
    /// block <paramref name="block"/>, and, where that block opens in lower case, the paragraph a page cut before it
    /// ("… on the cultural heritage of" / the page's number / "peoples in the form of movable property,12 …").
    /// </summary>
    private static string[] ClauseBefore(List<string?> texts, int block, int index)
    {
        var text = texts[block]!.Substring(0, index);
        var before = block - 1;
        while (before >= 0 && texts[before] is null)
        {
            before--;
        }

        if (text.Length > 0 && char.IsLower(text[0]) && before >= 0)
        {
            text = texts[before] + " " + text;
        }

        var words = Regex.Matches(text, @"[\p{L}\p{N}][\p{L}\p{N}/-]*", RegexOptions.CultureInvariant, Timeout).Cast<Match>().Select(match => match.Value).ToArray();
        return words.Skip(Math.Max(0, words.Length - ClauseWords)).ToArray();
    }

    /// <summary>
    /// The last two words before <paramref name="index"/> (letters, digits and hyphens), past their punctuation and the
    /// space a layout sets before a raised number: "Tokyo Rules" in "(the Tokyo Rules), ", "of 1971" in "of 1971,";
    /// only the last when punctuation opens it ("Renewing" in "“Renewing").
    /// </summary>
    private static string WordsBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && (end == index || !char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        var start = WordStart(text, end);
        var last = text.Substring(start, end - start);
        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        if (before == start || before == 0 || !char.IsLetterOrDigit(text[before - 1]))
        {
            return last;
        }

        var previous = WordStart(text, before);
        return text.Substring(previous, before - previous) + " " + last;
    }
}
