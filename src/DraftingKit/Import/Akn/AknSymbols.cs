using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Import.Akn;

/// <summary>
/// The document a UN link points at: the symbol in an undocs.org address ("https://undocs.org/en/A/RES/73/89" →
/// "A/RES/73/89"), or the address itself for any other site.
/// </summary>
/// <remarks>
/// The addresses are case-insensitive and carry the Official Document System's own suffixes, so the path is not
/// always the symbol as printed: "A/RES/72/262c" is resolution 72/262 C, "A/RES/1874(s-iv)" is 1874 (S-IV),
/// "A/CONF.192/15(supp)" is the supplement's copy of A/CONF.192/15. The symbol is written back as the UN prints
/// it on its cover pages ("A/RES/75/101 A-B"), so that the citation reads as a symbol and not as an address.
/// </remarks>
internal static class AknSymbols
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Undocs = new(
        @"^https?://(?:www\.)?(?:undocs\.org|docs\.un\.org)/+(?:(?:en|fr|es|sp|ar|ru|zh|ch)/+)?(?<symbol>[^/?#].*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    // The Official Document System's other addresses name the symbol in a query: documents.un.org's
    // "symbol-explorer?s=A/RES/77/1" and "api/symbol/access?s=…&l=en", daccess-ods.un.org's "…&DS=A/RES/77/1&Lang=E".
    private static readonly Regex SymbolQuery = new(
        @"^https?://(?:www\.)?(?:documents(?:-dds-ny)?\.un\.org|daccess-ods\.un\.org|digitallibrary\.un\.org)/[^?#]*\?(?:[^#]*&)?(?:s|DS|symbol)=(?<symbol>[^&#]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    // "(Sect.2)", "(sect. 29A)": a section of the proposed programme budget, printed "(Sect. 2)".
    private static readonly Regex Section = new(@"^sect\.?\s*(?<number>[0-9]+[A-Za-z]?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    // "(PLAN OUTLINE)": words the address sets in capitals, printed in sentence case ("(Plan outline)").
    private static readonly Regex CapitalWords = new(@"^[A-Z]{2,}(?: [A-Z]{2,})+$", RegexOptions.CultureInvariant, Timeout);

    // "(supp)", "(Supp)", "(SUPP)" at the end: the address of a document's copy in an Official Records supplement.
    private static readonly Regex SupplementSuffix = new(@"\s*\(supp\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    // "/262c", "/255a-b", "/92A-B", "/261 c": the part letters of a resolution adopted in parts (A/RES/… only).
    private const int LongestSymbol = 200;

    private static readonly Regex PartLetters = new(@"^(?<head>.*/RES/.*/[0-9]+)\s?(?<first>[A-Za-z])(?:-(?<last>[A-Za-z]))?$", RegexOptions.CultureInvariant, Timeout);

    // A parenthesised qualifier: "(s-iv)", "(vol.i)", "(PartsIandII)", "(Introduction)".
    private static readonly Regex Qualifier = new(@"\s*\((?<text>[^()]*)\)", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Roman = new(@"^(?<prefix>e?s-)?(?<numeral>[ivxlc]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex PartsOrVolume = new(
        @"^(?<word>parts?|vol\.?)\s*(?<first>[ivx]+)(?:\s*and\s*(?<second>[ivx]+))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    // An element in lower case where the UN writes capitals ("A/hrc/RES/43/15") or a modifier ("add.1").
    private static readonly Regex Modifier = new(@"^(?<word>add|rev|corr|amend|sect)\.(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>The symbol or address that <paramref name="href"/> points at.</summary>
    public static string FromHref(string href)
    {
        var trimmed = href.Trim();
        var match = Undocs.Match(trimmed);
        if (!match.Success)
        {
            match = SymbolQuery.Match(trimmed);
        }

        if (!match.Success)
        {
            return trimmed;
        }

        var symbol = Uri.UnescapeDataString(match.Groups["symbol"].Value.Replace('+', ' ')).Trim();
        return symbol.Length == 0 ? trimmed : AsPrinted(symbol);
    }

    /// <summary>The symbol of an Official Document System address written as the UN prints it.</summary>
    public static string AsPrinted(string symbol)
    {
        var result = SupplementSuffix.Replace(symbol, string.Empty);
        result = Qualifier.Replace(result, match => Qualify(match.Groups["text"].Value, match.Value));
        var elements = result.Split('/');
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = Element(elements[i]);
        }

        result = string.Join("/", elements);
        // A symbol is a few dozen characters; the pattern's two ".*" would cost the square of a longer string.
        var parts = result.Length <= LongestSymbol ? PartLetters.Match(result) : Match.Empty;
        if (parts.Success)
        {
            result = parts.Groups["head"].Value + " " + char.ToUpperInvariant(parts.Groups["first"].Value[0])
                + (parts.Groups["last"].Success ? "-" + char.ToUpperInvariant(parts.Groups["last"].Value[0]) : string.Empty);
        }

        return result;
    }

    private static string Qualify(string text, string original)
    {
        var trimmed = text.Trim();
        var roman = Roman.Match(trimmed);
        if (roman.Success)
        {
            // "(XV)" and "(2016)" stand as they are; only a qualifier written in lower case is rewritten.
            return trimmed == trimmed.ToUpperInvariant() ? original : " (" + trimmed.ToUpperInvariant() + ")";
        }

        var section = Section.Match(trimmed);
        if (section.Success)
        {
            return " (Sect. " + section.Groups["number"].Value.ToUpperInvariant() + ")";
        }

        if (CapitalWords.IsMatch(trimmed))
        {
            return " (" + trimmed.Substring(0, 1) + trimmed.Substring(1).ToLowerInvariant() + ")";
        }

        var parts = PartsOrVolume.Match(trimmed);
        if (parts.Success)
        {
            var word = parts.Groups["word"].Value.TrimEnd('.').ToLowerInvariant();
            var printed = word switch
            {
                "vol" => "Vol. ",
                "parts" => "Parts ",
                _ => "Part ",
            } + parts.Groups["first"].Value.ToUpperInvariant()
              + (parts.Groups["second"].Success ? " and " + parts.Groups["second"].Value.ToUpperInvariant() : string.Empty);
            return printed == trimmed ? original : " (" + printed + ")";
        }

        return original;
    }

    private static string Element(string element)
    {
        if (element.Length == 0 || element.IndexOf('(') >= 0)
        {
            return element;
        }

        var modifier = Modifier.Match(element);
        if (modifier.Success)
        {
            var word = modifier.Groups["word"].Value;
            return char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant() + "." + modifier.Groups["rest"].Value;
        }

        // "hrc" in "A/hrc/RES/43/15": a body's letters, always capitals in a symbol.
        foreach (var c in element)
        {
            if (!char.IsLetter(c) || !char.IsLower(c))
            {
                return element;
            }
        }

        return element.ToUpper(CultureInfo.InvariantCulture);
    }
}
