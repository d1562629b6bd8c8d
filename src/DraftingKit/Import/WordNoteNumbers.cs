using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// The number Word prints for each footnote, by the note's id: Word counts the references of the body in their order
/// (from <c>w:footnotePr/w:numStart</c>, else 1), and a reference with a mark of its own (<c>w:customMarkFollows</c>,
/// "*") takes no number. The id is only the file's key: Word writes its two separator notes as ids -1 and 0, and the
/// notes from 1, but a file that went through other tools holds the separators as 0 and 1 and its first note as 2 (a
/// UN file of A/RES/76/244 B whose note on "B" is printed 1); reading the id as the number would shift every note.
/// A note no reference cites takes a number after the last one printed, in the order of its id.
/// </summary>
internal static class WordNoteNumbers
{
    public static Dictionary<string, string> Of(Body body, IEnumerable<string> noteIds)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = Start(body);
        foreach (var reference in body.Descendants<FootnoteReference>())
        {
            if (reference.Id?.Value is not long id || reference.CustomMarkFollows?.Value == true || reference.Ancestors().Any(ancestor => ancestor is DeletedRun or MoveFromRun))
            {
                continue;
            }

            var key = id.ToString(CultureInfo.InvariantCulture);
            if (!numbers.ContainsKey(key))
            {
                numbers[key] = (next++).ToString(CultureInfo.InvariantCulture);
            }
        }

        foreach (var key in noteIds.OrderBy(key => long.Parse(key, CultureInfo.InvariantCulture)))
        {
            if (!numbers.ContainsKey(key))
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
