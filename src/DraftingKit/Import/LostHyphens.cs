using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Puts back the hyphen of a word that a text in reading order joined when it was broken at its hyphen at a line's
/// end: pdftotext without <c>-layout</c> joins "seventy-" and "second" into "seventysecond", "Chair-" and "designate"
/// into "Chairdesignate", has no option that keeps the hyphen, and runs the rest of the next line on, so the line is
/// longer than the page's. Only the word at that join is looked at (<see cref="AtJoin"/>): a word printed whole
/// anywhere else ("Counterterrorism Forum") is as the UN wrote it. The word there gets its hyphen back when the text
/// writes the same word with a hyphen elsewhere (more often than without), or when it is a compound the UN always
/// hyphenates: a number from twenty-one to ninety-nine ("seventy-second"), a prefix the text's own words follow
/// ("non-", "self-", "well-": "nonproliferation" when "proliferation" is a word of the text), a first element the UN
/// hyphenates before its own last letter ("reemerging", <see cref="DoubledLetter"/>), a capital inside the word
/// ("HagueMarrakech", <see cref="InnerCapital"/>), two capitalised words of
/// the text run together ("SecretaryGeneral"), two words of the text of four letters or more ("standalone",
/// "informationsharing") or a name and its number ("COVID19") that the text writes nowhere else as one, or a compound
/// the UN writes with a hyphen far more often than whole (<see cref="CompoundVocabulary"/>: "knowhow", "wellbeing",
/// "postpandemic"), which the text alone often does not show to be one.
/// </summary>
/// <remarks>
/// A word the text writes whole elsewhere ("cooperation", "framework") stays, as does one whose halves are no
/// compound of the text or whose letters the UN writes whole ("intercommunal", "peacekeeping"); where the text writes
/// a word as often whole as hyphenated, the UN's usage decides. Of the words at the join, a compound the UN
/// hyphenates is taken first, then the one whose hyphen falls nearest the line's end.
/// </remarks>
internal sealed class LostHyphens
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How far from the page's line end, in characters, the hyphen of the joined word may fall.</summary>
    private const int Reach = 20;

    /// <summary>How far past the line above's end the joined word may start.</summary>
    private const int Slack = 8;

    /// <summary>How many times as often as whole, and at least how often, the text must hyphenate a common word for it to be its compound anywhere.</summary>
    private const int TextEvidence = 4;

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

    /// <summary>A word in lower case and a note's number glued to it: "fortyseventh34", "thirdparty5".</summary>
    private static readonly Regex Marked = new(@"^(?<word>\p{L}*\p{Ll})(?<marker>\p{N}{1,3})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A noun made by its ending ("identity", "migration", "development", "terrorism"): English writes none closed up
    /// with a second element such as "related" or "based", so before one it is a compound's first word.
    /// </summary>
    private static readonly Regex DerivedNoun = new(@"^\p{L}{2,}(?:ity|tion|sion|ment|ness|ism|ance|ence|ship|hood)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>A name in capitals and its number run together: "COVID19".</summary>
    private static readonly Regex NamedNumber = new(@"^(?<name>\p{Lu}{2,})(?<number>\p{N}{1,3})$", RegexOptions.CultureInvariant, Timeout);

    private readonly Dictionary<string, int> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Form, int Count)> hyphenated = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often the text writes each word with a capital inside, its capitals as they stand ("FishCode").</summary>
    private readonly Dictionary<string, int> innerCapitals = new(StringComparer.Ordinal);
    private readonly CompoundVocabulary compounds;

    /// <summary>Learns how <paramref name="text"/> writes its words: whole, and with hyphens; the UN's compounds from <see cref="CompoundVocabulary.Default"/>.</summary>
    public LostHyphens(string text)
        : this(text, CompoundVocabulary.Default)
    {
    }

    /// <summary>
    /// Learns how <paramref name="text"/> writes its words, with <paramref name="compounds"/> as the UN's usage: its
    /// own organ's first (<see cref="WritingOrgan"/>, <see cref="CompoundVocabulary.Of"/>).
    /// </summary>
    public LostHyphens(string text, CompoundVocabulary compounds)
    {
        this.compounds = WritingOrgan.Of(text) is { } organ ? compounds.Of(organ) : compounds;
        foreach (Match match in Word.Matches(text))
        {
            var word = match.Value;
            if (word.IndexOf('-') < 0)
            {
                Count(word);
                if (InnerCapital.IsJoined(word))
                {
                    innerCapitals[word] = innerCapitals.TryGetValue(word, out var written) ? written + 1 : 1;
                }

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
    /// <paramref name="end"/>, and in any word that can have lost its hyphen only (<see cref="Anywhere"/>); the line
    /// itself when no word there lost one. A justified page's line may run past the line above, as far as the page's
    /// widest lines (<paramref name="widest"/>): where no word near the line above's end lost a hyphen, a word that
    /// starts before there is the join's ("… existing global inter-" under a line of 79 characters, A/RES/77/173).
    /// </summary>
    public string AtJoin(string line, int end, int widest = 0)
    {
        var matches = Word.Matches(line);
        var (best, bestForm) = Join(matches, end, end + Slack);
        if (best is null && widest > end)
        {
            (best, bestForm) = Join(matches, end, widest + Slack);
        }

        var output = new StringBuilder(line.Length + 4);
        var last = 0;
        foreach (Match match in matches)
        {
            // A join's rest of the line may itself hold a word broken before (a line's width is a guess).
            if ((match == best ? bestForm : Anywhere(match.Value)) is { } form)
            {
                output.Append(line, last, match.Index - last).Append(form);
                last = match.Index + match.Length;
            }
        }

        return last == 0 ? line : output.Append(line, last, line.Length - last).ToString();
    }

    /// <summary>The word of <paramref name="matches"/>, starting by column <paramref name="reach"/>, that lost its hyphen where the page's line ended near <paramref name="end"/>, and its form; nulls for none.</summary>
    private (Match? Word, string? Form) Join(MatchCollection matches, int end, int reach)
    {
        Match? best = null;
        string? bestForm = null;
        var bestDistance = Reach + 1;
        var bestTheUns = false;
        foreach (Match match in matches)
        {
            // Lines of a page differ by a few characters: the line the join ended may be a little longer than the one above.
            if (match.Index > reach)
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

            // A compound the UN hyphenates is the join's word before one the text's words only suggest.
            var theUns = TheUnHyphenates(match.Value);

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

            if (distance <= Reach && ((theUns && !bestTheUns) || (theUns == bestTheUns && distance < bestDistance)))
            {
                (best, bestForm, bestDistance, bestTheUns) = (match, form, distance, theUns);
            }
        }

        return (best, bestForm);
    }

    /// <summary>
    /// <paramref name="line"/>, which no join made longer than the page's lines, with the hyphen put back in its last
    /// word when the evidence is strong (all but <see cref="TwoWords"/> and a name's number): a word broken at a
    /// paragraph's last line is joined to that line's few words ("and nonproliferation;"), so it ends its line. A
    /// number compound ("seventysecond session") and a compound the UN never writes whole ("nuclearweapon States",
    /// <see cref="CompoundVocabulary.NeverWhole"/>) get their hyphen anywhere: a short rest of the next line run on
    /// leaves the joined word inside a line of ordinary length.
    /// </summary>
    public string AtLineEnd(string line, bool pastWidth = false)
    {
        var matches = Word.Matches(line);
        var output = new StringBuilder(line.Length + 2);
        var last = 0;
        var lastWord = LastWord(line, matches);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var form = i != lastWord ? Anywhere(match.Value, pastWidth)
                : match.Value.IndexOf('-') >= 0 ? PartlyHyphenated(match.Value)
                : Hyphenated(match.Value, strongOnly: true);
            if (form is not null)
            {
                output.Append(line, last, match.Index - last).Append(form);
                last = match.Index + match.Length;
            }
        }

        return last == 0 ? line : output.Append(line, last, line.Length - last).ToString();
    }

    /// <summary>The index of the line's last word: the one before a note's number set after its punctuation ("Office of CounterTerrorism,12").</summary>
    private static int LastWord(string line, MatchCollection matches)
    {
        var last = matches.Count - 1;
        if (last < 1 || !matches[last].Value.All(char.IsDigit))
        {
            return last;
        }

        var before = matches[last - 1];
        var between = line.Substring(before.Index + before.Length, matches[last].Index - before.Index - before.Length);
        return between.Length > 0 && between.All(char.IsPunctuation) ? last - 1 : last;
    }

    /// <summary>
    /// The word with its hyphen back when it can only have lost it, wherever it stands: a number compound
    /// ("seventysecond"), a compound the UN never writes whole (<see cref="NeverWhole"/>), or, in a line longer than the
    /// page's widest lines (<paramref name="pastWidth"/>), which a join made so, a common word the text itself
    /// hyphenates (<see cref="TextHyphenates"/>); null otherwise.
    /// </summary>
    private string? Anywhere(string word, bool pastWidth = false) =>
        !NumberCompound.IsMatch(word) && !NeverWhole(word) && !(pastWidth && TextHyphenates(word)) ? null
        : word.IndexOf('-') >= 0 ? PartlyHyphenated(word)
        : Hyphenated(word, strongOnly: true);

    /// <summary>
    /// True when <paramref name="word"/>, in lower case, is one the text writes with its hyphen at least
    /// <see cref="TextEvidence"/> times and that many times as often as whole, this occurrence counted: the text's own
    /// common word ("regional counterterrorism strategies" where it writes "counter-terrorism" eight times), which a
    /// short rest of the next line run on left inside a line. A name keeps its own spelling ("the Global
    /// Counterterrorism Forum").
    /// </summary>
    private bool TextHyphenates(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && word.IndexOf('-') < 0
        && HyphenatedInText(word) >= TextEvidence && HyphenatedInText(word) >= TextEvidence * (words.TryGetValue(word, out var whole) ? whole : 0);

    private void Count(string word) => words[word] = words.TryGetValue(word, out var count) ? count + 1 : 1;

    /// <summary>How often the text writes <paramref name="letters"/> with a hyphen.</summary>
    private int HyphenatedInText(string letters) => hyphenated.TryGetValue(letters, out var form) ? form.Count : 0;

    /// <summary>
    /// True when the text writes <paramref name="letters"/> as one word elsewhere, more than with a hyphen: its own
    /// usage then outweighs the UN's. In a text read in reading order a word broken at two line ends is counted whole
    /// twice, so two whole occurrences beyond its hyphenated ones say nothing yet.
    /// </summary>
    private bool TextWritesWhole(string letters) => (words.TryGetValue(letters, out var whole) ? whole : 0) > HyphenatedInText(letters) + 2;

    /// <summary>True when the UN hyphenates the word's letters far more often than it writes them whole and the text does not write them whole elsewhere.</summary>
    private bool TheUnHyphenates(string word)
    {
        var letters = word.Replace("-", string.Empty);
        return compounds.Hyphenated(letters) is { } form && form.Count(c => c == '-') > word.Count(c => c == '-') && !TextWritesWhole(letters);
    }

    /// <summary>True when the UN never writes the word's letters whole and the text does not either, elsewhere.</summary>
    private bool NeverWhole(string word)
    {
        var letters = word.Replace("-", string.Empty);
        return compounds.NeverWhole(letters) && TheUnHyphenates(word);
    }

    /// <summary>
    /// A compound that kept one hyphen and lost another ("Non-SelfGoverning"): the text's own form when it has more
    /// hyphens ("Non-Self-Governing"), else the UN's ("nuclearweapon-free" as "nuclear-weapon-free"), else each part
    /// read as a word; null when nothing was lost.
    /// </summary>
    private string? PartlyHyphenated(string word)
    {
        var letters = word.Replace("-", string.Empty);
        if (hyphenated.TryGetValue(letters, out var form) && form.Form.Count(c => c == '-') > word.Count(c => c == '-'))
        {
            return WithHyphensOf(letters, form.Form);
        }

        if (TheUnHyphenates(word) && compounds.Hyphenated(letters) is { } theUns && Keeps(theUns, word))
        {
            return WithHyphensOf(letters, theUns);
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

    /// <summary>True when <paramref name="form"/> has a hyphen wherever <paramref name="word"/> has one, counted in letters before it.</summary>
    private static bool Keeps(string form, string word)
    {
        var inForm = HyphensAfter(form);
        return HyphensAfter(word).All(inForm.Contains);
    }

    /// <summary>How many letters stand before each hyphen of <paramref name="word"/>.</summary>
    private static HashSet<int> HyphensAfter(string word)
    {
        var positions = new HashSet<int>();
        var letters = 0;
        foreach (var c in word)
        {
            if (c == '-')
            {
                positions.Add(letters);
            }
            else
            {
                letters++;
            }
        }

        return positions;
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

    /// <summary>
    /// The word with its hyphen back, or null when it is written whole. The text's own usage comes first; where it
    /// is even (as often hyphenated as whole), the UN's decides ("intercommunal" is whole).
    /// </summary>
    private string? Hyphenated(string word, bool strongOnly = false)
    {
        // A note's raised number printed as plain digits after the word ("fortyseventh34"): the word is the letters.
        if (Marked.Match(word) is { Success: true } marked)
        {
            return Hyphenated(marked.Groups["word"].Value, strongOnly) is { } letters ? letters + marked.Groups["marker"].Value : null;
        }

        var whole = words.TryGetValue(word, out var count) ? count : 0;
        if (hyphenated.TryGetValue(word, out var form) && (form.Count > whole || (form.Count == whole && !compounds.WrittenWhole(word))))
        {
            // The hyphens where the text's own form has them, the letters' case as joined ("Seventysecond").
            return WithHyphensOf(word, form.Form);
        }

        if (TheUnHyphenates(word) && compounds.Hyphenated(word) is { } theUns)
        {
            return WithHyphensOf(word, theUns);
        }

        if (NumberCompound.Match(word) is { Success: true } number)
        {
            return number.Groups["tens"].Value + "-" + number.Groups["unit"].Value;
        }

        // Letters the UN writes as one word are no compound of their parts ("intercommunal", "peacekeeping").
        if (compounds.WrittenWhole(word))
        {
            return null;
        }

        if (Prefixed.Match(word) is { Success: true } prefixed && words.ContainsKey(prefixed.Groups["rest"].Value))
        {
            return prefixed.Groups["prefix"].Value + "-" + prefixed.Groups["rest"].Value;
        }

        if (DoubledLetter(word) is { } doubled)
        {
            return doubled;
        }

        if (Capitalised.Match(word) is { Success: true } capitalised && words.ContainsKey(capitalised.Groups["first"].Value) && words.ContainsKey(capitalised.Groups["second"].Value))
        {
            return capitalised.Groups["first"].Value + "-" + capitalised.Groups["second"].Value;
        }

        // An abbreviation run together with a word in small letters the text writes so here only: "UNaffiliated".
        if ((innerCapitals.TryGetValue(word, out var abbreviated) ? abbreviated : 0) <= 1 && InnerCapital.AfterAbbreviation(word, compounds, letters => words.ContainsKey(letters) || compounds.IsPart(letters)) is { } afterAbbreviation)
        {
            return afterAbbreviation;
        }

        // A capital inside a word the text writes so here only: "HagueMarrakech".
        if ((innerCapitals.TryGetValue(word, out var withCapital) ? withCapital : 0) <= 1 && InnerCapital.Hyphenated(word, compounds) is { } joined)
        {
            return joined;
        }

        // Written once, here at the join: no other place says the text writes it whole.
        var once = !strongOnly && whole == 1;
        if (NamedNumber.Match(word) is { Success: true } named && once)
        {
            return named.Groups["name"].Value + "-" + named.Groups["number"].Value;
        }

        return once ? TwoWords(word) ?? WithSecondElement(word) : null;
    }

    /// <summary>
    /// "tourismrelated" as "tourism-related": a word of the text, three letters or more, or a noun by its ending
    /// ("identity", <see cref="DerivedNoun"/>), run together with a second element the UN hyphenates after many words
    /// (<see cref="CompoundVocabulary.IsSecondElement"/>); null otherwise. A prefix is no noun ("interrelated").
    /// </summary>
    private string? WithSecondElement(string word)
    {
        for (var i = 3; i <= word.Length - 4; i++)
        {
            if (word.All(char.IsLetter) && compounds.IsSecondElement(word.Substring(i)) && (words.ContainsKey(word.Substring(0, i)) || DerivedNoun.IsMatch(word.Substring(0, i))))
            {
                return word.Substring(0, i) + "-" + word.Substring(i);
            }
        }

        return null;
    }

    /// <summary>
    /// "reemerging" as "re-emerging": a first element the UN hyphenates before words that begin with its last letter
    /// (<see cref="CompoundVocabulary.HyphenatesBeforeItsLastLetter"/>) and a word of the text, four letters or more,
    /// that begins with it; null otherwise ("deeply": "eply" is no word).
    /// </summary>
    private string? DoubledLetter(string word)
    {
        for (var i = 2; i <= word.Length - 4 && i <= 5; i++)
        {
            if (char.ToLowerInvariant(word[i - 1]) == word[i] && compounds.HyphenatesBeforeItsLastLetter(word.Substring(0, i)) && words.ContainsKey(word.Substring(i)))
            {
                return word.Substring(0, i) + "-" + word.Substring(i);
            }
        }

        return null;
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
