using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// The number Word prints for each footnote, by the note's id: Word counts the references of the body in their order
/// (from <c>w:footnotePr/w:numStart</c>, else 1), and a reference with a mark of its own (<c>w:customMarkFollows</c>,
/// "*") takes no number. The id is only the file's key: Word writes its two separator notes as ids -1 and 0, and the
/// notes from 1, but a file that went through other tools holds the separators as 0 and 1 and its first note as 2
/// (A/RES/76/244 B so written holds its note on "B", printed 1, as note 2); reading the id as the number would shift
/// every note.
/// A note with a mark of its own keeps its id as its key, the mark's text giving what it prints; a note no reference
/// cites takes a number after the last one printed, in the order of its id.
/// </summary>
internal static class WordNoteNumbers
{
    public static Dictionary<string, string> Of(Body body, IEnumerable<string> noteIds)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var next = Start(body);
        foreach (var reference in body.Descendants<FootnoteReference>())
        {
            if (reference.Id?.Value is not long id || reference.Ancestors().Any(ancestor => ancestor is DeletedRun or MoveFromRun))
            {
                continue;
            }

            var key = id.ToString(CultureInfo.InvariantCulture);
            if (reference.CustomMarkFollows?.Value == true)
            {
                // The mark's own text is what prints ("*", or a number written out); the reader takes it from there.
                marked.Add(key);
                continue;
            }

            if (!numbers.ContainsKey(key))
            {
                numbers[key] = (next++).ToString(CultureInfo.InvariantCulture);
            }
        }

        foreach (var key in noteIds.OrderBy(key => long.Parse(key, CultureInfo.InvariantCulture)))
        {
            if (!numbers.ContainsKey(key) && !marked.Contains(key))
            {
                numbers[key] = (next++).ToString(CultureInfo.InvariantCulture);
            }
        }

        return numbers;
    }

    /// <summary>The first note's number: the first section's <c>w:footnotePr/w:numStart</c>, else 1.</summary>
    private static int Start(Body body) =>
        body.Descendants<SectionProperties>().FirstOrDefault()?.GetFirstChild<FootnoteProperties>()?.GetFirstChild<NumberingStart>()?.Val?.Value is ushort start and > 0
            ? start
            : 1;
}
