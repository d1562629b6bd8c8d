namespace DraftingKit.Import;

/// <summary>
/// A paragraph quoted whole under the one that introduces it, as the Council amends a paragraph of an earlier
/// resolution: "… paragraph 11 of resolution 2653 (2022) shall be replaced by the following:" / "“Decides that, for an
/// initial period of one year …" (S/RES/2699 (2023), S/RES/2733 (2024)). In a PDF's reading order the quotation runs on
/// under the colon with no blank line; it opens a paragraph of its own where its words, inside the quotation mark, open
/// one (a lead, a number, a label), as the UN's files set it: a paragraph under the one that quotes it.
/// </summary>
/// <remarks>
/// Only a colon introduces it: after a comma or mid-sentence a quotation mark at a wrapped line's start is the
/// sentence's own ("… entitled" / "“Transforming our world …”").
/// </remarks>
internal static class QuotedParagraph
{
    /// <summary>
    /// True when <paramref name="plain"/> opens with a quotation mark over words that open a paragraph
    /// (<paramref name="opensByItsWords"/>) and the line above, <paramref name="previous"/>, ended on a colon.
    /// </summary>
    public static bool Opens(string previous, string plain, Func<string, bool> opensByItsWords)
    {
        var above = previous.TrimEnd();
        return above.EndsWith(":", StringComparison.Ordinal) && plain.Length > 1 && plain[0] is '“' or '"' && opensByItsWords(plain.Substring(1));
    }
}
