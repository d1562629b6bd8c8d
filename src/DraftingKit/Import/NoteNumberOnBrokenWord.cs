using System.Globalization;
using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// A page's first note number that the reading order glued to a word the page's last line of text broke at its hyphen:
/// pdftotext joins a line that ends with a hyphen to the next line of its flow without the hyphen, and at a page's foot
/// that next line is the number of the page's first note ("… 1.5 degrees Celsius above pre-" / "1" read as "… above
/// pre1", A/RES/75/230; "… the United Nations Counter1", 75/26). The number then stands alone nowhere, so the page's
/// notes, and those of every page after, found no number to go on from. Where the page's first note number stands alone
/// on no line, the last line that ends in a word in lower case with that number glued to it, under a line that refers to
/// that note already (a note is referred to once; on its page, or on the page before, where the note did not fit under
/// a reference on the page's last line: "… October 2016,3" / the page's foot / "… vaccines in low3", A/RES/77/183), ends with the broken word and its hyphen, and the number goes on the
/// line below, alone, as the reading order prints the page's other note numbers; the word's rest opens the next page.
/// </summary>
internal static class NoteNumberOnBrokenWord
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A line's last word in letters, its last in lower case, and a number glued to it: "above pre1", "United Nations Counter1".</summary>
    private static readonly Regex GluedToWord = new(@"(?<=\s|^)(?<word>\p{L}*\p{Ll})(?<number>\d{1,3})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A note's raised number set apart after punctuation: "Development, 3 and", "2016, 3".</summary>
    private static readonly Regex SpacedMarker = new(@"[,;:.)”’] (?<number>\d{1,3})(?= |$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The page's lines with the note number <paramref name="next"/> given back its own line where the broken word holds
    /// it; else the lines as they stand. <paramref name="pageBefore"/> holds the lines of the page before.
    /// </summary>
    public static IReadOnlyList<string> Restore(IReadOnlyList<string> lines, int next, IReadOnlyList<string> pageBefore)
    {
        var digits = next.ToString(CultureInfo.InvariantCulture);
        if (lines.Any(line => Words(line) == digits))
        {
            return lines;
        }

        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var glued = GluedToWord.Match(Words(lines[i]));
            if (!glued.Success || glued.Groups["number"].Value != digits)
            {
                continue;
            }

            if (!pageBefore.Concat(lines.Take(i)).Any(above => RefersTo(Words(above), next)))
            {
                return lines;
            }

            var restored = lines.ToList();
            var line = lines[i].TrimEnd();
            restored[i] = line.Substring(0, line.Length - digits.Length) + "-";
            restored.Insert(i + 1, digits);
            return restored;
        }

        return lines;
    }

    private static bool RefersTo(string line, int note) =>
        SpacedNoteNumber.GluedNumbers(line).Contains(note)
        || SpacedMarker.Matches(line).Cast<Match>().Any(match => match.Groups["number"].Value == note.ToString(CultureInfo.InvariantCulture));
}
