#if NET
using System.Buffers;
#endif
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>What a text holds that a style rule looks for: the literal every match of the rule needs.</summary>
[Flags]
internal enum TextHolds
{
    None = 0,

    /// <summary>A straight quotation mark or apostrophe (DK7004).</summary>
    StraightQuote = 1,

    /// <summary>The word "session" (DK7003).</summary>
    Session = 2,

    /// <summary>"this resolution" or "this decision", with any space between (DK7005).</summary>
    ThisResolution = 4,

    /// <summary>The word "entitled" (DK7024).</summary>
    Entitled = 8,

    /// <summary>A slash or a backslash, without which no symbol is written (DK6001).</summary>
    SymbolSeparator = 16,

    /// <summary>The name of a month (DK7001, DK7002).</summary>
    MonthName = 32,
}

/// <summary>A text of the document and what it holds.</summary>
internal readonly record struct ScannedText(InlineText Text, TextHolds Holds);

/// <summary>
/// Every text a style rule reads (<see cref="TextRuns.Everywhere"/>), each scanned once for what the rules look for,
/// so that a rule passes over the texts that cannot hold its match without reading them.
/// </summary>
/// <remarks>
/// PERF: each rule walked every text of the document with its own search (a loop over every character for the
/// quotation marks, a search for "session", a pattern for "this resolution" or "entitled"); one vectorized search
/// for all their literals at once now reads each plain text once. A flag is a necessary condition only: the rule
/// still reads a text that holds its literal as before.
/// </remarks>
internal static class ScannedTexts
{
    private static readonly string[] Words = { "session", "resolution", "decision", "entitled" };

#if NET
    // PERF: the words and month names (three letters or more) in one vectorized multi-string search; a set with a
    // one-character string falls back to a search a character at a time, so the marks are searched apart.
    private static readonly SearchValues<string> Candidates = SearchValues.Create(Words.Concat(UnDate.Months).ToArray(), StringComparison.Ordinal);
#endif

    public static IReadOnlyList<ScannedText> Of(ResolutionDocument document)
    {
        var texts = new List<ScannedText>();
        foreach (var text in TextRuns.Everywhere(document))
        {
            texts.Add(new ScannedText(text, Scan(text.PlainText)));
        }

        return texts;
    }

    /// <summary>What <paramref name="plain"/> holds of the literals the style rules look for.</summary>
    internal static TextHolds Scan(string plain)
    {
        var holds = TextHolds.None;
#if NET
        var span = plain.AsSpan();
        if (span.IndexOfAny('"', '\'') >= 0)
        {
            holds |= TextHolds.StraightQuote;
        }

        if (span.IndexOfAny('/', '\\') >= 0)
        {
            holds |= TextHolds.SymbolSeparator;
        }

        var from = 0;
        while (from < plain.Length)
        {
            var found = span.Slice(from).IndexOfAny(Candidates);
            if (found < 0)
            {
                break;
            }

            holds |= At(plain, from + found);
            from += found + 1;
        }
#else
        for (var i = 0; i < plain.Length; i++)
        {
            holds |= At(plain, i);
        }
#endif
        return holds;
    }

    /// <summary>The literal that starts at <paramref name="index"/> of <paramref name="plain"/>, if any.</summary>
    private static TextHolds At(string plain, int index) => plain[index] switch
    {
        '"' or '\'' => TextHolds.StraightQuote,
        '/' or '\\' => TextHolds.SymbolSeparator,
        's' when Holds(plain, index, "session") => TextHolds.Session,
        'e' when Holds(plain, index, "entitled") => TextHolds.Entitled,
        'r' when Holds(plain, index, "resolution") && AfterThis(plain, index) => TextHolds.ThisResolution,
        'd' when Holds(plain, index, "decision") && AfterThis(plain, index) => TextHolds.ThisResolution,
        >= 'A' and <= 'Z' when IsMonth(plain, index) => TextHolds.MonthName,
        _ => TextHolds.None,
    };

    private static bool Holds(string plain, int index, string word) =>
        index + word.Length <= plain.Length && string.CompareOrdinal(plain, index, word, 0, word.Length) == 0;

    // "this" or "This" and one space of any width before the noun, as DK7005's pattern reads the printed normal form.
    private static bool AfterThis(string plain, int index) =>
        index >= 4 && PrintedText.IsSpace(plain[index - 1]) && string.CompareOrdinal(plain, index - 4, "his", 0, 3) == 0;

    private static bool IsMonth(string plain, int index)
    {
        foreach (var month in UnDate.Months)
        {
            if (Holds(plain, index, month))
            {
                return true;
            }
        }

        return false;
    }
}
