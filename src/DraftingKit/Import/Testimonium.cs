using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A treaty's closing formula after its last article: the testimonium ("IN WITNESS WHEREOF the undersigned, being duly
/// authorized thereto, have signed …") and the words that say where, when and in which languages it was done ("DONE in
/// a single original, of which the Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic.",
/// A/RES/77/100; "Done at [place] on [day, month] 2021 in two originals …", A/RES/75/257 B). The UN's files set each as
/// a paragraph of its own under the last article's prose; in a PDF's reading order it runs on under that prose, and
/// only its first words, which open no sentence of an article, say that it stands apart.
/// </summary>
/// <remarks>
/// "Done" or "DONE" opens the formula only before "at" or "in" (where it was done); "done at" in lower case is a
/// sentence's words a line broke. The reading order opens a paragraph on it only after a line that ended a unit.
/// </remarks>
internal static class Testimonium
{
    private static readonly Regex Opening = new(
        @"^(?:(?:DONE|Done)\s(?:at|in)\s\S|(?:IN\sWITNESS\sWHEREOF|In\switness\swhereof)\b)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the plain text of a line opens a treaty's closing formula: "DONE in a single original …", "IN WITNESS WHEREOF …".</summary>
    public static bool Opens(string plain) => Opening.IsMatch(plain);
}
