using System.Globalization;
using DraftingKit.Citations;

namespace DraftingKit.Rules;

/// <summary>
/// Part of DK5020 for the Security Council's numbers: a cited "2790 (2025)" in a text of 2024 (no text cites a
/// resolution adopted after it), and a year the numbers on either side of the cited one rule out ("1300 (1999)":
/// 1285 is of 2000) where the catalog does not hold the whole year (<see cref="CouncilChronology"/>).
/// </summary>
internal static class CouncilNumberYear
{
    /// <summary>Why the cited Council number and year cannot be, or null.</summary>
    public static string? Why(RuleContext context, CitationInText cited)
    {
        var citation = cited.Citation;
        if (citation.Organ != "SC" || SerialLimits.CouncilNumber(citation.Number) is not var (number, year))
        {
            return null;
        }

        var header = context.Document.Header;
        if ((header.Adopted ?? header.Issued) is { } own && year > own.Year)
        {
            return string.Format(CultureInfo.InvariantCulture, "the text is of {0}, and a text cites no resolution adopted after it", own);
        }

        if (cited.Entry is null && SerialLimits.Of(context.Catalog).CouncilYear(year) is null
            && CouncilChronology.Of(context.Catalog).Contradiction(number, year) is var (known, knownYear))
        {
            return string.Format(CultureInfo.InvariantCulture,
                "the Security Council numbers its resolutions in one rising series, and its resolution {0} is of {1}", known, knownYear);
        }

        return null;
    }
}
