using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// A plain text's first enacting formula ("The Security Council,", "L’Assemblée générale,"), read before the text is
/// cut into paragraphs. Its language says which leads open the paragraphs of a PDF's reading order ("Réaffirmant",
/// "Prie"); its organ says whose spelling the text follows where the organs differ (<see cref="WritingOrgan"/>).
/// </summary>
internal static class FirstFormula
{
    /// <summary>The formula's line is short: the organ's name and its comma or colon.</summary>
    private const int LongestFormulaLine = 80;

    /// <summary>The organ and language of the first line of <paramref name="text"/> that is an enacting formula; false when none is.</summary>
    public static bool TryRead(string text, out Organ organ, out DocumentLanguage language)
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
            if (line.Length > 0 && line.Length <= LongestFormulaLine && HeaderReading.TryFormula(InlineParser.Plain(line), out organ, out _, out language))
            {
                return true;
            }

            start = end + 1;
        }

        (organ, language) = (Organ.GeneralAssembly, DocumentLanguage.English);
        return false;
    }

    /// <summary>The language of the first enacting formula of <paramref name="text"/>; English when it has none.</summary>
    public static DocumentLanguage LanguageOf(string text) =>
        TryRead(text, out _, out var language) ? language : DocumentLanguage.English;
}
