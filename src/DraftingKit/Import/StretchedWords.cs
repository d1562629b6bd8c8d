using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// The words of a justified line stretched wide, which a PDF's reading order reads as blocks of their own. Where a
/// line holds few words and the next word (a number bound to its noun, "20 fellowships") did not fit, justification
/// spreads the words over the whole line, and pdftotext takes each wide space for the gap between two blocks: it gives
/// the line's first words with the lines under them, then every further word alone between blank lines ("The
/// International" / "20 fellowships;" / "" / "Law" / "" / "Fellowship" / … / "of", A/RES/75/134, 2 (a); "information
/// and" / "development;" / "" / "communications" / "" / "technology" / … / "infrastructure", A/RES/76/213, paragraph
/// 12). Read so, the paragraph ended before its last words and they stood as headings or ran into the next paragraph.
/// The words go back at the end of the block's first line, which a sentence cut short shows (it ends no unit); the
/// lines' count is kept.
/// </summary>
internal static class StretchedWords
{
    /// <summary>The fewest words set apart for a line stretched wide: two could be a short table's cells.</summary>
    private const int FewestWords = 3;

    /// <summary>The lines with each stretched line's words put back at the end of its first words.</summary>
    /// <param name="lines">The text's lines in reading order.</param>
    /// <param name="opens">True for a line whose words open a paragraph (a lead, a number, a label, the formula).</param>
    public static string[] Restore(string[] lines, Func<string, bool> opens)
    {
        string[]? output = null;
        for (var i = 0; i + 2 < lines.Length; i++)
        {
            // The block: its first line cut short, one line under it at least, a blank line after it; no line above it,
            // or the paragraph above it ended (ParagraphOpens).
            if (Words(lines[i]) is not { Length: > 0 } first || FlowingText.EndsUnit(first)
                || ((i > 0 && Words(lines[i - 1]).Length > 0 || opens(first)) && !ParagraphOpens(lines, i, opens)))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && Words(lines[end]).Length > 0 && lines[end].IndexOf('\f') < 0)
            {
                end++;
            }

            if (end == i + 1 || Run(lines, end, opens) is not { Count: >= FewestWords } words)
            {
                continue;
            }

            output ??= (string[])lines.Clone();
            output[i] = lines[i].TrimEnd() + " " + string.Join(" ", words.Select(index => Words(lines[index])));
            foreach (var index in words)
            {
                output[index] = string.Empty;
            }

            i = words[words.Count - 1];
        }

        return output ?? lines;
    }

    /// <summary>
    /// True when the stretched line at <paramref name="i"/> is a paragraph's first line under the paragraph before, in one
    /// block with it: it opens by its words (a lead) under a line that ended a unit. pdftotext sets no blank line between
    /// two paragraphs of a block, so the stretched line's first words stay under the paragraph above ("… to respect fair
    /// trial standards," / "Condemning the continuous widespread" / "anti-extremism laws to suppress dissent," / "" /
    /// "misuse" / "" / "of" / "" / "counter-terrorism" / "" / "and", A/RES/76/179: the words stood as a paragraph
    /// without punctuation, DK1103).
    /// </summary>
    private static bool ParagraphOpens(string[] lines, int i, Func<string, bool> opens) =>
        i > 0 && Words(lines[i - 1]) is { Length: > 0 } above && FlowingText.EndsUnit(above) && opens(Words(lines[i]));

    /// <summary>
    /// The lines from <paramref name="start"/> (a blank line) that hold one word each, each after a blank line, on the
    /// same page: a word, not a number, a label or a paragraph's opening; the page's number ("4/10") may stand before them.
    /// </summary>
    private static List<int> Run(string[] lines, int start, Func<string, bool> opens)
    {
        var words = new List<int>();
        for (var i = start; i + 1 < lines.Length && Words(lines[i]).Length == 0 && lines[i].IndexOf('\f') < 0; i += 2)
        {
            var word = Words(lines[i + 1]);
            if (words.Count == 0 && FlowingText.IsPageNumber(word))
            {
                // The page's number, which pdftotext may print between the line's first words and the rest ("Condemning
                // the continuous widespread" / "anti-extremism laws to suppress dissent," / "" / "4/10" / "" / "misuse"
                // / "" / "of" …, A/RES/75/192): it stays where it is.
                continue;
            }

            if (word.Length == 0 || word.IndexOf(' ') >= 0 || lines[i + 1].IndexOf('\f') >= 0 || !word.Any(char.IsLetter) || opens(word))
            {
                break;
            }

            words.Add(i + 1);
        }

        return words;
    }
}
