using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Puts back the hyphen of a word that a text in reading order joined when it was broken at its hyphen at a line's
/// end: pdftotext without <c>-layout</c> joins "seventy-" and "second" into "seventysecond", "Chair-" and "designate"
/// into "Chairdesignate", has no option that keeps the hyphen, and runs the rest of the next line on, so the line is
/// longer than the page's. Only the word at that join is looked at (<see cref="AtJoin"/>): a word printed whole
/// anywhere else ("Counterterrorism Forum") is as the UN wrote it. The word there gets its hyphen back when the text
/// writes the same word with a hyphen elsewhere (more often than without), or when it is a compound the UN always
/// hyphenates: a number from twenty-one to ninety-nine ("seventy-second"), a prefix the text's own words follow
/// ("non-", "self-", "well-": "nonproliferation" when "proliferation" is a word of the text), two capitalised words of
/// the text run together ("SecretaryGeneral"), two words of the text of four letters or more ("standalone",
/// "informationsharing") or a name and its number ("COVID19") that the text writes nowhere else as one.
/// </summary>
/// <remarks>
/// A word the text writes whole elsewhere ("cooperation", "framework") stays, as does one whose halves are no
/// compound of the text; of the words at the join, the one whose hyphen falls nearest the line's end is taken.
/// </remarks>
internal sealed class LostHyphens
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How far from the page's line end, in characters, the hyphen of the joined word may fall.</summary>
    private const int Reach = 20;

    /// <summary>How far past the line above's end the joined word may start.</summary>
    private const int Slack = 8;

    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A number from twenty-one to ninety-nine, cardinal or ordinal, written as one word.</summary>
    private static readonly Regex NumberCompound = new(
        @"^(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?<unit>one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>A prefix the UN hyphenates, before a word of five letters or more.</summary>
    private static readonly Regex Prefixed = new(@"^(?<prefix>non|self|well)(?<rest>\p{Ll}{5,})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>Two capitalised words run together: "SecretaryGeneral".</summary>
    private static readonly Regex Capitalised = new(@"^(?<first>\p{Lu}\p{Ll}{2,})(?<second>\p{Lu}\p{Ll}{2,})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A name in capitals and its number run together: "COVID19".</summary>
    private static readonly Regex NamedNumber = new(@"^(?<name>\p{Lu}{2,})(?<number>\p{N}{1,3})$", RegexOptions.CultureInvariant, Timeout);

    private readonly Dictionary<string, int> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Form, int Count)> hyphenated = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Learns how <paramref name="text"/> writes its words: whole, and with hyphens.</summary>
    public LostHyphens(string text)
    {
        foreach (Match match in Word.Matches(text))
        {
            var word = match.Value;
            if (word.IndexOf('-') < 0)
            {
                Count(word);
                continue;
            }

            // "seventy-second" is written whole as "seventysecond"; each part is a word of the text too.
            var joined = word.Replace("-", string.Empty);
            hyphenated[joined] = hyphenated.TryGetValue(joined, out var seen) ? (seen.Form, seen.Count + 1) : (word, 1);
            foreach (var part in word.Split('-'))
            {
                Count(part);
            }
        }
    }

    /// <summary>
    /// <paramref name="line"/> with the hyphen put back in the word the page's line end broke, near column
    /// <paramref name="end"/>; the line itself when no word there lost one.
    /// </summary>
    public string AtJoin(string line, int end)
    {
        Match? best = null;
        string? bestForm = null;
        var bestDistance = Reach + 1;
        foreach (Match match in Word.Matches(line))
        {
            // Lines of a page differ by a few characters: the line the join ended may be a little longer than the one above.
            if (match.Index > end + Slack)
            {
                break;
            }

            if (match.Index + match.Length < end - Reach)
            {
                continue;
            }

            var form = match.Value.IndexOf('-') < 0 ? Hyphenated(match.Value) : PartlyHyphenated(match.Value);
            if (form is null)
            {
                continue;
            }

            // The hyphen put back nearest the line's end says how well the word fits the join.
            var distance = int.MaxValue;
            var letter = 0;
            for (var i = 0; i < form.Length; i++)
            {
                if (form[i] == '-' && (letter >= match.Value.Length || match.Value[letter] != '-'))
                {
                    distance = Math.Min(distance, Math.Abs(match.Index + letter - end));
                }
                else
                {
                    letter++;
                }
            }

            if (distance < bestDistance)
            {
                (best, bestForm, bestDistance) = (match, form, distance);
            }
        }

        return best is null ? line : line.Substring(0, best.Index) + bestForm + line.Substring(best.Index + best.Length);
    }

    /// <summary>
    /// <paramref name="line"/>, which no join made longer than the page's lines, with the hyphen put back in its last
    /// word when the evidence is strong (all but <see cref="TwoWords"/> and a name's number): a word broken at a
    /// paragraph's last line is joined to that line's few words ("and nonproliferation;"), so it ends its line. A
    /// number compound ("seventysecond session") gets its hyphen anywhere: the UN never writes one whole.
    /// </summary>
    public string AtLineEnd(string line)
    {
        var matches = Word.Matches(line);
        var output = new StringBuilder(line.Length + 2);
        var last = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var form = match.Value.IndexOf('-') >= 0 ? (i == matches.Count - 1 ? PartlyHyphenated(match.Value) : null)
                : NumberCompound.IsMatch(match.Value) || i == matches.Count - 1 ? Hyphenated(match.Value, strongOnly: true)
                : null;
            if (form is not null)
            {
                output.Append(line, last, match.Index - last).Append(form);
                last = match.Index + match.Length;
            }
        }

        return last == 0 ? line : output.Append(line, last, line.Length - last).ToString();
    }

    private void Count(string word) => words[word] = words.TryGetValue(word, out var count) ? count + 1 : 1;

    /// <summary>
    /// A compound that kept one hyphen and lost another ("Non-SelfGoverning"): the text's own form when it has more
    /// hyphens ("Non-Self-Governing"), else each part read as a word; null when nothing was lost.
    /// </summary>
    private string? PartlyHyphenated(string word)
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
            if (words.ContainsKey(parts[i]) && Hyphenated(parts[i]) is { } part)
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
    private string? Hyphenated(string word, bool strongOnly = false)
    {
        if (hyphenated.TryGetValue(word, out var form) && form.Count >= (words.TryGetValue(word, out var whole) ? whole : 0))
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

        // Written once, here at the join: no other place says the text writes it whole.
        var once = !strongOnly && words.TryGetValue(word, out var count) && count == 1;
        if (NamedNumber.Match(word) is { Success: true } named && once)
        {
            return named.Groups["name"].Value + "-" + named.Groups["number"].Value;
        }

        return once ? TwoWords(word) : null;
    }

    /// <summary>"standalone" as "stand-alone": two words of the text, four letters or more each, at one place only; null otherwise.</summary>
    private string? TwoWords(string word)
    {
        string? found = null;
        for (var i = 4; i <= word.Length - 4; i++)
        {
            if (word.All(char.IsLetter) && words.ContainsKey(word.Substring(0, i)) && words.ContainsKey(word.Substring(i)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = word.Substring(0, i) + "-" + word.Substring(i);
            }
        }

        return found;
    }
}
