using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// The closing punctuation of a paragraph or subparagraph, looking through closing quotes and brackets
/// (“… Agenda”, ends with the comma after the quote; “… to read: ‘…;’” ends with the semicolon inside).
/// </summary>
internal readonly struct ParagraphEnding
{
    private ParagraphEnding(char mark, int offset, bool followedByConjunction)
    {
        Mark = mark;
        Offset = offset;
        FollowedByConjunction = followedByConjunction;
    }

    /// <summary>The last significant character: a punctuation mark, or the last letter when there is none.</summary>
    public char Mark { get; }

    /// <summary>The mark's offset in the plain text; -1 for an empty text.</summary>
    public int Offset { get; }

    /// <summary>True when "and" or "or" follows the mark ("…; and").</summary>
    public bool FollowedByConjunction { get; }

    public bool IsPunctuation => Mark is ',' or ';' or ':' or '.';

    public static ParagraphEnding Of(string plain) => Of(plain, commaSeries: false);

    /// <summary>
    /// The ending of <paramref name="plain"/>; with <paramref name="commaSeries"/>, ", and" and ", or" count as a mark
    /// followed by its conjunction too (the Security Council's running series), not as a text ending in a word.
    /// </summary>
    public static ParagraphEnding Of(string plain, bool commaSeries)
    {
        var end = plain.Length - 1;
        // Format characters (a left-to-right mark after the comma in 75/124) are invisible: look through them.
        while (end >= 0 && (char.IsWhiteSpace(plain[end]) || char.GetUnicodeCategory(plain[end]) == System.Globalization.UnicodeCategory.Format))
        {
            end--;
        }

        var conjunction = false;
        foreach (var word in new[] { " and", " or" })
        {
            if (end + 1 >= word.Length && string.CompareOrdinal(plain, end + 1 - word.Length, word, 0, word.Length) == 0
                && end + 1 - word.Length - 1 >= 0 && (plain[end - word.Length] == ';' || commaSeries && plain[end - word.Length] == ','))
            {
                end -= word.Length;
                conjunction = true;
                break;
            }
        }

        if (end < 0)
        {
            return new ParagraphEnding('\0', -1, false);
        }

        var mark = end;
        while (mark > 0 && plain[mark] is '”' or '’' or '"' or '\'' or ')' or ']' && plain[mark - 1] is ',' or ';' or ':' or '.' or '”' or '’' or '"' or '\'' or ')' or ']')
        {
            mark--;
        }

        return new ParagraphEnding(plain[mark], mark, conjunction);
    }

    /// <summary>
    /// The edit that makes the text end with <paramref name="expected"/>: replace the wrong mark, or insert the
    /// missing one after the last character. Null when the text cannot be edited safely.
    /// </summary>
    public Diagnostics.TextEdit? FixTo(RuleContext context, InlineText text, char expected)
    {
        if (Offset < 0)
        {
            return null;
        }

        var span = context.Locator.Locate(text, Offset, 1, out var exact);
        if (!exact)
        {
            return null;
        }

        var replacement = expected.ToString();
        return IsPunctuation
            ? context.Edit(span.Start, 1, replacement)
            : Mark is '”' or '’' or ')' || char.IsLetterOrDigit(Mark) ? context.Edit(span.Start + 1, 0, replacement) : null;
    }

    /// <summary>How the ending reads in a message: "';'", "no punctuation".</summary>
    public string Describe() => IsPunctuation ? "'" + Mark + "'" : "no punctuation";
}
