using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A list item printed with a bullet ("• Achieve a sustainable increase in coverage …" under "Targets", A/RES/76/258):
/// in a PDF's reading order it runs on under the line before with no blank line or indent, and its bullet, which no
/// sentence holds at a line's start, says that it opens an item; the line over the first item is then its heading.
/// An item of the second level has the white bullet, or the "o" that Word sets for it and a PDF's text layer gives as
/// a letter, before a capital ("• Body armour or protective garments, as follows:" / "◦ Soft body armour …;", S/RES/2607
/// (2021); "o Soft body armour …;", S/RES/2551 (2020)): no English sentence holds "o" alone before a capital.
/// </summary>
internal static class BulletItem
{
    private static readonly Regex Opening = new(@"^(?:[•▪◦]\s\S|o\s\p{Lu})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text of a line opens with a bullet and a word: "• Achieve …", "◦ Soft …", "o Soft …".</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
