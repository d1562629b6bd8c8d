using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Where a note that the reading order set right under the page's text opens, told by its type: a page's notes are set
/// smaller than its text, so a full line of a note holds more characters than any line of the text ("… to build up
/// and strengthen health systems for the" at 88 characters over "The safety and security of United Nations peacekeepers
/// is specifically addressed in the annual report of the" at 108, A/RES/75/125; "… as the most" over "Such as, inter
/// alia, Alliance 8.7; Finance Against Slavery and Trafficking; the call to action to end forced" at 108, A/RES/76/186).
/// </summary>
/// <remarks>
/// Only where the words do not tell it (no line opens as a note's reference does, <see cref="NoteOpening"/>, none ends a
/// unit): a note that opens in prose ("Established through …", "Such as …", "The safety and security …"). The text's
/// width is the longest of the page's lines above, past those the reading order ran on at a hyphen it dropped (longer
/// than the common line by far); a text printed with one measure for text and notes (a plain text's print) has no line
/// past it, and the note is its last line, as before.
/// </remarks>
internal static class NoteMeasure
{
    /// <summary>How many characters a note's line must pass the text's longest line by: more than a justified line's play.</summary>
    private const int Margin = 3;

    /// <summary>The fewest lines of text above that show the text's width.</summary>
    private const int LinesOfText = 10;

    /// <summary>
    /// The first of <paramref name="candidates"/> from <paramref name="from"/> on (line indexes, top down) that is longer
    /// than the text's lines above the first of them; -1 for none.
    /// </summary>
    public static int WiderFrom(IReadOnlyList<string> lines, IReadOnlyList<int> candidates, int from)
    {
        if (from >= candidates.Count)
        {
            return -1;
        }

        var width = TextWidth(lines, candidates[from]);
        if (width == 0)
        {
            return -1;
        }

        for (var k = from; k < candidates.Count; k++)
        {
            if (Words(lines[candidates[k]]).Length > width + Margin)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The longest line of words above line <paramref name="end"/>, past lines run on; 0 where too few lines show it.</summary>
    private static int TextWidth(IReadOnlyList<string> lines, int end)
    {
        var lengths = Enumerable.Range(0, Math.Min(end, lines.Count)).Select(i => Words(lines[i]).Length).Where(length => length > 20).OrderBy(length => length).ToList();
        if (lengths.Count < LinesOfText)
        {
            return 0;
        }

        // A line the reading order ran on past the page's width is half again as long as the common line, or more.
        var common = lengths[lengths.Count / 2];
        return lengths.Where(length => length * 2 <= common * 3).Max();
    }
}
