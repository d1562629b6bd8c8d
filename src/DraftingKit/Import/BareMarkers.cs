using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Gives back the footnote markers a text layer printed as plain numbers: "thereto,1", "Corruption5 and",
/// "[1]". Such a number is a marker only when the document's notes are numbered the same plain way and it is the
/// next note in order (markers first appear in the order of their notes), so that "1,000", "G20", "COVID-19" or
/// a symbol ("A/75/L.20") stay as they are; or a note cited again, as texts before 2020 repeat a marker (glued to a
/// word, or set apart after the words its first marker followed). A marker found is rewritten as
/// <c>&lt;sup&gt;n&lt;/sup&gt;</c>.
/// </summary>
/// <remarks>
/// A marker the text layer glued to the text's own characters ("2004,105" for "2004," and note 105, "75/1913" for
/// resolution 75/191 and note 3, "1in which" for a note set before a word) is not found by its shape. The notes'
/// order says where it must stand: when note n+1's marker is found and note n's is not, note n's marker lies
/// between note n-1's and note n+1's (or after note n-1's when n is the last note); if exactly one place there
/// glues n's digits to a number or a word, the marker is split off there, and nowhere else. Past a few such notes in a
/// row, each must stand inside a word that is a word of the text without its digits ("t6he", "a11nd", "w14hich":
/// a UN file's markers set inside words, A/RES/77/189), as no name with a digit inside ("H1N1") is.
/// </remarks>
internal static class BareMarkers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How many notes in a row may have lost their markers to the text before a later note's marker is trusted.</summary>
    private const int MaxSkipped = 3;

    /// <summary>
    /// "[12]" not opening a link; a year with the marker glued to it ("of 2016" and note 19 printed "201619"); digits
    /// right after a letter or closing punctuation; or digits set apart from them by one space, as a layout prints a
    /// raised number ("Bermuda 2 and", "Nations, 1 the", "for 2019 5 and"), before a word that goes on a sentence rather
    /// than one a number counts ("10 years", "15 to 19"; "multilingualism 24 to reinforce" goes on; after punctuation, any word or a
    /// resolution's symbol, "journalists, 11 27/12 of", "2006, 2 2008/1 of" (A/RES/75/226), or a date, "Non-Violence, 10 18 June as", A/RES/77/296), punctuation, the end, or a bracket that gives the name before
    /// it a short name ("Nuclear Weapons 1 (NPT)", "Africa 2 (the Rio conventions)"; not a session's roman numeral,
    /// "resolution 302 (IV)", nor a schedule's letter, "(A)").
    /// </summary>
    private static readonly Regex Candidate = new(
        @"\[(?<bracket>\d{1,3})\](?!\()|(?<=[\s(–-])(?<year>(?:19|20)\d\d)(?<glued>\d{1,3})(?=[\s,;:.)”’""]|$)|(?<=(?<before>[\p{L},;:.)\]”’""]))(?<bare>\d{1,3})(?=[\s,;:.)”’""]|$)|(?<=[\p{L},;:.)”’""]|(?<![\d/.,])(?:19|20)\d\d) (?<spaced>\d{1,3})(?= (?:and|or|but|nor|is|are|was|were|has|have|had|that|which|who|whose|where|in|on|at|by|for|with|as|the|its|their|also|shall|should|will|would|may|must|can|could)\b| to\b(?! \d)|(?<=[,;:.)”’""] \d{1,3}) (?:\p{L}|\d{1,4}/\d|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|[,;:.)”’""]?$|[,;:] | \((?:the )?\p{Lu}(?![IVXLCDM]*\))|(?<loose> \p{Ll}))",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>
    /// A word that a number of the text follows ("paragraph 2 of", "Goal 3 and", "between 1 and 2"): a number set
    /// apart after it is not taken for a raised note number.
    /// </summary>
    private static readonly Regex CountedWord = new(
        @"(?:^|[\s(])(?:[Pp]aragraphs?|[Ss]ubparagraphs?|paras?\.?|[Rr]esolutions?|[Dd]ecisions?|[Aa]rticles?|[Aa]nnex(?:es)?|[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Ii]tems?|[Gg]oals?|[Tt]argets?|[Pp]rinciples?|[Rr]ules?|[Rr]ecommendations?|[Rr]egulations?|[Pp]rotocols?|[Vv]olumes?|[Pp]ages?|Nos?\.|[Pp]hases?|[Oo]ptions?|[Tt]ables?|[Ff]igures?|[Ll]evels?|[Cc]ategor(?:y|ies)|[Ss]teps?|[Ss]essions? of|and|or|to|of|from|between|than|by|in|on|at|for|with|about|some|least|only|all|over|under|nearly|almost|around|approximately)$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>A counted noun in the plural, which counts a series of numbers: "paragraphs", "Goals", "articles".</summary>
    private static readonly Regex CountedPlural = new(
        @"(?:^|[\s(])(?:[Pp]aragraphs|[Ss]ubparagraphs|paras\.?|[Rr]esolutions|[Dd]ecisions|[Aa]rticles|[Aa]nnexes|[Ss]ections|[Cc]hapters|[Pp]arts|[Ii]tems|[Gg]oals|[Tt]argets|[Pp]rinciples|[Rr]ules|[Rr]ecommendations|[Rr]egulations|[Pp]rotocols|[Vv]olumes|[Pp]ages|Nos\.|[Pp]hases|[Oo]ptions|[Tt]ables|[Ff]igures|[Ll]evels|[Cc]ategories|[Ss]teps)$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>
    /// A series of numbers going on after one: its next number or a subparagraph's label, after a comma, "and", "or",
    /// "to" or a dash ("3 and 4", "10 to 12", "5, 6", "3–5", "7 (a) and (b)", "8 and/or 9").
    /// </summary>
    private static readonly Regex SeriesGoesOn = new(@"\G(?: ?\([A-Za-z0-9]{1,6}\))*(?:, ?| (?:and|or|to|and/or) |[–-])(?:\d|\()", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A number set apart after a name or a symbol that ends on a number of its own, before punctuation or the next word:
    /// "the Programme for the Further Implementation of Agenda 21 6 and the Plan" (A/RES/77/152), "pursuant to its
    /// resolution 59/300 8 and the reports" (A/RES/75/132), "decision VII/11 14 and other relevant decisions" (A/RES/77/118).
    /// Two numbers stand side by side in running text only so, and only the note whose marker must stand in the stretch
    /// is looked for there.
    /// </summary>
    private static readonly Regex AfterNamedNumber = new(@"(?<=(?:^|\s)(?:\p{Lu}\p{L}* \d{1,3}|[\p{L}\d.-]+(?:/[\p{L}\d.-]+)*/\d{1,4})) (?<spaced>\d{1,3})(?=[,;:.)”’""]?(?:\s|$))", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A month's name right after a number set apart, as a date prints it: " June", " February 2018".</summary>
    private static readonly Regex MonthAfter = new(@"\G (?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A noun after the definite article, or a document's name after it with the year and the name of the body it belongs
    /// to between: "the decision", "the 2012 General Council decision" (A/RES/76/258) name one document, which a number set
    /// apart after it does not count; "the Secretary-General on 23 and 24 September" names no document.
    /// </summary>
    private static readonly Regex AfterArticle = new(@"(?:^|\s)[Tt]he (?:\p{Ll}+|(?:(?:19|20)\d\d )?(?:\p{Lu}[\p{L}-]* )+(?:decision|resolution|recommendation|regulation|rule|principle|protocol|report)s?)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An abbreviation or symbol part that a number follows after a full stop: "No. 5" printed "No.5", "L.20", "para.3".</summary>
    private static readonly Regex NumberedAbbreviation = new(@"(?:^|[\s(/])(?:No|Nos|vol|vols|para|paras|sect|chap|art|arts|p|pp|Add|Rev|Corr|L|Suppl|Sess|Res)\.$", RegexOptions.CultureInvariant, Timeout);

    public static List<SourceBlock> Restore(List<SourceBlock> blocks)
    {
        var notes = new HashSet<int>();
        foreach (var block in blocks)
        {
            if (block.BareNumber && int.TryParse(block.FootnoteNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                notes.Add(number);
            }
        }

        if (notes.Count == 0)
        {
            return blocks;
        }

        var texts = blocks.Select(block => block.Kind == SourceBlockKind.Paragraph ? block.Text : null).ToList();
        var markers = Find(texts, notes);
        if (markers.Count == 0)
        {
            return blocks;
        }

        var output = new List<SourceBlock>(blocks.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            var own = markers.Where(marker => marker.Block == b).ToList();
            output.Add(own.Count == 0 ? blocks[b] : blocks[b] with { Text = Rewrite(blocks[b].Text, own) });
        }

        return output;
    }

    /// <summary>Where each marker stands: block, offset and length of what it replaces, the text kept before it, its number.</summary>
    private static List<Marker> Find(List<string?> texts, HashSet<int> notes)
    {
        var markers = new List<Marker>();
        var words = new Lazy<HashSet<string>>(() => TextWords(texts));
        var last = 0;
        var from = (Block: 0, Offset: 0);

        // The two words each note's first marker followed: a number set apart after the same words cites that note again;
        // and the words of the clause it closed, whose name a clause that cites the note again names again.
        var firstWords = new Dictionary<int, string>();
        var firstClauses = new Dictionary<int, string[]>();
        for (var b = 0; b < texts.Count; b++)
        {
            if (texts[b] is not { } text)
            {
                continue;
            }

            foreach (Match match in Candidate.Matches(text))
            {
                var bracket = match.Groups["bracket"].Success;
                var glued = match.Groups["glued"];
                var spaced = match.Groups["spaced"];
                var number = int.Parse(bracket ? match.Groups["bracket"].Value : glued.Success ? glued.Value : spaced.Success ? spaced.Value : match.Groups["bare"].Value, CultureInfo.InvariantCulture);
                var next = number == last + 1 && notes.Contains(number);
                if (spaced.Success)
                {
                    // Set apart, a raised number looks like one of the text's: only the next note's, after no counted word,
                    // or a later one's where the markers of the notes before it were glued to the text between, each at
                    // its one place ("1994, 1in which … Europe 2 and").
                    // Before any other word in lower case ("Prisoners 2 remain"), the next note's number after a name's
                    // capitalised last word, as an instrument's title ends, or a note cited again.
                    var cited = !next && number <= last && (CitesAgain(text, match.Index, number, firstWords) || NamesAgain(texts, b, match.Index, number, firstClauses));
                    var trusted = match.Groups["loose"].Success
                        ? cited || (next && NameEnds(text, match.Index))
                        : next || cited || SkipsGlued(number, last, notes);
                    if (!trusted || IsTextsOwn(texts, b, match, number))
                    {
                        continue;
                    }

                    if (cited)
                    {
                        markers.Add(new Marker(b, match.Index, match.Length, string.Empty, number));
                        continue;
                    }

                    if (!next)
                    {
                        if (Split(texts, last + 1, number - 1, from, (b, match.Index), words, Many(number, last)) is not { } before)
                        {
                            continue;
                        }

                        markers.AddRange(before);
                    }

                    markers.Add(new Marker(b, match.Index, match.Length, string.Empty, number));
                    firstWords[number] = WordsBefore(text, match.Index);
                    firstClauses[number] = ClauseBefore(texts, b, match.Index);
                    last = number;
                    from = (b, match.Index + match.Length);
                    continue;
                }

                // A note cited again (texts before 2020 repeat a marker): in brackets, or raised against a word of the text.
                // A number right after a year in brackets numbers what the year dates ("recommendation (2019)11 of the
                // Committee of Ministers", A/RES/75/264, the Council of Europe's CM/Rec(2019)11), and cites no note again.
                var again = number <= last && notes.Contains(number) && !AfterBracketedYear(text, match.Index)
                    && (bracket || (!glued.Success && (IsWordEnd(text, match.Index) || CitesAgain(text, match.Index, number, firstWords))));

                // A later note where the markers of the notes before it were not seen: theirs may be glued to the text between.
                var skipped = !next && !again && SkipsGlued(number, last, notes);
                if (!(next || again || skipped) || (!bracket && !glued.Success && !IsMarkerPlace(text, match.Index, match.Length)))
                {
                    continue;
                }

                if (skipped)
                {
                    var splits = Split(texts, last + 1, number - 1, from, (b, match.Index), words, Many(number, last));
                    if (splits is null)
                    {
                        continue;
                    }

                    markers.AddRange(splits);
                }

                markers.Add(new Marker(b, match.Index, match.Length, glued.Success ? match.Groups["year"].Value : string.Empty, number));
                if (number > last)
                {
                    firstWords[number] = WordsBefore(text, match.Index);
                    firstClauses[number] = ClauseBefore(texts, b, match.Index);
                }

                last = Math.Max(last, number);
                from = (b, match.Index + match.Length);
            }
        }

        // The last notes' markers, when not seen, lie after the last marker found; past a few, each inside a word of the text.
        var seen = last;
        while (notes.Contains(last + 1) && Split(texts, last + 1, last + 1, from, (texts.Count, 0), words, Many(last + 2, seen)) is { } tail)
        {
            markers.AddRange(tail);
            last++;
            from = (tail[0].Block, tail[0].Offset + tail[0].Length);
        }

        return markers;
    }

    /// <summary>
    /// True when a number set apart at <paramref name="index"/> cites note <paramref name="number"/> again: it follows
    /// the two words the note's first marker followed ("(the Tokyo Rules),5" then "(the Tokyo Rules) 5 and"), as a
    /// source cited again is named again. A number of the text follows other words ("Agenda 21 and", "Assistant
    /// Secretary-General, 1 D-1" where note 1 followed "the Secretary-General").
    /// </summary>
    private static bool CitesAgain(string text, int index, int number, Dictionary<int, string> firstWords) =>
        firstWords.TryGetValue(number, out var words) && words.Length > 0 && string.Equals(words, WordsBefore(text, index), StringComparison.Ordinal);

    /// <summary>
    /// True when the clause before a number set apart at <paramref name="index"/> names again what the clause that note
    /// <paramref name="number"/>'s first marker closed named: a run of <see cref="NameWords"/> words or more, three of
    /// them capitalised, or of twice as many words, a document described again ("the model treaty for the prevention of
    /// crimes that infringe on the cultural heritage of peoples …"), that both hold ("the Doha Declaration on … and Public Participation, adopted …, held in Qatar in
    /// April 2015,12" then "… and Public Participation 12 in the form of"; "the Conference of the Parties to the United
    /// Nations Convention against Transnational Organized Crime in its resolution 6/1 of 19 October 2012,7" then
    /// "pursuant to resolution 6/1 of the Conference of the Parties to … the Protocols thereto”, 7 to bring"): a source
    /// cited again is named again. A number of the text stands in a clause of its own ("under priority 2 and").
    /// </summary>
    private static bool NamesAgain(List<string?> texts, int block, int index, int number, Dictionary<int, string[]> firstClauses)
    {
        if (!firstClauses.TryGetValue(number, out var first) || !EndsNameOrClause(texts[block]!, index))
        {
            return false;
        }

        var clause = ClauseBefore(texts, block, index);
        for (var i = 0; i < clause.Length; i++)
        {
            for (var j = 0; j < first.Length; j++)
            {
                var run = 0;
                var capitals = 0;
                while (i + run < clause.Length && j + run < first.Length && string.Equals(clause[i + run], first[j + run], StringComparison.Ordinal))
                {
                    capitals += char.IsUpper(clause[i + run][0]) ? 1 : 0;
                    run++;
                }

                if ((run >= NameWords && capitals >= 3) || run >= 2 * NameWords)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the number set apart at <paramref name="index"/> follows a name's capitalised last word or a word's
    /// punctuation ("Public Participation 12", "the Protocols thereto”, 7", "by Member States, 11"), where a raised number
    /// stands; not a word in lower case that labels it ("action 9 of", "priority 2") nor a number it goes on from in a
    /// series ("articles 12, 13 and 14").
    /// </summary>
    private static bool EndsNameOrClause(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var punctuated = false;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && !char.IsWhiteSpace(text[end - 1]))
        {
            end--;
            punctuated = true;
        }

        var start = WordStart(text, end);
        var word = text.Substring(start, end - start);
        return word.Length > 0 && !word.All(char.IsDigit) && (punctuated || char.IsUpper(word[0]));
    }

    /// <summary>The fewest words a name named again in two clauses shares.</summary>
    private const int NameWords = 6;

    /// <summary>How many words before a marker its clause is read in.</summary>
    private const int ClauseWords = 40;

    /// <summary>
    /// The last <see cref="ClauseWords"/> words (letters, digits, slashes and hyphens) before <paramref name="index"/> in
    /// block <paramref name="block"/>, and, where that block opens in lower case, the paragraph a page cut before it
    /// ("… on the cultural heritage of" / the page's number / "peoples in the form of movable property,12 …").
    /// </summary>
    private static string[] ClauseBefore(List<string?> texts, int block, int index)
    {
        var text = texts[block]!.Substring(0, index);
        var before = block - 1;
        while (before >= 0 && texts[before] is null)
        {
            before--;
        }

        if (text.Length > 0 && char.IsLower(text[0]) && before >= 0)
        {
            text = texts[before] + " " + text;
        }

        var words = Regex.Matches(text, @"[\p{L}\p{N}][\p{L}\p{N}/-]*", RegexOptions.CultureInvariant, Timeout).Cast<Match>().Select(match => match.Value).ToArray();
        return words.Skip(Math.Max(0, words.Length - ClauseWords)).ToArray();
    }

    /// <summary>
    /// True when the words before <paramref name="index"/> end a name, where a raised number stands after an
    /// instrument's title: a capitalised word after another word ("Treatment of Prisoners", "(the Tokyo Rules)"), not a
    /// title's first word after its opening quotation mark ("entitled “Renewing 10 years").
    /// </summary>
    private static bool NameEnds(string text, int index)
    {
        var words = WordsBefore(text, index);
        var space = words.LastIndexOf(' ');
        return space > 0 && char.IsUpper(words[space + 1]);
    }

    /// <summary>
    /// The last two words before <paramref name="index"/> (letters, digits and hyphens), past their punctuation and the
    /// space a layout sets before a raised number: "Tokyo Rules" in "(the Tokyo Rules), ", "of 1971" in "of 1971,";
    /// only the last when punctuation opens it ("Renewing" in "“Renewing").
    /// </summary>
    private static string WordsBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && (end == index || !char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        var start = WordStart(text, end);
        var last = text.Substring(start, end - start);
        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        if (before == start || before == 0 || !char.IsLetterOrDigit(text[before - 1]))
        {
            return last;
        }

        var previous = WordStart(text, before);
        return text.Substring(previous, before - previous) + " " + last;
    }

    /// <summary>Where the word that ends at <paramref name="end"/> starts: letters, digits and the hyphens of a compound.</summary>
    private static int WordStart(string text, int end) => Back(text, end, c => char.IsLetterOrDigit(c) || c == '-');

    /// <summary>Where the run of characters that <paramref name="part"/> takes, ending at <paramref name="end"/>, starts.</summary>
    private static int Back(string text, int end, Func<char, bool> part)
    {
        while (end > 0 && part(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// True when the digits at <paramref name="index"/> are glued to a word of two letters or more, one in lower case,
    /// or to the punctuation after it ("Crime2", "thereto,1", "Rules);4"), where a raised number prints; or to the
    /// punctuation after a year ("held in Doha … April 2015,6"), which no number of the text follows without a space.
    /// Not to a name's letters ("G20", "CO2").
    /// </summary>
    private static bool IsWordEnd(string text, int index)
    {
        var end = index;
        while (end > 0 && index - end < 2 && text[end - 1] is ',' or ';' or ':' or ')' or '”' or '’')
        {
            end--;
        }

        var start = Back(text, end, char.IsLetterOrDigit);
        var word = text.Substring(start, end - start);
        return (word.Length >= 2 && word.All(char.IsLetter) && word.Any(char.IsLower)) || (end < index && IsYear(word));
    }

    /// <summary>
    /// True when the text before the number set apart from <paramref name="index"/> to <paramref name="after"/> counts it
    /// ("paragraph 2", "between 1 and"), unless its last word is a noun after "the" ("including the decision 4 on
    /// funding"), which names a document rather than numbers one, or a plural noun that no series of numbers goes on
    /// from: a plural counts two numbers or more ("Goals 3 and 4", "paragraphs 10 to 12", "articles 5, 6"), so one number
    /// after it is a raised one ("the Sustainable Development Goals 19 and other relevant …"); or a quantifier that no
    /// noun follows ("for all 10 to develop", <see cref="VerbAfter"/>).
    /// </summary>
    private static bool Counts(string text, int index, int after)
    {
        var before = text.Substring(0, index);
        return CountedWord.IsMatch(before) && !AfterArticle.IsMatch(before) && !(CountedPlural.IsMatch(before) && !SeriesGoesOn.IsMatch(text, after))
            && !(Quantifier.IsMatch(before) && VerbAfter.IsMatch(text, after));
    }

    /// <summary>A word that says how many of a noun the number after it counts: "all 193 Member States", "some 10 to 15 per cent".</summary>
    private static readonly Regex Quantifier = new(@"(?:^|\s)(?:some|least|only|all|over|under|nearly|almost|around|approximately)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// "to" and a word after a number set apart: no noun the number counts follows, as in "lifelong learning for all 10
    /// to develop more inclusive … systems" (A/RES/75/163), where a quantity would go on "to 15" or name what it counts.
    /// </summary>
    private static readonly Regex VerbAfter = new(@"\G to \p{L}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the number set apart by <paramref name="match"/> in block <paramref name="block"/> is one of the text's
    /// own: counted by the words before it (<see cref="Counts"/>), a date's day, a proportion's ("diet, 1 in 5 children",
    /// A/RES/75/190), an item of a series of numbers ("(targets 9, 11, 16, 17, 19 and 20)", A/RES/75/219), an entry's
    /// number (<see cref="NamedEntries"/>), or a number whose note's marker stands glued further on (<see cref="GluedFurtherOn"/>).
    /// </summary>
    private static bool IsTextsOwn(List<string?> texts, int block, Match match, int number)
    {
        var text = texts[block]!;
        var after = match.Index + match.Length;
        return Counts(text, match.Index, after) || DayOfDate(text, after, number) || ProportionAfter.IsMatch(text, after)
            || (match.Index > 0 && text[match.Index - 1] == ',' && match.Index > 1 && char.IsDigit(text[match.Index - 2]) && SeriesGoesOn.IsMatch(text, after))
            || NamedEntries.IsEntryNumber(texts, block, match.Groups["spaced"].Index) || GluedFurtherOn.Stands(texts, block, after, number);
    }

    /// <summary>
    /// "in" and a number after a number set apart: a proportion, "1 in 5 children", "1 in 100"; not a year, which dates
    /// what the words before the marker name ("specified in his report 3 in 2021", A/RES/75/134).
    /// </summary>
    private static readonly Regex ProportionAfter = new(@"\G in \d{1,3}(?![\d,.])", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the number set apart is a date's day: a day of the month before the month's name ("Friday, 3 June: from
    /// 10 a.m.", "held on 4 February 2018"), which no raised note number stands before.
    /// </summary>
    private static bool DayOfDate(string text, int after, int number) => number is >= 1 and <= 31 && MonthAfter.IsMatch(text, after);

    /// <summary>True when <paramref name="number"/> follows <paramref name="last"/> by notes, all of the document's, whose markers may be glued between.</summary>
    private static bool SkipsGlued(int number, int last, HashSet<int> notes) =>
        number > last + 1 && Enumerable.Range(last + 1, number - last).All(notes.Contains);

    /// <summary>
    /// True when more than <see cref="MaxSkipped"/> notes lost their markers before <paramref name="number"/>: each
    /// glued marker must then stand inside a word of the text; a few need no more evidence than their one place.
    /// </summary>
    private static bool Many(int number, int last) => number - last - 1 > MaxSkipped;

    /// <summary>The words of letters the texts hold ("the", "and", "which").</summary>
    private static HashSet<string> TextWords(List<string?> texts) =>
        new(texts.Where(text => text is not null).SelectMany(text => Regex.Matches(text!, @"\p{L}+", RegexOptions.CultureInvariant, Timeout).Cast<Match>().Select(match => match.Value)), StringComparer.Ordinal);

    /// <summary>
    /// The glued markers of notes <paramref name="first"/> to <paramref name="lastNumber"/>, in order between the two
    /// places, or null unless each has its one place; when <paramref name="inside"/>, a place inside a word that is one
    /// of the text's <paramref name="words"/> without its digits.
    /// </summary>
    private static List<Marker>? Split(List<string?> texts, int first, int lastNumber, (int Block, int Offset) from, (int Block, int Offset) to, Lazy<HashSet<string>> words, bool inside)
    {
        var found = new List<Marker>();
        for (var number = first; number <= lastNumber; number++)
        {
            if (Place(texts, number, from, to) is not { } place)
            {
                return null;
            }

            var withinWord = InsideWord(texts[place.Block]!, place, words.Value);
            if (inside && withinWord is null)
            {
                return null;
            }

            var marker = withinWord ?? place;
            found.Add(marker);
            from = (marker.Block, marker.Offset + marker.Length);
        }

        return found;
    }

    /// <summary>Note <paramref name="number"/>'s one place between the two places: glued, or else set apart.</summary>
    private static Marker? Place(List<string?> texts, int number, (int Block, int Offset) from, (int Block, int Offset) to) =>
        Glued(texts, number, from, to) ?? SetApart(texts, number, from, to);

    /// <summary>
    /// Note <paramref name="number"/>'s marker glued to the text between <paramref name="from"/> and
    /// <paramref name="to"/>, when exactly one place there can hold it: glued to a word ("1in which", "a21nd"; not an
    /// ordinal, "21st"), or else after the digits of a number ("2004,105", "75/1913"; not a year standing alone, "in 2021").
    /// </summary>
    private static Marker? Glued(List<string?> texts, int number, (int Block, int Offset) from, (int Block, int Offset) to)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture);
        var toWord = new Regex(@"(?<=^|[\s(“""])" + digits + @"(?=\p{Ll})(?!" + OrdinalSuffix(number) + @"\b)|(?<=\p{L})" + digits + @"(?=\p{L})", RegexOptions.CultureInvariant, Timeout);
        var toNumber = new Regex(@"(?<!\d)(?<kept>(?:\d+[/,])*\d*\d,?)" + digits + @"(?=[\s,;:.)”’""]|$)", RegexOptions.CultureInvariant, Timeout);
        return Only(texts, toWord, from, to, number) ?? Only(texts, toNumber, from, to, number);
    }

    /// <summary>The suffix of <paramref name="number"/>'s ordinal ("21st", "22nd", "11th"): "a 21nd" is "and" with note 21's marker inside.</summary>
    private static string OrdinalSuffix(int number) =>
        number % 100 is >= 11 and <= 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    /// <summary>
    /// Note <paramref name="number"/>'s marker set apart between <paramref name="from"/> and <paramref name="to"/>, where
    /// no place glues it and exactly one number set apart as a raised number prints (or after a name's own number,
    /// <see cref="AfterNamedNumber"/>) is that note's, counting nothing
    /// ("associate members 18 of the regional commissions", A/RES/77/245, after note 17's marker and with no later one):
    /// the note's number continues the count of the markers seen, so its marker stands there. Null for none or several.
    /// </summary>
    private static Marker? SetApart(List<string?> texts, int number, (int Block, int Offset) from, (int Block, int Offset) to)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture);
        Marker? found = null;
        for (var b = from.Block; b < texts.Count && b <= to.Block; b++)
        {
            if (texts[b] is not { } text)
            {
                continue;
            }

            var start = b == from.Block ? from.Offset : 0;
            var end = b == to.Block ? to.Offset : text.Length;
            foreach (var match in Candidate.Matches(text).Cast<Match>().Concat(AfterNamedNumber.Matches(text).Cast<Match>()))
            {
                var spaced = match.Groups["spaced"];
                if (!spaced.Success || spaced.Value != digits || match.Index < start || match.Index + match.Length > end
                    || IsTextsOwn(texts, b, match, number))
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = new Marker(b, match.Index, match.Length, string.Empty, number);
            }
        }

        return found;
    }

    /// <summary>
    /// The one match of <paramref name="pattern"/> between the two places, or null for none or several; of several, the
    /// one that leaves a symbol the text cites elsewhere (<see cref="CitedElsewhere"/>).
    /// </summary>
    private static Marker? Only(List<string?> texts, Regex pattern, (int Block, int Offset) from, (int Block, int Offset) to, int number)
    {
        var found = new List<Marker>();
        for (var b = from.Block; b < texts.Count && b <= to.Block; b++)
        {
            if (texts[b] is not { } text)
            {
                continue;
            }

            var start = b == from.Block ? from.Offset : 0;
            var end = b == to.Block ? to.Offset : text.Length;
            foreach (Match match in pattern.Matches(text))
            {
                var kept = match.Groups["kept"];
                if (match.Index < start || match.Index + match.Length > end
                    || (kept.Success && ((IsYear(kept.Value + number.ToString(CultureInfo.InvariantCulture)) && !AfterSlash(text, match.Index)) || IsLabel(text, match.Index, match.Index + match.Length))))
                {
                    continue;
                }

                found.Add(new Marker(b, match.Index, match.Length, kept.Success ? kept.Value : string.Empty, number));
            }
        }

        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => found.Where(place => CitedElsewhere(texts, place.Kept)).Take(2).ToList() is { Count: 1 } cited ? cited[0] : null,
        };
    }

    /// <summary>
    /// True when the symbol a glued marker leaves (<paramref name="kept"/>, "71/205" of "71/2057") stands whole elsewhere
    /// in the text, as a resolution recalled and then cited with its report's note: "its resolutions 71/205 of 19 December
    /// 2016 …" then "submitted pursuant to resolutions 71/2057 and 72/190,8" (A/RES/75/192), where "74/17 of 9 December
    /// 2019" could hold the same digits but leaves "74/1", which the text names nowhere.
    /// </summary>
    private static bool CitedElsewhere(List<string?> texts, string kept)
    {
        var symbol = kept.TrimEnd(',');
        if (symbol.IndexOf('/') < 0)
        {
            return false;
        }

        var whole = new Regex(@"(?<![\p{L}\d/.-])" + Regex.Escape(symbol) + @"(?![\d/])", RegexOptions.CultureInvariant, Timeout);
        return texts.Any(text => text is not null && whole.IsMatch(text));
    }

    /// <summary>
    /// The marker when it stands between letters and the letters around it are a word of <paramref name="words"/> ("t6he"
    /// as "the"), over the space a layout sets before a raised number inside a word too ("a 21nd" as "and"); else null.
    /// </summary>
    private static Marker? InsideWord(string text, Marker marker, HashSet<string> words)
    {
        var start = marker.Offset;
        var end = marker.Offset + marker.Length;
        var spaced = start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]);
        var letters = spaced ? start - 1 : start;
        if (marker.Kept.Length > 0 || letters == 0 || end >= text.Length || !char.IsLetter(text[letters - 1]) || !char.IsLetter(text[end]))
        {
            return null;
        }

        var wordStart = Back(text, letters, char.IsLetter);
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.Substring(wordStart, letters - wordStart) + text.Substring(marker.Offset + marker.Length, end - marker.Offset - marker.Length);
        return !words.Contains(word) ? null : spaced ? marker with { Offset = letters, Length = marker.Length + 1 } : marker;
    }

    /// <summary>
    /// True when the number from <paramref name="index"/> to <paramref name="end"/> opens its paragraph as its label, with
    /// a full stop or in brackets ("17.    Recognizes that …", A/RES/77/282, which no glued note 7 makes "1" of); not a
    /// symbol a page's top opens with ("71/2057 and 72/190,8", A/RES/75/192).
    /// </summary>
    private static bool IsLabel(string text, int index, int end) =>
        end < text.Length && ((index == 0 && text[end] == '.') || (index == 1 && text[0] == '(' && text[end] == ')'));

    /// <summary>
    /// True when the digits at <paramref name="index"/> go on a symbol after its slash ("CBD/CP/MOP/VIII/1914" for
    /// decision VIII/19 and note 14, A/RES/77/167), where four digits that read as a year are no year standing alone.
    /// </summary>
    private static bool AfterSlash(string text, int index) => index > 0 && text[index - 1] == '/';

    /// <summary>"2021": a year as it stands, where a marker glued to a year would leave more digits ("201619").</summary>
    private static bool AfterBracketedYear(string text, int index) =>
        index >= 6 && text[index - 1] == ')' && text[index - 6] == '(' && IsYear(text.Substring(index - 5, 4));

    private static bool IsYear(string token) => token.Length == 4 && ((token[0] == '1' && token[1] == '9') || (token[0] == '2' && token[1] == '0')) && char.IsDigit(token[2]) && char.IsDigit(token[3]);

    private static string Rewrite(string text, List<Marker> markers)
    {
        var builder = new StringBuilder(text.Length + (markers.Count * 11));
        var copied = 0;
        foreach (var marker in markers.OrderBy(marker => marker.Offset))
        {
            builder.Append(text, copied, marker.Offset - copied).Append(marker.Kept).Append("<sup>").Append(marker.Number.ToString(CultureInfo.InvariantCulture)).Append("</sup>");
            copied = marker.Offset + marker.Length;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>False for digits inside a word with a slash (a symbol, not words such as "HIV/AIDS"), after a numbered abbreviation, or after a thousands comma.</summary>
    private static bool IsMarkerPlace(string text, int index, int length)
    {
        var wordStart = text.LastIndexOfAny(new[] { ' ', '\u00A0', '(' }, index - 1) + 1;
        var word = text.Substring(wordStart, index - wordStart);
        if (word.IndexOf('/') >= 0 && word[word.Length - 1] is not (')' or ',' or ';' or ':' or '”' or '’') && !SlashedWords.Are(word))
        {
            return false;
        }

        var before = text.Substring(0, index);
        if (before.EndsWith(".", StringComparison.Ordinal) && NumberedAbbreviation.IsMatch(before))
        {
            return false;
        }

        // "1.1 billion": a full stop after a number that is not a year is a decimal point.
        var number = Regex.Match(before, @"(?<![\d/])(?<digits>\d+)\.$", RegexOptions.CultureInvariant, Timeout);
        if (number.Success && !(number.Groups["digits"].Length == 4 && number.Groups["digits"].Value[0] is '1' or '2'))
        {
            return false;
        }

        // "1,500": a comma between digits groups thousands, after a group of one to three digits ("2004,105" is a year and note 105).
        return !(length == 3 && before.EndsWith(",", StringComparison.Ordinal) && index >= 2 && char.IsDigit(text[index - 2]) && !IsWideGroup(before.Substring(0, before.Length - 1)));
    }

    /// <summary>True when the digits ending <paramref name="text"/> are more than a thousands group holds (four or more).</summary>
    private static bool IsWideGroup(string text)
    {
        var digits = 0;
        for (var i = text.Length - 1; i >= 0 && char.IsDigit(text[i]); i--)
        {
            digits++;
        }

        return digits > 3;
    }

    /// <summary>A marker found: where it stands in its block, what of the matched text stays before it, its note.</summary>
    private sealed record Marker(int Block, int Offset, int Length, string Kept, int Number);
}
