using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The opening words of the formula of a text a resolution adopts, under the text's title as an organ's formula stands
/// under a resolution's: "We, …" (a declaration), "I, …" (an oath), "The States Parties to this Convention," and the
/// like (a treaty), and the treaty's words that close its preamble and open its articles: "Have agreed as follows:".
/// </summary>
internal static class AdoptedTextFormula
{
    private static readonly Regex Opening = new(@"^(?:(?:We|I),\s|The (?:States Parties|Parties|High Contracting Parties|Contracting (?:States|Parties)) to (?:this|the present) |Have agreed as follows:$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text opens with such a formula.</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);

    /// <summary>
    /// True when a line of a PDF's reading order opens with such a formula, an oath's "I, …" aside: at a line's start
    /// it is as often a roman numeral the line broke from its reference ("… chap." / "I, resolution 1, annex.").
    /// </summary>
    public static bool OpensLine(string plain) => Opening.IsMatch(plain) && !plain.StartsWith("I,", StringComparison.Ordinal);

    /// <summary>True when the plain line opens a declaration's formula, in the first person plural: "We, the Heads of State …".</summary>
    public static bool Declares(string plain) =>
        Opening.IsMatch(plain) && plain.StartsWith("We,", StringComparison.Ordinal) && plain.Length > 4 && char.IsLetter(plain[4]);
}
