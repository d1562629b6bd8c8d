using System.Text.RegularExpressions;

namespace DraftingKit.Rules;

/// <summary>
/// The matches of a rule's pattern, all of them or none: a pattern that runs past its match timeout on a
/// pathological text yields nothing rather than a partial list or an exception, so a rule stays silent there.
/// </summary>
internal static class RegexMatches
{
    public static IReadOnlyList<Match> AllOrNone(Regex regex, string text) =>
        // Rules read the printed text's normal form (no-break and thin spaces, non-breaking hyphens); one
        // character for one, so match offsets stand in the text as given.
        InNormalForm(regex, Text.PrintedText.Normalize(text));

    /// <summary>
    /// The matches in a paragraph's or footnote's plain text, all of them or none, read in the normal form the text
    /// keeps: folded once a lint, whatever the number of rules that read it.
    /// </summary>
    public static IReadOnlyList<Match> AllOrNone(Regex regex, Model.InlineText text) => InNormalForm(regex, text.PrintedPlainText);

    private static IReadOnlyList<Match> InNormalForm(Regex regex, string normalized)
    {
        try
        {
            var matches = regex.Matches(normalized);
            var found = new Match[matches.Count];
            matches.CopyTo(found, 0);
            return found;
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<Match>();
        }
    }

    /// <summary>
    /// Where the pattern matches the printed normal form of <paramref name="text"/>, all of it or none, into
    /// <paramref name="found"/> as offsets and lengths; returns that normal form, which the offsets index.
    /// PERF: no <see cref="Match"/> object for a rule that reads only where its matches stand (on .NET 10).
    /// </summary>
    public static string AllOrNone(Regex regex, string text, List<(int Index, int Length)> found)
    {
        found.Clear();
        var normalized = Text.PrintedText.Normalize(text);
        try
        {
#if NET
            foreach (var match in regex.EnumerateMatches(normalized))
            {
                found.Add((match.Index, match.Length));
            }
#else
            foreach (Match match in regex.Matches(normalized))
            {
                found.Add((match.Index, match.Length));
            }
#endif
        }
        catch (RegexMatchTimeoutException)
        {
            found.Clear();
        }

        return normalized;
    }
}
