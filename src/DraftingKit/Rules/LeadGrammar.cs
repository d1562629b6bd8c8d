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

    /// <summary>True when word <paramref name="index"/> of <paramref name="words"/> is an adverb, as <see cref="IsAdverb(string)"/> says.</summary>
    public static bool IsAdverb(LeadWords words, int index)
    {
        var end = words.End(index);
        if (words.Length(index) > 4 && words.Text[end - 2] == 'l' && words.Text[end - 1] == 'y' && char.IsLetter(words.First(index)))
        {
            return true;
        }

        return IsLadderAdverb(words, index) || words.Is(index, "Once") || words.Is(index, "again") || words.Is(index, "Still")
            || words.Is(index, "Equally") || words.Is(index, "Particularly");
    }

    /// <summary>True when word <paramref name="index"/> is "Also", "Further" or "Again".</summary>
    public static bool IsLadderAdverb(LeadWords words, int index) =>
        words.Is(index, "Also") || words.Is(index, "Further") || words.Is(index, "Again");

    /// <summary>
    /// The head of a lead: the first of the first four words that is not an adverb ("Requests" in "Also requests",
    /// "concerned" in "Deeply concerned"); -1 when there is none.
    /// </summary>
    public static int HeadIndex(LeadWords words)
    {
        for (var i = 0; i < 4 && words.Has(i); i++)
        {
            if (!IsAdverb(words, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The head of a lead with its offset (see <see cref="HeadIndex"/>); null when the text opens with no word.
    /// </summary>
    public static (string Word, int Start)? Head(string text)
    {
        var words = new LeadWords(text, 0, 4);
        var head = HeadIndex(words);
        return head < 0 ? null : (words.Word(head), words.Start(head));
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
        var end = LeadPhraseEnd(new LeadWords(text), 0, operative);
        return end < 0 ? null : text.Substring(0, end);
    }

    /// <summary>
    /// Where the lead that opens the text of <paramref name="words"/> at <paramref name="from"/> ends (see
    /// <see cref="LeadPhrase"/>), or -1 when there is none.
    /// </summary>
    /// <param name="words">The words of the text from <paramref name="from"/>.</param>
    /// <param name="from">Where the lead may start: past the paragraph's leading spaces.</param>
    /// <param name="operative">Whether an operative verb or a preambular head opens the lead.</param>
    public int LeadPhraseEnd(LeadWords words, int from, bool operative)
    {
        // "In that regard, notes": the lead after an opening adverbial and its comma, the adverbial included.
        var opening = LeadPhraseGrammar.AfterOpeningAdverbial(words, from);
        var rest = opening == from ? words : new LeadWords(words.Text, opening);
        var count = LeadPhraseGrammar.LeadWords(this, rest, opening, operative, lowerCase: opening > from);
        return count == 0 ? -1 : rest.End(count - 1);
    }

    /// <summary>The word with a capital first letter; the word itself when it has one already.</summary>
    public static string Capitalized(string word) =>
        word.Length == 0 || char.ToUpperInvariant(word[0]) == word[0] ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

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
