using System.Text.RegularExpressions;

namespace DraftingKit.Model;

/// <summary>
/// The number that opens a section heading: "I." of "I. Introduction", "A." of "A. Plenary meetings", or a number
/// that is the whole heading ("IV"). A capital without a full stop followed by more words ("A new agenda") is a word.
/// </summary>
internal static class HeadingNumber
{
    private static readonly Regex Leading = new(
        @"^\s*((?:[IVXLCDM]+|[A-Z])\.)(?:\s+|$)|^\s*((?:[IVXLCDM]+|[A-Z])\.?)\s*$",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    private static readonly Regex LetteredNumber = new(
        @"^\s*(\((?:[a-z]|[ivx]+)\))\s+(?=\S)",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    /// <summary>The heading's number and the rest of its text, or null when it does not open with a number.</summary>
    public static (string Number, InlineText Title)? Split(InlineText heading)
    {
        var plain = heading.PlainText;
        var match = Leading.Match(plain);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return (number, InlineSlicing.Trim(InlineSlicing.TrimStart(heading, match.Length)));
    }

    /// <summary>
    /// The number an AKN4UN export may set in the heading paragraph's <c>num</c>: a section number (<see cref="Split"/>)
    /// or a letter or roman number in brackets, "(a) Transport" under "Infrastructure development" (76/258), "(ii) Exceptions"
    /// (S/RES/2551 (2020)); null when there is none.
    /// </summary>
    public static (string Number, InlineText Title)? ForAkn(InlineText heading)
    {
        if (Split(heading) is { } numbered)
        {
            return numbered;
        }

        var match = LetteredNumber.Match(heading.PlainText);
        return match.Success
            ? (match.Groups[1].Value, InlineSlicing.Trim(InlineSlicing.TrimStart(heading, match.Length)))
            : null;
    }
}
