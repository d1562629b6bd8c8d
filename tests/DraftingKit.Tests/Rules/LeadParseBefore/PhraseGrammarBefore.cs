using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules.LeadParseBefore;

/// <summary>
/// The lead phrase grammar as the rules ran it before the shared reading (strings and tuples for every word), kept
/// unchanged as the reference the shared reading is held to (<see cref="SharedLeadReadingTests"/>).
/// How far a lead reaches, read by its grammar rather than looked up in a list. A lead is a head taken from
/// the vocabulary (the verb "Acknowledges", the participle "Noting", the adjective "Mindful"), with
/// <code>
/// lead       = (adverbial-phrase ",")? adverbial* head tail
/// tail       = (adverbial | complement | "and" adverbial* (head | noun phrase) | preposition "and" head)*
/// complement = ("with" | "its" | "their") modifier* noun | modifier* noun | "to" base-form-of-a-head
///            | "the" noun (right after a verb, closing the lead: "Expresses the hope", "to take the view")
/// adverbial  = also | further | again | once again | once more | still | yet again | an -ly adverb
///            | in particular | in this regard | in that regard | in the strongest (possible) terms
/// </code>
/// so "Acknowledges with great appreciation", "Reaffirming also its unwavering commitment", "Expresses full
/// solidarity and sympathy" and "Welcomes and expresses strong support" are leads although no list holds them.
/// Modifiers and nouns are lower-case words outside English's closed classes (articles, quantifiers,
/// prepositions, pronouns, auxiliaries): the object of the sentence ("all States", "the Secretary-General",
/// "to convene") is never taken for part of the lead. Leads the vocabulary holds whole ("Takes note", "Calls
/// upon", "Expresses the hope") are read as they stand, and the grammar goes on after them.
/// </summary>
internal static class PhraseGrammarBefore
{
    /// <summary>The most words a lead's tail takes; the longest leads of the UN corpus have about six.</summary>
    private const int MaxTailWords = 7;

