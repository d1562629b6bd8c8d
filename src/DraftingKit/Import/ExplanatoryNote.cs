using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// An explanatory note the UN sets as a paragraph of its own under an item of a list or a table: "Note: ‘Aircraft’ means
/// fixed wing, swivel wing …" under "7. Aircraft, specifically designed or modified for military use;", "Note: military
/// standards or specifications include …" under a bullet's item (S/RES/2551 (2020), 2607 (2021), annexes A and B), "Note
/// 2: …". In a PDF's reading order it runs on under the item's last line; after a line that ended a unit, "Note" with its
/// capital and its colon opens it, for a sentence's "note" at a wrapped line's start is in lower case or goes on
/// without a colon ("Note with appreciation …", a lead's base form).
/// </summary>
internal static class ExplanatoryNote
{
    private static readonly Regex Opening = new(@"^Notes?(?:\s\d{1,2})?:\s\S", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text of a line opens an explanatory note: "Note: …", "Notes: …", "Note 2: …".</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
