using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Reads the inline syntax of the text extractions into model runs: <c>*italics*</c>, <c>**bold**</c> (dropped:
/// UN texts set only headers in bold), <c>[A/72/125](#)</c> links, footnote markers written as superscript digits
/// (¹²) or <c>&lt;sup&gt;12&lt;/sup&gt;</c>, and backslash escapes. Footnote labels keep the source's numbers;
/// <see cref="FootnoteGatherer"/> renumbers them per text.
/// </summary>
internal static class InlineParser
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The value of a superscript digit, or null.</summary>
    public static int? SuperscriptDigit(char c)
    {
        var index = Superscripts.IndexOf(c);
        return index < 0 ? null : index;
    }

    public static InlineText Parse(string text, SourceSpan span)
    {
        var position = 0;
        var inlines = ParseUntil(text, ref position, span, closer: null);
        return inlines.Count == 0 ? InlineText.Empty : new InlineText(EquatableArray.From(inlines));
    }

    /// <summary>The text without any inline syntax, as a reader sees it (footnote markers dropped).</summary>
    public static string Plain(string text) => Parse(text, SourceSpan.None).PlainText;

    private static List<Inline> ParseUntil(string text, ref int position, SourceSpan span, string? closer)
    {
        var output = new List<Inline>();
        var run = new StringBuilder();

        void FlushRun()
        {
            if (run.Length > 0)
            {
                output.Add(new TextRun(run.ToString(), span));
                run.Clear();
            }
        }

        while (position < text.Length)
        {
            var c = text[position];
            if (closer is not null && string.CompareOrdinal(text, position, closer, 0, closer.Length) == 0)
            {
                position += closer.Length;
                FlushRun();
                return output;
            }

            if (c == '\\' && position + 1 < text.Length && IsEscapable(text[position + 1]))
            {
                run.Append(text[position + 1]);
                position += 2;
                continue;
            }

            if (c == '*' && position + 1 < text.Length && text[position + 1] == '*')
            {
                // Bold marks only the header lines of the extraction; the words stay, the weight goes.
                position += 2;
                continue;
            }

            if (c == '*')
            {
                // A line of stars alone opens no italics: "* * *", the separator the UN prints between the sections of
                // a declaration (75/1), stays three stars.
                if (text.Trim().Any(ch => ch is not ('*' or ' ')) && HasCloser(text, position + 1, "*"))
                {
                    position++;
                    FlushRun();
                    var content = ParseUntil(text, ref position, span, "*");
                    if (content.Count > 0)
                    {
                        output.Add(new Emphasis(new InlineText(EquatableArray.From(content)), span));
                    }

                    continue;
                }

                run.Append(c);
                position++;
                continue;
            }

            if (c == '<' && string.CompareOrdinal(text, position, "<sup>", 0, 5) == 0)
            {
                var end = text.IndexOf("</sup>", position, System.StringComparison.Ordinal);
                var number = end > position + 5 ? text.Substring(position + 5, end - position - 5) : string.Empty;
                if ((number.Length is > 0 and <= 3 && IsDigits(number)) || SymbolNotes.IsLabel(number))
                {
                    FlushRun();
                    output.Add(new FootnoteReference(number, span));
                    position = end + 6;
                    continue;
                }
            }

            if (SuperscriptDigit(c) is not null)
            {
                var digits = new StringBuilder();
                while (position < text.Length && SuperscriptDigit(text[position]) is int digit)
                {
                    digits.Append((char)('0' + digit));
                    position++;
                }

                FlushRun();
                output.Add(new FootnoteReference(digits.ToString(), span));
                continue;
            }

            if (c == '[' && TryLink(text, position, span, out var link, out var next))
            {
                FlushRun();
                output.Add(link);
                position = next;
                continue;
            }

            run.Append(c);
            position++;
        }

        FlushRun();
        return output;
    }

    private static bool TryLink(string text, int position, SourceSpan span, out Inline link, out int next)
    {
        link = null!;
        next = position;
        var close = FindUnescaped(text, position + 1, ']');
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return false;
        }

        var targetEnd = text.IndexOf(')', close + 2);
        if (targetEnd < 0)
        {
            return false;
        }

        var inner = text.Substring(position + 1, close - position - 1);
        var content = Parse(inner, span);
        var target = text.Substring(close + 2, targetEnd - close - 2).Trim();
        link = new DocumentLink(content, target.Length == 0 || target == "#" ? content.PlainText : target, span);
        next = targetEnd + 1;
        return true;
    }

    private static int FindUnescaped(string text, int start, char wanted)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasCloser(string text, int start, string closer)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0)
            {
                // "**" inside italics is bold, not the end of the italics.
                if (i + 1 < text.Length && text[i + 1] == '*')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    private static bool IsEscapable(char c) => c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '<' or '>' or '|' or '#' or '-' or '.' or '!' or '+';

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
