using System.Text.RegularExpressions;

namespace DraftingKit.Model;

/// <summary>
/// The label a paragraph without a lead of its own may carry, as a template writes it in front of the text: a decimal
/// label ("4.10. ", the items of an adopted agenda, 76/3), one letter ("l. ", 76/256 labels a paragraph with the
/// letter l; "A. ") or a roman numeral ("iv. ", "XII. "). A template writes such a label as it prints; a paragraph
/// whose text merely opens so escapes the full stop ("l\. "), as Markdown escapes "1\. " to keep it out of a list.
/// </summary>
internal static class TextParagraphLabel
{
    private static readonly Regex Opening = new(
        @"^(?<label>[0-9]{1,3}(?:\.[0-9]{1,3})+|[A-Za-z]|(?=[ivxlcdm]{2})m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.(?:[ \t]+|$)",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    /// <summary>The label that opens <paramref name="text"/> and how many characters it takes with its full stop and spaces; null when none does.</summary>
    public static (string Label, int Length)? Read(string text)
    {
        var match = Opening.Match(text);
        return match.Success && match.Groups["label"].Length > 0 ? (match.Groups["label"].Value, match.Length) : null;
    }

    /// <summary>True when a template can write <paramref name="label"/> in front of a paragraph and read it back.</summary>
    public static bool CanWrite(string label) => Read(label + ". x") is { } read && read.Label == label;
}
