using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Puts back the hyphen of a word that a text in reading order joined when it was broken at its hyphen at a line's
/// end: pdftotext without <c>-layout</c> joins "seventy-" and "second" into "seventysecond", "Chair-" and "designate"
/// into "Chairdesignate", and has no option that keeps the hyphen. A joined word gets its hyphen back when the text
/// writes the same word with a hyphen elsewhere (more often than without), or when it is a compound the UN always
/// hyphenates: a number from twenty-one to ninety-nine ("seventy-second"), a prefix the text's own words follow
/// ("non-", "self-", "well-": "nonproliferation" when "proliferation" is a word of the text), or two capitalised words
/// of the text run together ("SecretaryGeneral").
/// </summary>
/// <remarks>
/// A word the text writes whole ("cooperation", "nonetheless", "wellness") stays: its halves are no compound of the
/// text and no word of it follows the prefix.
/// </remarks>
internal static class LostHyphens
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Word = new(@"\p{L}+(?:-\p{L}+)*", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A number from twenty-one to ninety-nine, cardinal or ordinal, written as one word.</summary>
    private static readonly Regex NumberCompound = new(
        @"^(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?<unit>one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>A prefix the UN hyphenates, before a word of five letters or more.</summary>
    private static readonly Regex Prefixed = new(@"^(?<prefix>non|self|well)(?<rest>\p{Ll}{5,})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>Two capitalised words run together: "SecretaryGeneral".</summary>
    private static readonly Regex Capitalised = new(@"^(?<first>\p{Lu}\p{Ll}{2,})(?<second>\p{Lu}\p{Ll}{2,})$", RegexOptions.CultureInvariant, Timeout);

    public static string Restore(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var hyphenated = new Dictionary<string, (string Form, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Word.Matches(text))
        {
            var word = match.Value;
            if (word.IndexOf('-') < 0)
            {
                words[word] = words.TryGetValue(word, out var count) ? count + 1 : 1;
                continue;
            }

            // "seventy-second" is written whole as "seventysecond"; each part is a word of the text too.
            var joined = word.Replace("-", string.Empty);
            hyphenated[joined] = hyphenated.TryGetValue(joined, out var seen) ? (seen.Form, seen.Count + 1) : (word, 1);
            foreach (var part in word.Split('-'))
            {
                words[part] = words.TryGetValue(part, out var count) ? count + 1 : 1;
            }
        }

        var output = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Word.Matches(text))
        {
            var restored = match.Value.IndexOf('-') < 0 ? Hyphenated(match.Value, words, hyphenated) : PartlyHyphenated(match.Value, words, hyphenated);
            if (restored is null)
            {
                continue;
            }

            output.Append(text, last, match.Index - last).Append(restored);
            last = match.Index + match.Length;
        }

        return last == 0 ? text : output.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>
    /// A compound that kept one hyphen and lost another ("Non-SelfGoverning"): the text's own form when it has more
    /// hyphens ("Non-Self-Governing"), else each part read as a word; null when nothing was lost.
    /// </summary>
    private static string? PartlyHyphenated(string word, Dictionary<string, int> words, Dictionary<string, (string Form, int Count)> hyphenated)
    {
        var letters = word.Replace("-", string.Empty);
        if (hyphenated.TryGetValue(letters, out var form) && form.Form.Count(c => c == '-') > word.Count(c => c == '-'))
        {
            return WithHyphensOf(letters, form.Form);
        }

        var parts = word.Split('-');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (words.ContainsKey(parts[i]) && Hyphenated(parts[i], words, hyphenated) is { } part)
            {
                parts[i] = part;
                changed = true;
            }
        }

        return changed ? string.Join("-", parts) : null;
    }

    /// <summary><paramref name="letters"/> with hyphens where <paramref name="form"/> has them.</summary>
    private static string WithHyphensOf(string letters, string form)
    {
        var restored = new StringBuilder(form.Length);
        var letter = 0;
        foreach (var c in form)
        {
            restored.Append(c == '-' ? '-' : letters[letter++]);
        }

        return restored.ToString();
    }

    /// <summary>The word with its hyphen back, or null when it is written whole.</summary>
    private static string? Hyphenated(string word, Dictionary<string, int> words, Dictionary<string, (string Form, int Count)> hyphenated)
    {
        if (hyphenated.TryGetValue(word, out var form) && form.Count >= words[word])
        {
            // The hyphens where the text's own form has them, the letters' case as joined ("Seventysecond").
            return WithHyphensOf(word, form.Form);
        }

        if (NumberCompound.Match(word) is { Success: true } number)
        {
            return number.Groups["tens"].Value + "-" + number.Groups["unit"].Value;
        }

        if (Prefixed.Match(word) is { Success: true } prefixed && words.ContainsKey(prefixed.Groups["rest"].Value))
        {
            return prefixed.Groups["prefix"].Value + "-" + prefixed.Groups["rest"].Value;
        }

        if (Capitalised.Match(word) is { Success: true } capitalised && words.ContainsKey(capitalised.Groups["first"].Value) && words.ContainsKey(capitalised.Groups["second"].Value))
        {
            return capitalised.Groups["first"].Value + "-" + capitalised.Groups["second"].Value;
        }

        return null;
    }
}
