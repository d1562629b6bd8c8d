using System.Text.RegularExpressions;

namespace DraftingKit.Citations;

/// <summary>
/// A citation pattern read for where it stands and nothing more. The grammar of a citation list is a chain of
/// anchored patterns (<c>\G</c>) whose groups the recognizer does not need: a number, a further letter, a separator,
/// a date each tell only where they end.
/// </summary>
/// <remarks>
/// PERF: on .NET 10 the span API (<c>EnumerateMatches</c>) makes no <see cref="Match"/>, groups or capture arrays
/// (about 2 KB a citation on 74/177 before); on netstandard2.0 (the analyzers) the same answers come from
/// <see cref="Regex.Match(string, int)"/>. A range read "as a whole text" is the text between its ends alone: a
/// lookbehind or <c>\b</c> sees nothing past them, as if the range were cut out as a string.
/// </remarks>
internal static class PatternAt
{
    /// <summary>The length of <paramref name="anchored"/>'s match at <paramref name="position"/>, or -1.</summary>
    public static int Length(Regex anchored, string text, int position)
    {
#if NET
        foreach (var match in anchored.EnumerateMatches(text.AsSpan(), position))
        {
            return match.Index == position ? match.Length : -1;
        }

        return -1;
#else
        var match = anchored.Match(text, position);
        return match.Success && match.Index == position ? match.Length : -1;
#endif
    }

    /// <summary>
    /// The last match of <paramref name="pattern"/> in <paramref name="text"/> from <paramref name="start"/> to
    /// <paramref name="end"/> read as a whole text: its start and length, or a start of -1.
    /// </summary>
    public static (int Start, int Length) LastIn(Regex pattern, string text, int start, int end)
    {
        (int Start, int Length) last = (-1, 0);
#if NET
        foreach (var match in pattern.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            last = (start + match.Index, match.Length);
        }
#else
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            last = (match.Index, match.Length);
        }
#endif
        return last;
    }

    /// <summary>True when <paramref name="pattern"/> matches in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> read as a whole text.</summary>
    public static bool IsMatchIn(Regex pattern, string text, int start, int end)
    {
#if NET
        return pattern.IsMatch(text.AsSpan(start, end - start));
#else
        return pattern.Match(text, start, end - start).Success;
#endif
    }

    /// <summary>True when the stretch of <paramref name="text"/> that ends at <paramref name="end"/> and starts no earlier than <paramref name="start"/> ends with <paramref name="value"/>.</summary>
    public static bool EndsWith(string text, int start, int end, string value) =>
        end - start >= value.Length && string.CompareOrdinal(text, end - value.Length, value, 0, value.Length) == 0;
}
