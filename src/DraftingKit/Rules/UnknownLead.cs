namespace DraftingKit.Rules;

/// <summary>
/// A paragraph that opens with no lead: a preambular one that opens with a word of English's closed classes where
/// the participle belongs ("Some States have …"), or a head one letter away from a head the vocabulary knows
/// ("Welcmes", "Recallng"). Numbered operative paragraphs may open with a closed-class word in correct text (the
/// budget's "Resolves that: 1. The Secretary-General …", 75/256), so only their misspellings are judged.
/// A head the vocabulary does not know but that is no misspelling of one is left alone: a later text may use a
/// verb no session before it did.
/// </summary>
internal static class UnknownLead
{
    /// <summary>The smallest head judged for a misspelling: shorter words are too near to one another.</summary>
    private const int MinimumLength = 6;

    public sealed record Finding(int Start, string Word, string? Suggestion);

    public static Finding? Find(LeadGrammar grammar, LeadReading reading, bool operative)
    {
        var leading = reading.Leading;
        if (reading.HeadWord is not { } word || !char.IsUpper(reading.Plain[leading]))
        {
            return null;
        }

        var heads = operative ? grammar.OperativeVerbs : grammar.PreambularHeads;
        var capital = LeadGrammar.Capitalized(word);
        if (grammar.OperativeVerbs.Contains(capital) || grammar.PreambularHeads.Contains(capital) || (operative && grammar.OperativeFormOf(capital) is not null))
        {
            // A head of the other kind of paragraph, or another form of a verb: DK1101 and DK2001 judge those.
            return null;
        }

        // The head's offset past the leading spaces.
        var start = reading.Words.Start(reading.Head) - leading;
        if (!operative && start == 0 && LeadPhraseGrammar.IsClosedClass(word))
        {
            // PERF: whether a lead phrase opens the paragraph (the lead grammar read over its words) is asked only
            // where a finding would follow; a head the vocabulary knows, as nearly every paragraph's is, ends here.
            return reading.HasLeadPhrase(operative) ? null : new Finding(leading, word, null);
        }

        if (word.Length < MinimumLength || !char.IsUpper(word[0]))
        {
            return null;
        }

        string? nearest = null;
        foreach (var head in heads)
        {
            if (IsSpellingVariant(capital, head))
            {
                // "Recognising", "Authorises": the -ise spelling the Security Council's own texts print is no slip.
                return null;
            }

            if (head.Length >= MinimumLength - 1 && IsOneEditAway(capital, head))
            {
                if (nearest is not null)
                {
                    return null; // two heads as near: no telling which was meant
                }

                nearest = head;
            }
        }

        return nearest is null || reading.HasLeadPhrase(operative) ? null : new Finding(leading + start, word, nearest);
    }

    /// <summary>The same word in the -ise and the -ize spelling ("Emphasising", "Emphasizing").</summary>
    internal static bool IsSpellingVariant(string a, string b)
    {
        // PERF: compared in place, letter by letter ('z' read as 's'), with no copy of either word.
        if (a.Length != b.Length || a == b)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && (a[i] == 'z' ? 's' : a[i]) != (b[i] == 'z' ? 's' : b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One letter inserted, deleted, replaced, or two neighbours swapped.</summary>
    internal static bool IsOneEditAway(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return string.CompareOrdinal(a, i + 1, b, i + 1, int.MaxValue) == 0
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && string.CompareOrdinal(a, i + 2, b, i + 2, int.MaxValue) == 0);
        }

        return a.Length > b.Length
            ? string.CompareOrdinal(a, i + 1, b, i, int.MaxValue) == 0
            : string.CompareOrdinal(a, i, b, i + 1, int.MaxValue) == 0;
    }
}
