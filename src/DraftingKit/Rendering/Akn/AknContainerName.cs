using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// The name of the <c>container</c> a preambular paragraph stands in, as the UN's files give it: the paragraph's
/// italic lead ("Bearing in mind"), without the conjunction that joins it to the paragraph before ("and stressing"
/// is named "stressing", S/RES/2568 (2021)); when the lead is not in italics, the paragraph's first word ("Acting
/// under Chapter VII …" is named "Acting", S/RES/2615 (2021); "Aware", 76/104).
/// </summary>
internal static class AknContainerName
{
    private const string Conjunction = "and ";

    /// <summary>The container's name for <paramref name="text"/>; <paramref name="otherwise"/> when it opens with no word.</summary>
    public static string Of(InlineText text, string otherwise)
    {
        var name = text.ItalicLead ?? FirstWord(text.PlainText);
        if (name.StartsWith(Conjunction, StringComparison.Ordinal) && name.Length > Conjunction.Length)
        {
            name = name.Substring(Conjunction.Length).TrimStart();
        }

        return name.Any(char.IsLetter) ? name : otherwise;
    }

    private static string FirstWord(string plain)
    {
        var words = plain.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        // "and stressing the need …" without italics: the conjunction and the word it joins.
        var first = words[0] + " " == Conjunction && words.Length > 1 ? Conjunction + words[1] : words[0];
        return first.TrimEnd(',', ';', ':', '.');
    }
}
