using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A justified line whose spaces the page stretched wide, on a page laid out by pdftotext <c>-layout</c>: where a line
/// holds few words and the next word (a number bound to its noun, "20 fellowships") did not fit, justification spreads
/// the words over the whole line, and the layout prints the wide spaces as runs of three or more, as it prints the gap
/// between a table's cells ("prioritizes  good     governance,     human      and     infrastructure development,",
/// A/RES/77/145, paragraph 6; "(a)    The International      Law     Fellowship     Programme,      with      a   minimum   of",
/// A/RES/75/134). Read as cells, the line and the paragraph line over it made a table of two rows, and the paragraph
/// was lost in it. A table's row has rows like it over or under it; this line stands alone among its paragraph's lines,
/// none of them set in columns, and runs to the page's right edge as a justified line does. Its words are set one
/// space apart, a hanging label's gap before them kept.
/// </summary>
internal static class JustifiedLine
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A gap the layout prints between two cells, or between two words justification set far apart.</summary>
    private static readonly Regex Gap = new(@"(?<=\S) {3,}(?=\S)", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Spaces = new(@"(?<=\S) {2,}(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A hanging number or label and the gap to its text: "6.    Takes", "(a)    The".</summary>
    private static readonly Regex HangingLabel = new(@"^(?:\d{1,3}\.|\d{1,4}/\d{1,4}\.|" + PrintedLabel.Pattern + @"|[a-z]\.) +(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The fewest wide gaps a stretched line shows: its words are few, yet more than a row of three cells.</summary>
    private const int FewestGaps = 3;

    /// <summary>
    /// The widest gap justification leaves between two words of a line (some six columns, "The International      Law",
    /// A/RES/75/134); a table's columns stand further apart ("Action                 Title of post").
    /// </summary>
    private const int WidestGap = 8;

    /// <summary>The most words between two wide gaps: a justified line spreads single words, a cell may hold a few.</summary>
    private const int WordsBetweenGaps = 3;

    /// <summary>
    /// How far short of the page's right edge a full line may end: pdftotext counts a line's width in its own letters, so
    /// full lines end some eight columns apart ("… firmly committed to the" at 89, "… each atoll that meet" at 95, 77/145).
    /// </summary>
    private const int EdgeSlack = 8;

    /// <summary>The page's body lines with each stretched justified line set one space a word.</summary>
    /// <param name="lines">A page's body lines, as laid out.</param>
    /// <param name="right">The column the page's full lines end at.</param>
    public static string[] Close(string[] lines, int right)
    {
        string[]? output = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsStretched(lines, i, right))
            {
                continue;
            }

            var line = lines[i].TrimEnd();
            var indent = line.Length - line.TrimStart().Length;
            var label = HangingLabel.Match(line.Substring(indent));
            var head = indent + (label.Success ? label.Length : 0);
            output ??= (string[])lines.Clone();
            output[i] = line.Substring(0, head) + Spaces.Replace(line.Substring(head), " ");
        }

        return output ?? lines;
    }

    /// <summary>
    /// True when line <paramref name="i"/> is a justified line stretched wide: three wide gaps or more past its label, none
    /// of a table's width, words in lower case between them, most of them alone, its end at the right edge, and no line
    /// next to it set in columns.
    /// </summary>
    private static bool IsStretched(string[] lines, int i, int right)
    {
        var words = Text(lines[i]);
        var gaps = Gap.Matches(words);
        if (words.Length == 0 || lines[i].TrimEnd().Length < right - EdgeSlack || gaps.Count < FewestGaps || gaps.Cast<Match>().Any(gap => gap.Length > WidestGap))
        {
            return false;
        }

        // Words of a sentence, most of them alone between gaps: not a row's cells, a figure, a grade ("P-4") or a title of
        // several words each.
        var parts = Gap.Split(words).Select(part => part.Split(' ').Count(word => word.Length > 0)).ToList();
        if (Gap.Split(words).Any(part => !part.Any(char.IsLower)) || parts.Any(count => count > WordsBetweenGaps) || parts.Count(count => count == 1) * 2 < parts.Count)
        {
            return false;
        }

        // Its paragraph's lines around it: one at least, none with a gap of its own (a table's row has rows by it).
        var above = i > 0 ? Text(lines[i - 1]) : string.Empty;
        var below = i + 1 < lines.Length ? Text(lines[i + 1]) : string.Empty;
        return (above.Length > 0 || below.Length > 0) && !Gap.IsMatch(above) && !Gap.IsMatch(below);
    }

    /// <summary>The line's words past its indent and its hanging label's gap.</summary>
    private static string Text(string line)
    {
        var words = line.Trim();
        var label = HangingLabel.Match(words);
        return label.Success ? words.Substring(label.Length) : words;
    }
}
