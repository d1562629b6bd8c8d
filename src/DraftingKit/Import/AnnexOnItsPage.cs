using System.Collections.Generic;
using System.Linq;

namespace DraftingKit.Import;

/// <summary>
/// Whether a later annex's designation ("Annex B", "Annex II") printed after an annex has begun opens an annex of its
/// own or heads a part of the annex before it. An annex opens a page: its designation is set with a page break before
/// it, so in a paged text it stands at the top of a page. The UN's own markup holds some resolutions' annexes as one
/// annex whose later designations are headings inside it, printed where they fall on the page ("Annex B" under annex
/// A's item 9, S/RES/2551 (2020) and 2607 (2021); "Annex II" under annex I's item (dd), S/RES/2610 (2021), 2734 and
/// 2744 (2024)): such a designation that the print runs on within a page is a heading of the annex it stands in. A text
/// without pages (a copy with no page breaks) shows nothing of this, and its designations open annexes as before
/// (A/RES/77/335's "Annex I" and "Annex II").
/// </summary>
internal static class AnnexOnItsPage
{
    /// <summary>True when the text's blocks show pages: a page break, or a block set at a page's top.</summary>
    public static bool Paged(IEnumerable<SourceBlock> blocks) => blocks.Any(block => block.Kind == SourceBlockKind.PageBreak || block.AfterPageBreak);

    /// <summary>
    /// True when <paramref name="designation"/>, after an annex has begun, heads a part of that annex: the text is laid
    /// out in pages (<paramref name="paged"/>) and the designation does not open one.
    /// </summary>
    public static bool HeadsWithinAnnex(SourceBlock designation, bool paged) => paged && !designation.AfterPageBreak;
}
