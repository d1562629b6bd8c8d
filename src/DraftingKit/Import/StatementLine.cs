using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A line that stops without closing punctuation as a heading does, yet says something of the text rather than
/// titling it: it opens with a past participle that governs a phrase ("Issued in accordance with the provisions of
/// article 5 …" under the title of a model certificate, 77/100, annex II; "Signed at …", "Done in …"). A heading is
/// a name (a noun and what qualifies it: "Model certificate of judicial sale", "Revised estimates resulting from …"),
/// so its first word, when a participle, is followed by the noun it qualifies, never by a preposition.
/// </summary>
internal static class StatementLine
{
    /// <summary>A participle ("Issued", "Adopted", "Done", "Given") then a preposition that opens the phrase it governs.</summary>
    private static readonly Regex ParticipleWithPhrase = new(
        @"^(?:[A-Z][a-z]{2,}ed|Done|Made|Given|Drawn|Taken|Written|Held|Sent|Set|Signed)\s+(?:in|at|by|on|under|pursuant|with|upon|according|for|from|to|within|between|before|after|during|through)\s",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="plain"/> reads as a statement about the text, not as a heading over it.</summary>
    public static bool ReadsAsStatement(string plain) => ParticipleWithPhrase.IsMatch(plain.Trim());
}
