using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A recital of an agreement's preamble ("Whereas the parties to the Agreement agree that …") and the words that close
/// the recitals ("Now therefore the United Nations and the Royal Government of Cambodia have agreed as follows:"), as
/// an agreement the Assembly approves prints them (A/RES/75/257 B): each opens a paragraph of its own, and in a PDF's
/// reading order only its first word says so, for the recitals lead with no participle the vocabulary knows.
/// </summary>
/// <remarks>
/// The word in lower case after "Whereas" or "Now therefore" keeps a title in capitals ("Whereas Clauses") from opening
/// a paragraph; the reading order opens one only after a line that ended a unit.
/// </remarks>
internal static class Recital
{
    private static readonly Regex Opening = new(@"^(?:Whereas|Now,?\stherefore,?)\s\p{Ll}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text of a line opens a recital ("Whereas the …") or closes the recitals ("Now therefore the …").</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
