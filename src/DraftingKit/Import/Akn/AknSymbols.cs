using System;
using System.Text.RegularExpressions;

namespace DraftingKit.Import.Akn;

/// <summary>
/// The document a UN link points at: the symbol in an undocs.org address ("https://undocs.org/en/A/RES/73/89" →
/// "A/RES/73/89"), or the address itself for any other site.
/// </summary>
internal static class AknSymbols
{
    private static readonly Regex Undocs = new(
        @"^https?://(?:www\.)?undocs\.org/(?:(?:en|fr|es|sp|ar|ru|zh|ch)/)?(?<symbol>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>The symbol or address that <paramref name="href"/> points at.</summary>
    public static string FromHref(string href)
    {
        var trimmed = href.Trim();
        var match = Undocs.Match(trimmed);
        if (!match.Success)
        {
            return trimmed;
        }

        var symbol = Uri.UnescapeDataString(match.Groups["symbol"].Value).Trim();
        return symbol.Length == 0 ? trimmed : symbol;
    }
}
