using System.Text;

namespace DraftingKit.Rendering;

/// <summary>
/// Makes the template's emphasis delimiters read back as written (issue 15, item 2). CommonMark lets a "*" open
/// emphasis only when it is left-flanking and close it only when it is right-flanking: "*…18–22 March 2002 (*United
/// Nations publication" does not close, because "(" stands inside and a letter outside; "*a**b*" reads one run of
/// two. The writer puts a mark beside each delimiter while it writes, and once the whole run of text is written
/// (and the characters outside each delimiter are known) turns a mark into an empty HTML comment, <c>&lt;!----&gt;</c>,
/// where the delimiter needs one, or drops it. The template reader reads that comment as nothing.
/// </summary>
internal static class InlineSeparators
{
    /// <summary>What the writer puts where a delimiter needs a separator: nothing a reader sees.</summary>
    public const string Separator = "<!---->";

    // Private-use characters: before an opening delimiter whose first inner character is punctuation (or not),
    // after a closing delimiter whose last inner character is punctuation (or not).
    private const char OpenAfterPunctuation = '\uE000';
    private const char Open = '\uE001';
    private const char CloseAfterPunctuation = '\uE002';
    private const char Close = '\uE003';

    public static bool IsMark(char c) => c is >= OpenAfterPunctuation and <= Close;

    public static string BeforeOpening(string inner) => IsPunctuation(inner[0]) ? OpenAfterPunctuation.ToString() : Open.ToString();

    public static string AfterClosing(string inner) => IsPunctuation(inner[inner.Length - 1]) ? CloseAfterPunctuation.ToString() : Close.ToString();

    /// <summary>The text with each mark turned into a separator where CommonMark needs one, or dropped.</summary>
    public static string Resolve(string written)
    {
        if (written.IndexOfAny(new[] { OpenAfterPunctuation, Open, CloseAfterPunctuation, Close }) < 0)
        {
            return written;
        }

        var output = new StringBuilder(written.Length + 16);
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            if (!IsMark(c))
            {
                output.Append(c);
                continue;
            }

            var previous = output.Length == 0 ? (char?)null : output[output.Length - 1];
            var next = NextCharacter(written, i + 1);
            var needed = c switch
            {
                // A delimiter before punctuation opens only after white space, punctuation or the start.
                OpenAfterPunctuation => previous is { } p && (p == '*' || !(char.IsWhiteSpace(p) || IsPunctuation(p))),
                Open => previous == '*',
                // A delimiter after punctuation closes only before white space, punctuation or the end.
                CloseAfterPunctuation => next is { } n && (n == '*' || !(char.IsWhiteSpace(n) || IsPunctuation(n))),
                _ => next == '*',
            };
            if (needed)
            {
                output.Append(Separator);
            }
        }

        return output.ToString();
    }

    private static char? NextCharacter(string written, int from)
    {
        for (var i = from; i < written.Length; i++)
        {
            if (!IsMark(written[i]))
            {
                return written[i];
            }
        }

        return null;
    }

    /// <summary>Punctuation as CommonMark's flanking rules count it: Unicode punctuation and symbols.</summary>
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
