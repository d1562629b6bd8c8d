using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A day's entry in a schedule that a paragraph's chapeau sets out ("Decides that the plenary meetings will be held as
/// follows:" / "Thursday, 2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m." / "Friday, 3 June: …"): in a PDF's
/// reading order each entry runs on under the line before, and only its weekday, date and colon say that it opens a
/// paragraph of its own, as the corpus's templates set each entry (A/RES/75/326, 77/328).
/// </summary>
/// <remarks>
/// A weekday with its date opens a line inside a sentence too ("… will be held on" / "Monday, 27 May 2024, …"), but
/// never with a colon straight after the date, and the reading order opens an entry only after a line that ended a unit.
/// </remarks>
internal static class ScheduleEntry
{
    private static readonly Regex Opening = new(
        @"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s\d{1,2}\s\p{Lu}\p{Ll}+(?:\s\d{4})?:\s\S",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text of a line opens with a weekday, its date and a colon: "Thursday, 2 June: from …".</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
