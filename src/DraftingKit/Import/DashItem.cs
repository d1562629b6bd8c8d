using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A list item the UN opens with a dash instead of a label ("– accelerate national ownership …", under "… in
/// consultation with the Government, to:"): in a PDF's reading order it runs on under the line before with no blank
/// line or indent, so only its dash and the small letter after it say that it opens an item.
/// </summary>
/// <remarks>
/// A dash at a line's start in running text is rare but possible ("… 2018" / "– 2030"); the reading order opens an
/// item there only after a line that ended a unit, and the dash must stand before a word in lower case.
/// </remarks>
internal static class DashItem
{
    private static readonly Regex Opening = new(@"^[–—-] \p{Ll}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex DashBeforeWord = new(@"^[–—-] \p{L}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when the plain text of a line opens with an item's dash before a word in either case: under an item's title,
    /// where a sentence opens anyway ("(a) Phase II (post-electoral phase)" / "– UNIOGBIS will continue …", S/RES/2512
    /// (2020); <see cref="ItemTitle"/>).
    /// </summary>
    public static bool OpensAnyWord(string plain) => DashBeforeWord.IsMatch(plain);

    /// <summary>True when the plain text of a line opens with an item's dash and a word in lower case.</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
