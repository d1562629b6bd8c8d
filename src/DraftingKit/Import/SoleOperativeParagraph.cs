using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Where a text's one operative paragraph opens in a PDF's reading order when its verb is one the vocabulary does not
/// know: a text without numbered paragraphs ends with its operative paragraph's full stop, and a preambular paragraph
/// ends with a comma, so a paragraph opened by a preambular lead that ends the text with a full stop holds the operative
/// paragraph, opening at its one line that follows a line ended on a comma with a capitalised word ("… during his first
/// term of office," / "Appoints Mr. António Guterres Secretary-General …" / "82nd plenary meeting", A/RES/75/286).
/// </summary>
/// <remarks>
/// Read only where the lines from there run to the closing meeting line or the text's end with no other paragraph
/// opening by its words after a unit's end and no other line that a comma's line end sets capitalised: a line a sentence wraps at a comma opens with a name as often ("… the Secretary-
/// General," / "United Nations …"), and two such lines leave the place unknown.
/// </remarks>
internal static class SoleOperativeParagraph
{
    /// <summary>
    /// True when line <paramref name="index"/> of <paramref name="lines"/> opens the text's operative paragraph inside the
    /// paragraph opened at <paramref name="opening"/> (its first line's words) by a preambular lead.
    /// </summary>
    public static bool Opens(string[] lines, int index, string previous, string opening, Func<string, bool> preambularLead, Func<string, bool> opensByItsWords)
    {
        var words = Words(lines[index]);
        if (!EndsOnComma(previous) || !Capitalised(words) || !preambularLead(opening))
        {
            return false;
        }

        var before = words;
        for (var i = index + 1; i < lines.Length; i++)
        {
            var line = Words(lines[i]);
            if (line.Length == 0 || FlowingText.IsPageNumber(line))
            {
                continue;
            }

            var plain = InlineParser.Plain(line);
            if (AdoptedResolutionReader.IsMeetingLine(plain))
            {
                return InlineParser.Plain(before).TrimEnd().EndsWith(".", StringComparison.Ordinal);
            }

            // Another paragraph opening before the text's end (a number, a label, a lead after a unit's end): this is no
            // text whose one operative paragraph ends it.
            if ((EndsOnComma(before) && Capitalised(line)) || (FlowingText.EndsUnit(before) && opensByItsWords(line)))
            {
                return false;
            }

            before = line;
        }

        return InlineParser.Plain(before).TrimEnd().EndsWith(".", StringComparison.Ordinal);
    }

    private static bool EndsOnComma(string line) => InlineParser.Plain(line).TrimEnd().EndsWith(",", StringComparison.Ordinal);

    /// <summary>A word with its capital and small letters after it: "Appoints", not "UNESCO" or a label.</summary>
    private static bool Capitalised(string words)
    {
        var plain = InlineParser.Plain(words);
        return plain.Length > 1 && char.IsUpper(plain[0]) && char.IsLower(plain[1]);
    }
}
