using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

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
}
