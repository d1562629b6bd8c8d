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

    /// <summary>A heading's own designation in figures and a letter with a colon, before its title's capital: "2a: Targeted sanctions".</summary>
    private static readonly Regex Marked = new(@"^\d{1,2}[a-z]:\s\p{Lu}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when the plain line opens with its heading's own designation, as the Security Council marks the sections of
    /// its sanctions ("1a: Targeting illicit finances", "2a: Security sector reform …", S/RES/2607 (2021), 2662 (2022)).
    /// </summary>
    public static bool OpensTitle(string plain) => Marked.IsMatch(plain.Trim());

    /// <summary>True when the plain line, bold marks aside, is a designation alone.</summary>
    public static bool Is(string plain) => Alone.IsMatch(plain.Trim().Replace("**", string.Empty));
}
