namespace DraftingKit.Rules;

/// <summary>
/// "Recognising" for "Recognizing", "Authorises" for "Authorizes": the "-ise" spelling of a known lead, which an organ
/// that accepts it (the Security Council, Model/organs.tsv column spelling) writes as often as the UN's Oxford "-ize".
/// </summary>
internal static class IseSpelling
{
    /// <summary>True when <paramref name="word"/> is <paramref name="known"/> with an "s" where its "iz" has a "z".</summary>
    public static bool IsVariantOf(string word, string known)
    {
        if (word.Length != known.Length)
        {
            return false;
        }

        var differs = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == known[i])
            {
                continue;
            }

            if (known[i] != 'z' || word[i] != 's' || i == 0 || known[i - 1] != 'i')
            {
                return false;
            }

            differs = true;
        }

        return differs;
    }
}