    private static readonly HashSet<string> ClosedClass = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "all", "any", "each", "every", "some", "no", "other",
        "such", "both", "either", "neither", "many", "much", "several", "most", "few", "more", "less",
        "of", "to", "for", "in", "on", "at", "by", "from", "as", "into", "onto", "upon", "about", "between",
        "among", "within", "without", "through", "under", "over", "against", "including", "towards", "toward",
        "or", "but", "nor", "and", "so", "than", "which", "who", "whom", "whose", "where", "when", "while", "if",
        "whether", "it", "they", "them", "he", "she", "we", "you", "his", "her", "our", "your", "its", "their",
        "is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "do", "does", "did", "will",
        "shall", "should", "would", "may", "might", "must", "can", "could", "not", "with", "also", "further",
        "again", "once", "still", "yet",
    };

    private static readonly string[][] PhraseAdverbials =
    {
        new[] { "in", "the", "strongest", "possible", "terms" },
        new[] { "in", "the", "strongest", "terms" },
        new[] { "in", "this", "regard" },
        new[] { "in", "that", "regard" },
        new[] { "in", "particular" },
        new[] { "once", "again" },
        new[] { "once", "more" },
        new[] { "yet", "again" },
        new[] { "without", "reservation" },
        new[] { "without", "any", "reservation" },
    };

    /// <summary>
    /// The number of words of <paramref name="words"/> that form the lead; 0 when they open with no head the
    /// vocabulary knows.
    /// </summary>
    /// <param name="grammar">The vocabulary's heads.</param>
    /// <param name="text">The text the words were taken from, to read a known whole lead.</param>
    /// <param name="words">The words of the text, as <see cref="LeadGrammar.Words"/> gives them.</param>
    /// <param name="operative">Whether the lead opens an operative paragraph (a verb) or a preambular one.</param>
    /// <param name="lowerCase">Whether the head may be written in lower case, after an opening adverbial.</param>
    public static int LeadWords(LeadGrammar grammar, string text, IReadOnlyList<(string Word, int Start)> words, bool operative, bool lowerCase = false)
    {
        var heads = operative ? grammar.OperativeVerbs : grammar.PreambularHeads;
        var best = 0;

        // A lead the vocabulary holds whole, then whatever tail the grammar allows after it.
        var known = operative ? grammar.Vocabulary.OperativeLeadAtStart(text) : grammar.Vocabulary.PreambularLeadAtStart(text);
        if (known is not null)
        {
            var knownWords = WordsBefore.Words(known).Count;
            if (knownWords <= words.Count)
            {
                best = knownWords + Tail(heads, words, knownWords);
            }
        }

        // Adverbs, a head from the vocabulary, then the tail.
        var i = Adverbials(words, 0);
        if (i < words.Count && heads.Contains(WordsBefore.Capitalized(words[i].Word)) && (lowerCase || char.IsUpper(words[0].Word[0])))
        {
            var end = i + 1;
            best = Math.Max(best, end + Tail(heads, words, end));
        }

        return best;
    }

    /// <summary>How many words from <paramref name="start"/> the tail of a lead takes.</summary>
    private static int Tail(HashSet<string> heads, IReadOnlyList<(string Word, int Start)> words, int start)
    {
        var i = start;
        var accepted = start;
        var afterVerb = true;
        while (i < words.Count && i - start < MaxTailWords)
        {
            var wasAfterVerb = afterVerb;
            afterVerb = false;
            var next = Adverbials(words, i);
            if (next > i)
            {
                // An adverb keeps the verb's place: "Expresses once again the hope".
                i = accepted = next;
                afterVerb = wasAfterVerb;
                continue;
            }

            var word = words[i].Word;
            if (IsPreposition(word) && i + 1 < words.Count && words[i + 1].Word is "and")
            {
                // Two heads or two nouns sharing one complement: "Guided by and determined to", "Calls attention to
                // and reaffirms", "Expresses solidarity with and compassion for".
                var shared = Adverbials(words, i + 2);
                if (shared < words.Count && heads.Contains(WordsBefore.Capitalized(words[shared].Word)))
                {
                    i = accepted = shared + 1;
                    afterVerb = true;
                    continue;
                }

                var noun = NounPhrase(words, i + 2);
                if (noun > i + 2 && accepted > start)
                {
                    i = accepted = noun;
                    if (i + 1 == words.Count && IsPreposition(words[i].Word))
                    {
                        i = accepted = i + 1;
                    }

                    continue;
                }

                break;
            }

            if (word is "and")
            {
                // A second head ("Welcomes and expresses"), or a second noun ("solidarity and sympathy").
                var after = Adverbials(words, i + 1);
                if (after < words.Count && heads.Contains(WordsBefore.Capitalized(words[after].Word)))
                {
                    i = accepted = after + 1;
                    afterVerb = true;
                    continue;
                }

                var phrase = NounPhrase(words, i + 1);
                if (phrase > i + 1 && accepted > start)
                {
                    i = accepted = phrase;
                    continue;
                }

                break;
            }

            if (word is "to" && i + 1 < words.Count && IsBaseForm(heads, words[i + 1].Word))
            {
                // A head that takes a second verb: "Continues to encourage", "Continuing to take".
                i = accepted = i + 2;
                afterVerb = true;
                continue;
            }

            if (word is "the" && wasAfterVerb && i + 2 == words.Count && IsContentWord(words[i + 1].Word))
            {
                // One noun of attitude closing the lead: "Expresses the hope", "Continuing to take the view".
                i = accepted = i + 2;
                continue;
            }

            var opener = word is "with" or "its" or "their" ? i + 1 : i;
            var end = NounPhrase(words, opener);
            if (end > opener)
            {
                i = accepted = end;
                continue;
            }

            break;
        }

        return accepted - start;
    }

    /// <summary>The end of the modifiers and noun from <paramref name="start"/> (at most four words), or start.</summary>
    private static int NounPhrase(IReadOnlyList<(string Word, int Start)> words, int start)
    {
        var i = start;
        while (i < words.Count && i - start < 4 && IsContentWord(words[i].Word))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of the adverbials from <paramref name="start"/>, or start when none opens there.</summary>
    private static int Adverbials(IReadOnlyList<(string Word, int Start)> words, int start)
    {
        var i = start;
        while (i < words.Count)
        {
            var phrase = PhraseAt(words, i);
            if (phrase > 0)
            {
                i += phrase;
            }
            else if (IsAdverb(words[i].Word))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int PhraseAt(IReadOnlyList<(string Word, int Start)> words, int start)
    {
        foreach (var phrase in PhraseAdverbials)
        {
            if (start + phrase.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                match = string.Equals(words[start + k].Word, phrase[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>True for the base form of a head: "encourage" for "Encourages", "take" for "Taking".</summary>
    private static bool IsBaseForm(HashSet<string> heads, string word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
        {
            return false;
        }

        var capital = WordsBefore.Capitalized(word);
        var stem = capital.EndsWith("e", StringComparison.Ordinal) ? capital.Substring(0, capital.Length - 1) : capital;
        return heads.Contains(capital + "s") || heads.Contains(capital + "es") || heads.Contains(capital + "ing") || heads.Contains(stem + "ing")
            || (capital.EndsWith("y", StringComparison.Ordinal) && heads.Contains(capital.Substring(0, capital.Length - 1) + "ies"));
    }

    private static bool IsPreposition(string word) => word is "by" or "to" or "of" or "upon" or "on" or "for" or "with" or "in" or "towards";

    /// <summary>
    /// Where the lead starts after an adverbial phrase and its comma ("In that regard, notes"), or 0 when the text
    /// does not open with one.
    /// </summary>
    public static int AfterOpeningAdverbial(string text)
    {
        var words = WordsBefore.Words(text);
        var phrase = PhraseAt(words, 0);
        if (phrase == 0 || phrase != words.Count)
        {
            return 0;
        }

        var end = words[phrase - 1].Start + words[phrase - 1].Word.Length;
        if (end >= text.Length || text[end] != ',')
        {
            return 0;
        }

        end++;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length ? end : 0;
    }

    private static bool IsAdverb(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower is "also" or "further" or "again" or "still" or "equally" or "particularly"
            || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[word.Length - 1]));
    }

    /// <summary>True for a word of English's closed classes ("Some", "the", "It"): never the head of a lead.</summary>
    public static bool IsClosedClass(string word) => ClosedClass.Contains(word.ToLowerInvariant());

    /// <summary>A lower-case word of an open class: a modifier or a noun ("unwavering", "commitment").</summary>
    private static bool IsContentWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && !ClosedClass.Contains(word) && word.IndexOf('-') != 0;
}
