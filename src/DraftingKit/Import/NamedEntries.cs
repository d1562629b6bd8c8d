using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A list of short named entries under a paragraph's colon, each on a line of its own, named by the same designation
/// and its number: "… and the deliberations of the previous meetings of the Expert Group:" / "Chapter 3: Legislation and
/// frameworks" / "Chapter 4: Criminalization" (Commission resolution 26/4); "(a) The leadership dialogues will address
/// the following themes:" / "Leadership dialogue 1: Reflecting on …;" / "Leadership dialogue 2: …" (A/RES/75/326;
/// "Panel 1:", "Panel 2:", A/RES/77/274). The UN's files set each entry as a block of its own under the paragraph or
/// item whose colon introduces them; a PDF's text layer runs them on under it without a blank line, and an entry may end
/// without punctuation, so only the designation, the same words with another number, says where each opens.
/// </summary>
/// <remarks>
/// The list opens on the line under a colon with a designation ("Chapter 3:") and holds only where another entry follows
/// it with the same words and another number, letter or roman numeral ("Chapter 4:") within a few lines, an entry being
/// short. It ends where a line opens a paragraph by its own words (a number, a label, a lead) or after a line that ends
/// a sentence. A designation at a wrapped line's start ("… as set out in" / "Chapter 4: …") has no colon over it and
/// no entry named alike before it, so it opens nothing.
/// </remarks>
internal static class NamedEntries
{
    /// <summary>The most lines an entry runs over: entries are short, a name and a title or a line of text.</summary>
    public const int MostLines = 4;

    /// <summary>A designation and its colon: one to three words from a capital, then a number, a roman numeral or a capital ("Chapter 3:", "Leadership dialogue 1:", "Panel B:").</summary>
    private static readonly Regex Designation = new(
        @"^(?<name>\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2})\s(?<mark>\d{1,3}|[IVXLC]{1,7}|\p{Lu}):\s\S",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// For each of <paramref name="lines"/> (each line's plain words; an empty one is blank), true where it opens an
    /// entry of a list of named entries under a colon. <paramref name="opensByItsWords"/> tells a line that opens a
    /// paragraph of its own (a number, a label, a lead), which ends the list.
    /// </summary>
    public static bool[] Openings(IReadOnlyList<string> lines, Func<string, bool> opensByItsWords)
    {
        var openings = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (Designation.Match(lines[i]) is not { Success: true } first || !UnderColon(lines, i))
            {
                continue;
            }

            var name = first.Groups["name"].Value;
            var marks = new HashSet<string>(StringComparer.Ordinal) { first.Groups["mark"].Value };
            var entries = new List<int> { i };
            var above = lines[i];
            var run = 1;
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[j].Length == 0)
                {
                    continue;
                }

                if (EndsSentence(above))
                {
                    break;
                }

                if (Designation.Match(lines[j]) is { Success: true } next && next.Groups["name"].Value == name && marks.Add(next.Groups["mark"].Value))
                {
                    entries.Add(j);
                    run = 1;
                }
                else if (++run > MostLines || opensByItsWords(lines[j]))
                {
                    break;
                }

                above = lines[j];
            }

            if (entries.Count > 1)
            {
                foreach (var entry in entries)
                {
                    openings[entry] = true;
                }

                i = entries[entries.Count - 1];
            }
        }

        return openings;
    }

    /// <summary>
    /// True when the number at <paramref name="index"/> of block <paramref name="block"/> is the number of the
    /// designation the block opens with, in a list of entries named alike: the block before or after it opens with the
    /// same words and another number ("Leadership dialogue 2:" over "Leadership dialogue 3:"). A raised
    /// note's number printed apart from its word looks the same ("dialogue 3: Accelerating …" for note 3).
    /// </summary>
    public static bool IsEntryNumber(IReadOnlyList<string?> texts, int block, int index)
    {
        if (Entry(texts[block]) is not { } entry || entry.Offset != index)
        {
            return false;
        }

        return (block > 0 && Entry(texts[block - 1]) is { } before && before.Name == entry.Name && before.Mark != entry.Mark)
            || (block + 1 < texts.Count && Entry(texts[block + 1]) is { } after && after.Name == entry.Name && after.Mark != entry.Mark);
    }

    /// <summary>The designation a block's text opens with, and where its number stands in the text; null for none.</summary>
    private static (string Name, string Mark, int Offset)? Entry(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = text.TrimStart();
        var match = Designation.Match(words);
        return match.Success ? (match.Groups["name"].Value, match.Groups["mark"].Value, text.Length - words.Length + match.Groups["mark"].Index) : null;
    }

    /// <summary>True when the line above <paramref name="index"/> with words on it ends in a colon: the paragraph that introduces the list.</summary>
    private static bool UnderColon(IReadOnlyList<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Length > 0)
            {
                return lines[i].TrimEnd().EndsWith(":", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>True when the line closes a sentence with its full stop, past quotation marks.</summary>
    private static bool EndsSentence(string line) => line.TrimEnd().TrimEnd('”', '’', '"').EndsWith(".", StringComparison.Ordinal);
}
