using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A sentence a page cut in a text read in a PDF's reading order, told by what the next page's first words cannot
/// be after the page's last line: where that line ended no unit, a label before a word in lower case is the
/// sentence's ("… to meet the target" / "(e) deadline of the Sendai Framework", "… to the General Assembly" / "(a) to
/// take note"), and so is a quotation ("… under the item entitled" / "“Promotion and protection of human rights”.");
/// a number after an abbreviation that a reference's number follows is the reference's ("… 1930 (No." / "29) of
/// the International Labour Organization").
/// </summary>
/// <remarks>
/// A list's items in lower case follow a colon or a semicolon, never a line that stops on a word; a paragraph never
/// opens with a quotation.
/// </remarks>
internal static class SentenceAcrossPage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A label before a word in lower case, the label hung as a labelled line's ("(e)  deadline"): "(e) deadline", "(a) to".</summary>
    private static readonly Regex LabelInSentence = new(@"^" + PrintedLabel.Pattern + @"\s+\p{Ll}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that stops on a word or a number, not on punctuation.</summary>
    private static readonly Regex WordEnd = new(@"[\p{L}\d)]$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True when <paramref name="below"/>, the next page's first words, go on the sentence of the page's last line <paramref name="above"/>.</summary>
    public static bool GoesOn(string above, string below)
    {
        above = above.Trim();
        below = below.Trim();
        if (above.Length == 0 || below.Length == 0)
        {
            return false;
        }

        if (WordEnd.IsMatch(above))
        {
            return LabelInSentence.IsMatch(below) || below[0] is '“' or '‘';
        }

        return above.EndsWith(".", StringComparison.Ordinal) && !FlowingNotes.EndsNote(above) && char.IsDigit(below[0]);
    }
}
