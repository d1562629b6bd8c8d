namespace DraftingKit.Import;

/// <summary>
/// The name of an entry that its paragraphs open with, as the Council's sanctions annexes give a listed person's
/// narrative: the name alone on its line, then paragraphs that each open with it ("Sultan Saleh Aida Aida Zabin" /
/// "Sultan Saleh Aida Aida Zabin has engaged in acts …, human rights abuses in Yemen," / "Sultan Saleh Aida Aida
/// Zabin is the director of the Criminal Investigation Department …", S/RES/2564 (2021), annex). In a PDF's reading
/// order, where no blank line parts paragraphs, a line that opens with the entry's name after a line that ended a unit
/// opens the entry's next paragraph, though the line above ends with a comma; and the name over them names the entry,
/// it is no title of the annex it stands in.
/// </summary>
internal static class EntryName
{
    /// <summary>The most words a name alone on its line holds.</summary>
    private const int MostWords = 8;

    /// <summary>
    /// True when <paramref name="line"/> is a name alone, its words capitalized and no closing punctuation, that
    /// <paramref name="next"/>, the text under it, opens with before words of its own.
    /// </summary>
    public static bool Names(string line, string? next)
    {
        line = line.Trim();
        return line.Length > 0 && char.IsUpper(line[0]) && char.IsLetter(line[line.Length - 1])
            && line.Split(' ') is var words && words.Length <= MostWords && words.All(Capitalized)
            && next is not null && next.Trim().StartsWith(line + " ", StringComparison.Ordinal);
    }

    /// <summary>A name's word: a capital opens it, but for a particle of three letters or fewer ("bin", "al", "de").</summary>
    private static bool Capitalized(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count <= 3 || char.IsUpper(letters[0]);
    }

    /// <summary>
    /// For each of <paramref name="lines"/> (plain words, blank for none), true where it opens with the name of an entry
    /// named above it (<see cref="Names"/>) after a line that ended a unit (<paramref name="endsUnit"/>): the entry's
    /// next paragraph.
    /// </summary>
    public static bool[] Openings(IReadOnlyList<string> lines, Func<string, bool> endsUnit)
    {
        var opens = new bool[lines.Count];
        var name = string.Empty;
        var previous = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (Names(line, NextWords(lines, i)))
            {
                name = line;
            }
            else if (name.Length > 0 && previous.Length > 0 && endsUnit(previous) && line.StartsWith(name + " ", StringComparison.Ordinal))
            {
                opens[i] = true;
            }

            previous = line;
        }

        return opens;
    }

    private static string? NextWords(IReadOnlyList<string> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i];
            }
        }

        return null;
    }
}
