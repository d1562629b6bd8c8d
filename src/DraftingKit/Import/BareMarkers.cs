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
internal static partial class BareMarkers
{
    private static TimeSpan Timeout => TimeSpan.FromSeconds(1);

    /// <summary>How many notes in a row may have lost their markers to the text before a later note's marker is trusted.</summary>
    private const int MaxSkipped = 3;

    /// <summary>
    /// "[12]" not opening a link; a year with the marker glued to it ("of 2016" and note 19 printed "201619"); digits
    /// right after a letter or closing punctuation; or digits set apart from them by one space, as a layout prints a
    /// raised number ("Bermuda 2 and", "Nations, 1 the", "for 2019 5 and"), before a word that goes on a sentence rather
    /// than one a number counts ("10 years", "15 to 19"; "multilingualism 24 to reinforce" goes on; after punctuation, any word or a
    /// resolution's symbol, "journalists, 11 27/12 of", "2006, 2 2008/1 of" (A/RES/75/226), a title's opening quotation mark ("… in the Face of
    /// COVID-19”, 12 “UNESCO Creative Cities’ …”", A/RES/76/214), or a date, "Non-Violence, 10 18 June as", A/RES/77/296), punctuation, the end, or a bracket that gives the name before
    /// it a short name ("Nuclear Weapons 1 (NPT)", "Africa 2 (the Rio conventions)"; not a session's roman numeral,
    /// "resolution 302 (IV)", nor a schedule's letter, "(A)").
    /// </summary>
    private static readonly Regex Candidate = new(
        @"\[(?<bracket>\d{1,3})\](?!\()|(?<=[\s(–-])(?<year>(?:19|20)\d\d)(?<glued>\d{1,3})(?=[\s,;:.)”’""]|$)|(?<=(?<before>[\p{L},;:.)\]”’""]))(?<bare>\d{1,3})(?=[\s,;:.)”’""]|$)|(?<=[\p{L},;:.)”’""]|(?<![\d/.,])(?:19|20)\d\d) (?<spaced>\d{1,3})(?= (?:and|or|but|nor|is|are|was|were|has|have|had|that|which|who|whose|where|in|on|at|by|for|with|as|the|its|their|also|shall|should|will|would|may|must|can|could)\b| to\b(?! \d)|(?<=[,;:.)”’""] \d{1,3}) (?:[\p{L}“‘]|\d{1,4}/\d|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|[,;:.)”’""]?$|[,;:] | \((?:the )?\p{Lu}(?![IVXLCDM]*\))|(?<loose> \p{Ll}))",
        RegexOptions.CultureInvariant,
        Timeout);

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
                if (!bracket && PerCent.IsMatch(text, match.Index + match.Length))
                {
                    continue;
                }

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
