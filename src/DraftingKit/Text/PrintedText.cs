using System.Globalization;
using System.Text;

namespace DraftingKit.Text;

/// <summary>
/// The one normal form every recogniser reads text in: the characters a reader of the printed text does not tell
/// apart are made one. UN texts set no-break spaces between a day and its month ("19&#160;September 2012": 6,246
/// times in session 77), narrow and thin spaces in numbers and symbols, non-breaking hyphens in symbols
/// ("ES&#8209;10/21") and soft hyphens where a line may break; a pattern written with a space or a hyphen must
/// read them all.
/// </summary>
internal static class PrintedText
{
    /// <summary>
    /// <paramref name="text"/> with every space character (no-break, narrow no-break, thin, figure, em …) a plain
    /// space and every hyphen that is not a dash (non-breaking U+2011, U+2010) a hyphen-minus. One character for
    /// one, so an offset into the result is the same offset into <paramref name="text"/>.
    /// </summary>
    public static string Normalize(string text)
    {
        var index = FirstToChange(text, alsoInvisible: false);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (var i = index; i < builder.Length; i++)
        {
            builder[i] = Fold(builder[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Normalize"/>, and the characters a reader does not see (soft hyphen, zero-width space and joiners,
    /// byte-order mark) removed. <paramref name="offsets"/> maps each offset of the result to the offset of the
    /// same character in <paramref name="text"/> (one more entry for the end); null when nothing was removed and
    /// the offsets are the same.
    /// </summary>
    public static string Fold(string text, out int[]? offsets)
    {
        offsets = null;
        if (FirstToChange(text, alsoInvisible: true) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                continue;
            }

            map[builder.Length] = i;
            builder.Append(Fold(text[i]));
        }

        map[builder.Length] = text.Length;
        if (builder.Length < text.Length)
        {
            offsets = map;
        }

        return builder.ToString();
    }

    /// <summary>True for a character that prints as a space, whatever its width or whether a line may break at it.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    private static char Fold(char c) => c switch
    {
        '\u2011' or '\u2010' => '-',
        _ when c > '\u007F' && IsSpace(c) => ' ',
        _ => c,
    };

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

#if NET
    // PERF: a SearchValues, not IndexOfAnyExceptInRange: that generic search boxes its bounds (a System.Char each call)
    // until the JIT has compiled it again, which in a short process (the portable draftkit, a first lint) it has not.
    private static readonly System.Buffers.SearchValues<char> Ascii = System.Buffers.SearchValues.Create(AsciiCharacters());

    private static char[] AsciiCharacters()
    {
        var ascii = new char[128];
        for (var c = 0; c < ascii.Length; c++)
        {
            ascii[c] = (char)c;
        }

        return ascii;
    }
#endif

    private static int FirstToChange(string text, bool alsoInvisible)
    {
        // PERF: only a character past ASCII may change. Each one is found with one vectorized search from the last:
        // a curly quote or a dash early in a paragraph no longer has every character after it tested one at a time.
        // (A search for the changing characters themselves, a set spread over the whole range, took .NET's
        // probabilistic map, which stops at most ASCII letters: four times slower on the seeds.)
        for (var i = 0; i < text.Length; i++)
        {
#if NET
            var next = text.AsSpan(i).IndexOfAnyExcept(Ascii);
            if (next < 0)
            {
                return -1;
            }

            i += next;
#endif
            var c = text[i];
            if (c > '\u007F' && (Fold(c) != c || (alsoInvisible && IsInvisible(c))))
            {
                return i;
            }
        }

        return -1;
    }
}
