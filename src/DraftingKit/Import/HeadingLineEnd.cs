namespace DraftingKit.Import;

/// <summary>
/// Where a heading's or a title's line ends in a PDF's reading order: it goes on below when the page's width broke it,
/// that is when the next line's first word would not have fit on it ("… landlocked developing countries and small
/// island developing" / "States", "… a subvention to the Special" / "Tribunal for Lebanon for 2023"), though it
/// stopped on a word a title may end on and the short line below reads as a heading of its own.
/// </summary>
/// <remarks>
/// Two things a title's line never runs on to, however full it is: a designation of its own ("Part One",
/// "Section 11", "XII", "Annex I"), which stands on its line under the title it follows; and anything after a line
/// that ended a sentence (";" or "."), for a title has no sentence's end ("… in Torremolinos," / "Spain, to those
/// States … on 11 October 2022;" / "IV" is a paragraph's tail over a section's designation, A/RES/76/71).
/// </remarks>
internal static class HeadingLineEnd
{
    /// <summary>
    /// True when the heading's line <paramref name="line"/> goes on on <paramref name="next"/>: the page's width
    /// (<paramref name="width"/>, its lines' length) left no room for the next line's first word, or the heading's own
    /// measure did where the line stops on a word; and the next line is no designation and follows no sentence's end. A
    /// heading is set in bold between indents on both sides, so its measure holds some four fifths of the characters of
    /// the text's lines: "Implementation of the New Urban Agenda to achieve the Sustainable" / "Development Goals"
    /// (A/RES/77/173) broke there, a fifth short of the page's full lines. A line that closes a quotation or a bracket
    /// may end its heading there ("… our responsibility, our opportunity”" / "Stockholm, 2 and 3 June 2022", two
    /// headings, A/RES/75/326).
    /// </summary>
    public static bool PageBroke(string line, string next, int width) =>
        !EndsSentence(line) && !DesignationLine.Is(next)
        && (PageLayout.IsSoftBreak(line, next, width) || (EndsOnWord(line) && PageLayout.IsSoftBreak(line, next, width * 4 / 5)));

    /// <summary>True when the line stops on a word's last letter or digit, no punctuation after it.</summary>
    private static bool EndsOnWord(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[trimmed.Length - 1]);
    }

    /// <summary>True when the line ends a sentence (";" or "." before any closing quotation marks), as no title's line does.</summary>
    public static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd().TrimEnd('”', '’', '"');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] is ';' or '.';
    }
}
