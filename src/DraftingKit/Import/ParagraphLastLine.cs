using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A paragraph's last line in a text read in a PDF's reading order, told by the room it leaves: a line that ends a
/// sentence with the page's width to spare for the next line's first word and more ended because its paragraph did, so
/// the next line, opening with a capital, opens a paragraph though no lead or number says so ("To be binding on the
/// parties, the present Addendum must be approved by the General" / "Assembly of the United Nations and ratified by the
/// Kingdom of Cambodia." / "The Royal Government of Cambodia will make its best endeavors …", two paragraphs of one
/// article, A/RES/75/257 B).
/// </summary>
/// <remarks>
/// Only a sentence's full stop after a word counts, not an abbreviation's ("vol.", "No.") nor a comma: where a name
/// with its number or a long symbol did not fit, the next line's first word says so, for it is what did not fit. A
/// numbered or labelled line is left alone: the reading order sets a paragraph's first line in by its indent. The
/// spare room asked for is a long word's more than the next word needs, as justified lines of proportional type vary.
/// </remarks>
internal static class ParagraphLastLine
{
    /// <summary>How much more room than the next word needs the line must leave, in characters: about a long word's length.</summary>
    private const int Spare = 10;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A sentence's full stop after a word or a closing bracket, a quotation mark around it or not: "… of Cambodia.", "… (2015).".</summary>
    private static readonly Regex SentenceEnd = new(@"[\p{Ll})][”’""]?\.[”’""]?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that opens with a number or a label: "12. Requests", "(a) To", "12.".</summary>
    private static readonly Regex Labelled = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The page's width in characters: the length the longest lines reach, past the few set wider (the tenth longest of a hundred).</summary>
    public static int Width(IEnumerable<string> lines)
    {
        var lengths = lines.Select(line => line.Trim().Length).Where(length => length > 0).OrderBy(length => length).ToList();
        return lengths.Count < 10 ? 0 : lengths[lengths.Count * 9 / 10];
    }

    /// <summary>
    /// True when <paramref name="previous"/> ended its paragraph by its sentence's full stop with room left for the first
    /// word of <paramref name="line"/>, which opens with a capital, on a page <paramref name="width"/> characters wide.
    /// Both are the lines' words without their indents.
    /// </summary>
    public static bool Ends(string previous, string line, int width)
    {
        if (width == 0 || line.Length == 0 || !char.IsUpper(line[0]) || Labelled.IsMatch(previous) || !SentenceEnd.IsMatch(previous) || !FlowingNotes.EndsNote(previous))
        {
            return false;
        }

        return LeavesRoom(previous, line, width);
    }

    /// <summary>
    /// True when <paramref name="previous"/> stops on a word, with no punctuation, and left room for the first word of
    /// <paramref name="line"/> and a long word more: a paragraph or an item whose closing punctuation the UN's file lost
    /// ("… in accordance with their obligations under international law" / "Noting the importance …", S/RES/2765 (2024);
    /// "… referred to judicial authorities" / "– provide enhanced support …"). A wrapped line is full, so the line ended
    /// with its unit; the caller asks that the next line open one by its own words. A line alone with its number or label
    /// is its text's opening, not a unit's end, and a line that stops on a word no sentence ends on ("… on the item
    /// entitled", <see cref="UnitEnd.EndsOpen"/>) goes on whatever room it left.
    /// </summary>
    public static bool EndsUnpunctuated(string previous, string line, int width) =>
        previous.Length > 0 && line.Length > 0 && char.IsLetterOrDigit(previous[previous.Length - 1]) && !Labelled.IsMatch(previous)
        && !UnitEnd.EndsOpen(previous) && LeavesRoom(previous, line, width);

    /// <summary>
    /// True when <paramref name="previous"/> left room on a page <paramref name="width"/> characters wide for the first
    /// word of <paramref name="line"/> and a long word more: the line ended there because its unit did, not because the
    /// next word would not have fitted.
    /// </summary>
    public static bool LeavesRoom(string previous, string line, int width) => LeavesRoomWith(previous, line, width, Spare);

    /// <summary>
    /// True when <paramref name="previous"/> left room for the first word of <paramref name="line"/> and
    /// <paramref name="spare"/> characters more on a line <paramref name="width"/> characters wide.
    /// </summary>
    public static bool LeavesRoomWith(string previous, string line, int width, int spare)
    {
        var space = line.IndexOf(' ');
        var firstWord = space < 0 ? line.Length : space;
        return width > 0 && previous.Length + 1 + firstWord + spare <= width;
    }
}
