using System.Text.RegularExpressions;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// The matches of a pattern that opens with one of a few words and holds a literal a bounded distance into every
/// match ("the General Assembly at its seventy-fifth session": "the", and "session" at most a few dozen characters
/// past it), found by trying the pattern only at those words that stand that close before an occurrence of the literal. The same
/// matches, in the same order, as a scan of the whole text (<see cref="RegexMatches.AllOrNone(Regex, string)"/>):
/// every start a scan can match at is tried, in increasing order, none inside a match already found.
/// PERF: a pattern holding an alternation of ordinals is tried by a scan at every word of a paragraph that names a
/// session; here at the few words before each "session".
/// </summary>
internal static class MatchesBeforeLiteral
{
    /// <param name="anchored">The pattern behind <c>\G</c>, so that it is tried at one offset only.</param>
    /// <param name="text">The text, read in its printed normal form as the rules read it.</param>
    /// <param name="literal">What every match holds, case as written.</param>
    /// <param name="reach">The farthest the literal can start from the start of a match.</param>
    /// <param name="openings">The words a match can open with, each followed in the pattern by no letter or digit.</param>
    public static IReadOnlyList<Match> Find(Regex anchored, string text, string literal, int reach, WordSet openings)
    {
        var normalized = PrintedText.Normalize(text);
        List<Match>? found = null;
        var next = 0;
        try
        {
            for (var at = normalized.IndexOf(literal, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(literal, at + 1, StringComparison.Ordinal))
            {
                for (var start = Math.Max(next, at - reach); start <= at; start++)
                {
                    // A match opens with one of its words: a word letter with none before it (a word boundary of
                    // the pattern), the whole word one of them. PERF: the pattern, an alternation of ordinals, is
                    // dear to try even where it fails.
                    if (start > 0 && WordSet.IsWordLetter(normalized[start - 1]))
                    {
                        continue;
                    }

                    var length = WordSet.WordLength(normalized, start);
                    if (!openings.Contains(normalized, start, length))
                    {
                        start += Math.Max(length, 1) - 1;
                        continue;
                    }

                    var match = anchored.Match(normalized, start);
                    if (match.Success)
                    {
                        (found ??= new List<Match>()).Add(match);
                        next = Math.Max(match.Index + match.Length, start + 1);
                        start = next - 1;
                    }
                }

                next = Math.Max(next, at + 1);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<Match>();
        }

        return found ?? (IReadOnlyList<Match>)Array.Empty<Match>();
    }
}
