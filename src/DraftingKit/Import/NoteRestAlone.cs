using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The rest of a note that a page cut, laid out at the foot of a page that has no notes of its own (pdftotext with
/// <c>-layout</c>): with no number over it, it is told by its column, that of the notes' words, where no line of the
/// page's text stands ("      … a serious crime;" / "  in human beings, adopted in December 2005, … in this field.",
/// A/RES/75/158; "               … international organizations," / "                 Commissioner for Refugees, …",
/// A/RES/76/186). It goes after the rule line, unnumbered, and joins the note it ends (<see cref="NoteAcrossPage"/>).
/// </summary>
/// <remarks>
/// Only where the page before's last note did not end (no full stop or closing bracket, <see cref="FlowingNotes.EndsNote"/>)
/// and the lines end as a note does, none opening with a paragraph's number or an item's label: a paragraph of the
/// page's text at the foot stands at the text's own columns, its first line set in.
/// </remarks>
internal static class NoteRestAlone
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex PageNumber = new(@"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Labelled = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)\s", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Where the rest of a cut note starts at the page's foot; -1 for none.</summary>
    public static int Start(string[] lines)
    {
        var last = LastWords(lines);
        if (last <= 0 || !FlowingNotes.EndsNote(lines[last].Trim()))
        {
            return -1;
        }

        var column = Indent(lines[last]);
        var start = last;
        while (start > 0 && lines[start - 1].Trim().Length > 0 && Indent(lines[start - 1]) == column)
        {
            start--;
        }

        var text = Enumerable.Range(0, start).Where(i => lines[i].Trim().Length > 0).ToList();
        var rest = Enumerable.Range(start, last - start + 1).ToList();
        return text.Count >= 2 && text.All(i => Indent(lines[i]) != column) && rest.All(i => !Labelled.IsMatch(lines[i].Trim())) ? start : -1;
    }

    /// <summary>True when the page's notes, from line <paramref name="notesAt"/>, end with a note the page cut.</summary>
    public static bool EndsCut(string[] lines, int notesAt)
    {
        var last = LastWords(lines);
        return last >= notesAt && !FlowingNotes.EndsNote(lines[last].Trim());
    }

    /// <summary>The page's last line of words, its number aside; -1 for none.</summary>
    private static int LastWords(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var words = lines[i].Trim();
            if (words.Length > 0 && !PageNumber.IsMatch(words))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
