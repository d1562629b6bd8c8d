using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Rules;

/// <summary>
/// What the rules need to know about leads, derived from <see cref="LeadVocabulary"/>: the verbs that open
/// operative leads ("Requests", "Calls"), the words that open preambular leads ("Recalling", "Mindful"), and the
/// adverbs that stand around them ("Also", "Further", "Strongly").
/// </summary>
internal sealed class LeadGrammar
{
    private static readonly Lazy<LeadGrammar> DefaultInstance = new(() => new LeadGrammar(LeadVocabulary.Default));

    private static readonly HashSet<string> LadderAdverbs = new(StringComparer.Ordinal) { "Also", "Further", "Again" };

    private static readonly HashSet<string> OtherAdverbs = new(StringComparer.Ordinal) { "Once", "again", "Still", "Equally", "Particularly" };

    private LeadGrammar(LeadVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        OperativeVerbs = HeadWords(vocabulary.Operative.Keys);
        PreambularHeads = HeadWords(vocabulary.Preambular.Keys);
    }

    /// <summary>The grammar of the General Assembly's leads, from the vocabulary shipped with DraftingKit.</summary>
    public static LeadGrammar Default => DefaultInstance.Value;

    /// <summary>
    /// The grammar over another vocabulary: another organ's leads, or (in the leave-one-session-out test) the
    /// leads of fewer sessions.
    /// </summary>
    public static LeadGrammar From(LeadVocabulary vocabulary) => new(vocabulary);

    public LeadVocabulary Vocabulary { get; }

    /// <summary>The verbs operative leads open with, after any adverb: "Requests", "Calls", "Takes".</summary>
    public HashSet<string> OperativeVerbs { get; }

    /// <summary>The words preambular leads open with, after any adverb: "Recalling", "Mindful", "Concerned".</summary>
    public HashSet<string> PreambularHeads { get; }

    /// <summary>True for "Also", "Further", "Again": the adverbs of the repeat ladder.</summary>
    public static bool IsLadderAdverb(string word) => LadderAdverbs.Contains(word);

    /// <summary>True for an adverb that may stand before the verb of a lead ("Strongly", "Deeply", "Once again").</summary>
    public static bool IsAdverb(string word) =>
        LadderAdverbs.Contains(word) || OtherAdverbs.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLetter(word[0]));

    /// <summary>The words of <paramref name="text"/> with their offsets: letters, hyphens and apostrophes.</summary>
    public static List<(string Word, int Start)> Words(string text, int max = int.MaxValue)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < text.Length && words.Count < max)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (text[i] is ',' or ';' or ':' or '.' || char.IsDigit(text[i]))
                {
                    // Leads stop at the first punctuation mark or number.
                    return words;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((text.Substring(start, i - start), start));
            }
        }

        return words;
    }

    /// <summary>
    /// The head of a lead: the first word that is not an adverb ("Requests" in "Also requests", "concerned" in
    /// "Deeply concerned"), with its offset; null when the text opens with no word.
    /// </summary>
    public static (string Word, int Start)? Head(string text)
    {
        foreach (var (word, start) in Words(text, 4))
        {
            if (!IsAdverb(word))
            {
                return (word, start);
            }
        }

        return null;
    }

    /// <summary>
    /// The present-indicative form of a verb written in another form ("Deciding", "Decided", "Decide" →
    /// "Decides"), when the vocabulary has exactly one; null otherwise.
    /// </summary>
    public string? OperativeFormOf(string word)
    {
        var stems = new List<string>();
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            stems.Add(word.Substring(0, word.Length - 3));
        }
        else if (word.EndsWith("ied", StringComparison.Ordinal) && word.Length > 5)
        {
            stems.Add(word.Substring(0, word.Length - 3) + "y");
        }
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            stems.Add(word.Substring(0, word.Length - 2));
            stems.Add(word.Substring(0, word.Length - 1));
        }
        else
        {
            stems.Add(word);
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            foreach (var candidate in new[] { stem + "s", stem + "es", stem.EndsWith("y", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) + "ies" : stem + "s" })
            {
                if (candidate != word && OperativeVerbs.Contains(Capitalized(candidate)))
                {
                    found.Add(Capitalized(candidate));
                }
            }
        }

        return found.Count == 1 ? found.Min : null;
    }

    /// <summary>The participle that opens preambular leads for an operative verb ("Recalls" → "Recalling"), or null.</summary>
    public string? PreambularFormOf(string verb)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var stems = new List<string>();
        if (verb.EndsWith("ies", StringComparison.Ordinal))
        {
            stems.Add(verb.Substring(0, verb.Length - 3) + "y");
        }

        if (verb.EndsWith("es", StringComparison.Ordinal))
        {
            stems.Add(verb.Substring(0, verb.Length - 2));
        }

        if (verb.EndsWith("s", StringComparison.Ordinal))
        {
            var stem = verb.Substring(0, verb.Length - 1);
            stems.Add(stem);
            if (stem.EndsWith("e", StringComparison.Ordinal))
            {
                stems.Add(stem.Substring(0, stem.Length - 1));
            }
        }

        foreach (var stem in stems)
        {
            if (PreambularHeads.Contains(stem + "ing"))
            {
                found.Add(stem + "ing");
            }
        }

        return found.Count == 1 ? found.Min : null;
    }

    /// <summary>
    /// The lead as the drafter marked it (the opening italics), or, when nothing is italic, the longest known
    /// lead the paragraph opens with.
    /// </summary>
    public string? LeadOf(InlineText text, bool operative)
    {
        if (text.ItalicLead is { Length: > 0 } italic)
        {
            return italic;
        }

        var plain = text.PlainText.TrimStart();
        return operative ? Vocabulary.OperativeLeadAtStart(plain) : Vocabulary.PreambularLeadAtStart(plain);
    }

    /// <summary>
    /// The lead that opens <paramref name="text"/> as <see cref="LeadPhraseGrammar"/> reads it ("Acknowledges with
    /// great appreciation" in "Acknowledges with great appreciation the contribution"), or null when the text opens
    /// with no head the vocabulary knows.
    /// </summary>
    public string? LeadPhrase(string text, bool operative)
    {
        // "In that regard, notes": the lead after an opening adverbial and its comma, the adverbial included.
        var opening = LeadPhraseGrammar.AfterOpeningAdverbial(text);
        var rest = text.Substring(opening);
        var words = Words(rest);
        var count = LeadPhraseGrammar.LeadWords(this, rest, words, operative, lowerCase: opening > 0);
        if (count == 0)
        {
            return null;
        }

        var last = words[count - 1];
        return text.Substring(0, opening + last.Start + last.Word.Length);
    }

    public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    private static HashSet<string> HeadWords(IEnumerable<string> leads)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            if (Head(lead) is { } head)
            {
                heads.Add(Capitalized(head.Word));
            }
        }

        return heads;
    }
}
