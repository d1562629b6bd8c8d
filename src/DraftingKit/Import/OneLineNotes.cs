namespace DraftingKit.Import;

/// <summary>
/// Notes under a page's number, or each opening as a note's reference does, that their full stops do not tell apart, one to a line: where the lines there are just
/// as many as the numbers left without a text, each line is a note ("Resolution 70/1." / "Resolution 69/313, annex" /
/// "Resolution 71/256, annex."), for every note takes a line of its own at least.
/// </summary>
/// <remarks>
/// A note the text prints without its full stop ("Resolution 69/313, annex", A/RES/75/308) runs into the note below when
/// the notes are read by their line ends, which leaves fewer notes than numbers and the page's notes unread, and with
/// them its markers. Under the page's number only notes stand, so the count of lines is the count of notes there; and
/// lines that each open as a note's reference does ("Resolution 70/1." …) are notes wherever they stand, for a wrapped
/// line of a note or of the text hardly ever opens so (<see cref="NoteOpening"/>).
/// </remarks>
internal static class OneLineNotes
{
    /// <summary>Each of the <paramref name="indexes"/> as a note of its own when they are <paramref name="count"/>; none otherwise.</summary>
    public static List<(List<string> Lines, List<int> Indexes)> Read(IReadOnlyList<string> lines, List<int> indexes, int count) =>
        indexes.Count == count
            ? indexes.Select(index => (new List<string> { PageLine.Words(lines[index]) }, new List<int> { index })).ToList()
            : new List<(List<string> Lines, List<int> Indexes)>();
}
