namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The italic lead a template line opens with: "*Recalling*" in a preambular paragraph, "1. *Requests*" in an
/// operative one. Read from the line itself, so it works while the rest of the document is half written.
/// </summary>
internal readonly record struct LeadAt(string Lead, int Start, int Length, bool Operative)
{
    /// <summary>The lead of <paramref name="line"/> (offsets within the line), or null when it opens with none.</summary>
    public static LeadAt? Read(string line)
    {
        var index = 0;
        while (index < line.Length && line[index] == ' ')
        {
            index++;
        }

        var operative = false;
        var digits = index;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        if (digits > index && digits + 1 < line.Length && line[digits] == '.' && line[digits + 1] == ' ')
        {
            operative = true;
            index = digits + 2;
            while (index < line.Length && line[index] == ' ')
            {
                index++;
            }
        }

        if (index >= line.Length || line[index] != '*' || (index + 1 < line.Length && line[index + 1] == '*'))
        {
            return null;
        }

        var close = line.IndexOf('*', index + 1);
        if (close < 0)
        {
            return null;
        }

        var lead = line.Substring(index + 1, close - index - 1).Trim().TrimEnd(',');
        return lead.Length == 0 ? null : new LeadAt(lead, index + 1, close - index - 1, operative);
    }

    /// <summary>How often the UN opens a paragraph with this lead, from the vocabulary read from its resolutions.</summary>
    public int Count()
    {
        var vocabulary = Vocabulary.LeadVocabulary.Default;
        var counts = Operative ? vocabulary.Operative : vocabulary.Preambular;
        return counts.TryGetValue(Lead, out var count) ? count : 0;
    }
}
