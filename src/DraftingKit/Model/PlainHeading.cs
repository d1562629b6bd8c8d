namespace DraftingKit.Model;

/// <summary>
/// A heading printed in roman type among numbered paragraphs: "Political process", "Reporting and Consultation",
/// "Special Criminal Court (SCC)". The Security Council divides its mandates so, and its files often set such a line
/// as an unnumbered paragraph rather than a subheading (S/RES/2512 (2020), S/RES/2550 (2020)). What tells it from
/// text: it is short, opens with a capital and ends with no punctuation, where a sentence or a clause ends with one.
/// </summary>
internal static class PlainHeading
{
    /// <summary>Headings of the Council's mandates run to nine words ("Support for the 2023 electoral process …").</summary>
    private const int MaximumWords = 12;

    public static bool Is(InlineText text)
    {
        foreach (var inline in text.Inlines)
        {
            if (inline is FootnoteReference)
            {
                return false;
            }
        }

        var plain = text.PlainText.Trim();
        if (plain.Length > 0 && plain.Trim('*', ' ').Length == 0)
        {
            // "*" or "* * *" on a line of its own: the separator the UN prints before a new part of the text
            // (S/RES/2628 (2022), before "Somalia").
            return true;
        }

        if (plain.Length == 0 || !char.IsUpper(plain[0]) || plain[plain.Length - 1] is ',' or ';' or ':' or '.' or '!' or '?')
        {
            return false;
        }

        var words = plain.Split(new[] { ' ', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaximumWords;
    }
}
