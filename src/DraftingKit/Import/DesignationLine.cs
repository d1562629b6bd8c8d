using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A designation alone on its line, over the title or text it designates: a section's roman numeral or letter ("XII",
/// "B", "II."), or a division's name and its number in figures or words ("Part I", "Part One", "Section 11",
/// "Chapter 2", "Article 12", "Annex I", "Schedule 3"). It is a unit of its own: no paragraph a page cut goes on into
/// it, and no title's full line runs on to it.
/// </summary>
internal static class DesignationLine
{
    private static readonly Regex Alone = new(
        @"^(?:(?:Part|Chapter|Section|Article|Title|Annex|Appendix|Schedule)\s(?:[IVXLC]{1,7}|\d{1,3}[A-Z]?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)|[IVXLC]{1,7}|[A-Z])\.?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the plain line, bold marks aside, is a designation alone.</summary>
    public static bool Is(string plain) => Alone.IsMatch(plain.Trim().Replace("**", string.Empty));
}
