namespace DraftingKit.Rules;

/// <summary>
/// The tokens of running text that may be symbols, found from their slashes: a run of characters with no space
/// that opens with a Latin letter not preceded by a letter, a figure, a slash, a backslash, a full stop or a
/// hyphen, has at most 23 characters before its first slash or backslash, and runs on through slashes to the next
/// space or Markdown bracket ("[", "]", "&lt;", "&gt;").
/// </summary>
/// <remarks>
/// PERF: the same tokens as the pattern
/// <c>(?&lt;![\p{L}\p{N}/\\.\-])[A-Za-z][^\s/\\\[\]&lt;&gt;]{0,23}(?:[/\\][^\s/\\\[\]&lt;&gt;]*)+</c>, which tried a
/// start at every letter of a text and read up to 24 characters from each; here only the 24 characters before each
/// slash are read. <c>SymbolTokensTests</c> holds the two to the same tokens.
/// </remarks>
internal static class SymbolTokens
{
    private const int BeforeFirstSlash = 23;

    private static readonly char[] Slashes = { '/', '\\' };

    /// <summary>The start and length of each token in <paramref name="text"/>, left to right, not overlapping.</summary>
    public static List<(int Start, int Length)> In(string text)
    {
        var tokens = new List<(int, int)>();
        var position = 0;
        while (position < text.Length)
        {
            var slash = text.IndexOfAny(Slashes, position);
            if (slash < 0)
            {
                break;
            }

            var start = StartBefore(text, slash, Math.Max(position, slash - BeforeFirstSlash - 1));
            if (start < 0)
            {
                position = slash + 1;
                continue;
            }

            var end = slash;
            while (end < text.Length && (IsSlash(text[end]) || InToken(text[end])))
            {
                end++;
            }

            tokens.Add((start, end - start));
            position = end;
        }

        return tokens;
    }

    /// <summary>The leftmost offset in [<paramref name="lowest"/>, <paramref name="slash"/>) where a token running to the slash may open, or -1.</summary>
    private static int StartBefore(string text, int slash, int lowest)
    {
        // Every character between the token's first letter and its slash belongs to a token.
        var first = slash;
        while (first > lowest && InToken(text[first - 1]))
        {
            first--;
        }

        for (var i = first; i < slash; i++)
        {
            if (text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' && (i == 0 || !JoinsBefore(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSlash(char c) => c is '/' or '\\';

    /// <summary>A character inside a token between its slashes: not a space, a slash or a Markdown bracket.</summary>
    private static bool InToken(char c) => !char.IsWhiteSpace(c) && c is not ('/' or '\\' or '[' or ']' or '<' or '>');

    /// <summary>A character that, standing before a letter, makes the letter part of a longer word or symbol.</summary>
    private static bool JoinsBefore(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '/' or '\\' or '.' or '-';
}
