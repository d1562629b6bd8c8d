using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The language a plain text's first enacting formula is written in ("L’Assemblée générale," is French), read before
/// the text is cut into paragraphs: in a PDF's reading order the paragraphs open on the leads of the text's language
/// ("Réaffirmant", "Prie"), and the English leads alone would run a French preamble into one paragraph.
/// </summary>
internal static class FormulaLanguage
{
    /// <summary>The formula's line is short: the organ's name and its comma or colon.</summary>
    private const int LongestFormulaLine = 80;

    /// <summary>The language of the first line of <paramref name="text"/> that is an enacting formula; English when none is.</summary>
    public static DocumentLanguage Of(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.Substring(start, end - start).Trim();
            if (line.Length > 0 && line.Length <= LongestFormulaLine && HeaderReading.TryFormula(InlineParser.Plain(line), out _, out _, out var language))
            {
                return language;
            }

            start = end + 1;
        }

        return DocumentLanguage.English;
    }
}
