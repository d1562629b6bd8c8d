using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>
/// Finds the resolutions and decisions a text cites, in every form the UN uses: "its resolution 56/119 of
/// 19 December 2001", "resolutions 69/193 and 69/196 of 18 December 2014" (a shared date), lettered "57/270 B",
/// old style "415 (V)" and "155 C (VII)", special and emergency special sessions "S-8/1" and "ES-10/21",
/// Economic and Social Council "2017/15", Security Council "2334 (2016)", and functional commissions
/// ("Commission on Crime Prevention and Criminal Justice resolution 25/2 of 27 May 2016"). The organ comes from
/// the words before the number; "its resolution" is the organ of the document itself.
/// </summary>
/// <remarks>
/// Every pattern is anchored (<c>\G</c>) or bounded and has a match timeout: the recognizer runs on untrusted
/// text on every keystroke, so it must not backtrack.
/// </remarks>
public static partial class CitationRecognizer
{
    // The timeout (Patterns.TimeoutMilliseconds) is a safety net, not a budget: every pattern is linear
    // (Hostile/RegexWorstCaseTests runs each on its worst cases). At 200 ms the limit expired on a heavily loaded
    // machine (two test runs at load 25 on 2 cores lost a real citation); one second, as the engine's other patterns
    // have, leaves a wide margin.
    // PERF: the patterns run on every paragraph of every template: generated at build time on .NET 10 (the native
    // draftkit, where a pattern compiled at run time would be interpreted), compiled once at run time on netstandard2.0.

    internal const string NumberText = @"\G(?<number>(?:E?S-\d{1,2}/\d{1,3})|(?:\d{1,4}(?:\s[A-Z])?\s\((?:[IVXLC]{1,6}|\d{4})\))|(?:\d{4}/\d{1,3})|(?:\d{1,3}/\d{1,4}(?:\s[A-Z](?![A-Za-z]))?))(?![\d/])";
    private static readonly Regex Number = NumberPattern();
#if NET
    [GeneratedRegex(NumberText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex NumberPattern();
#else
    private static Regex NumberPattern() => Patterns.AtRunTime(NumberText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    internal const string DateAfterText = @"\G,?\s+of\s+(?<date>(?<day>\d{1,2})\s(?<month>" + Model.UnDate.MonthAlternation + @")\s(?<year>\d{4}))";
    private static readonly Regex DateAfter = DateAfterPattern();
#if NET
    [GeneratedRegex(DateAfterText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateAfterPattern();
#else
    private static Regex DateAfterPattern() => Patterns.AtRunTime(DateAfterText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    internal const string SeparatorText = @"\G(?:,\s+and\s+|,\s+|;\s+|\s+and\s+|\s+to\s+)(?=S-\d|ES-\d|\d)";
    private static readonly Regex Separator = SeparatorPattern();
#if NET
    [GeneratedRegex(SeparatorText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeparatorPattern();
#else
    private static Regex SeparatorPattern() => Patterns.AtRunTime(SeparatorText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>"53/243 A and B": further parts of the same resolution.</summary>
    internal const string FurtherLetterText = @"\G(?:,\s+and\s+|,\s+|\s+and\s+)(?<letter>[A-Z])(?![A-Za-z/\d])";
    private static readonly Regex FurtherLetter = FurtherLetterPattern();
#if NET
    [GeneratedRegex(FurtherLetterText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex FurtherLetterPattern();
#else
    private static Regex FurtherLetterPattern() => Patterns.AtRunTime(FurtherLetterText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>", sect. III", ", para. 12", ", annex": a part of the cited text, not a new citation.</summary>
    internal const string QualifierText = @"\G,\s+(?:sect\.|sects\.|para\.|paras\.|annex|chap\.|art\.)(?:\s[A-Za-z\d–-]{1,10})?";
    private static readonly Regex Qualifier = QualifierPattern();
#if NET
    [GeneratedRegex(QualifierText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex QualifierPattern();
#else
    private static Regex QualifierPattern() => Patterns.AtRunTime(QualifierText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>
    /// After a date, a list goes on past a description: "70/286 of 17 June 2016 on cross-cutting issues, 73/302 of
    /// 20 June 2019". Only a number that itself carries a date continues the list, and the gap is bounded; so are
    /// the spaces around a separator, which the lazy gap would otherwise rescan from every one of its positions.
    /// </summary>
    internal const string ContinuationAfterDateText = @"\G(?:(?![Rr]esolution|[Dd]ecision)[^;.]){0,300}?(?:,(?>\s{1,20})and(?>\s{1,20})|,(?>\s{1,20})|(?>\s{1,20})and(?>\s{1,20}))(?=(?:E?S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}(?:\s[A-Z])?)\s+of\s+\d{1,2}\s[A-Z])";
    private static readonly Regex ContinuationAfterDate = ContinuationAfterDatePattern();
#if NET
    [GeneratedRegex(ContinuationAfterDateText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex ContinuationAfterDatePattern();
#else
    private static Regex ContinuationAfterDatePattern() => Patterns.AtRunTime(ContinuationAfterDateText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>The citations in <paramref name="text"/>, in order; <paramref name="documentOrgan"/> answers "its resolution".</summary>
    public static IReadOnlyList<Citation> Find(string text, Organ documentOrgan)
    {
        // One normal form for every pattern: a no-break space in "19 September 2012", a non-breaking hyphen in
        // "ES‑10/21" or a soft hyphen in a month read as the printed text reads; offsets are given back in the text.
        var folded = Text.PrintedText.Fold(text, out var offsets);
        return Find(folded, offsets, documentOrgan);
    }

    /// <summary>The citations in a paragraph's or footnote's plain text, read from the fold the text keeps.</summary>
    internal static IReadOnlyList<Citation> Find(InlineText text, Organ documentOrgan)
    {
        var folded = text.FoldedPlainText(out var offsets);
        return Find(folded, offsets, documentOrgan);
    }

    /// <summary>The citations of a folded text, their offsets given back in the text by <paramref name="offsets"/>.</summary>
    private static IReadOnlyList<Citation> Find(string folded, int[]? offsets, Organ documentOrgan)
    {
        var found = FindIn(folded, documentOrgan);
        if (offsets is null)
        {
            return found;
        }

        var mapped = new List<Citation>(found.Count);
        foreach (var citation in found)
        {
            var dateStart = citation.DateStart < 0 ? -1 : offsets[citation.DateStart];
            var dateLength = citation.DateStart < 0 ? 0 : offsets[citation.DateStart + citation.DateLength] - dateStart;
            mapped.Add(citation with { NumberStart = offsets[citation.NumberStart], DateStart = dateStart, DateLength = dateLength, ListStart = citation.ListStart < 0 ? -1 : offsets[citation.ListStart] });
        }

        return mapped;
    }

    private static IReadOnlyList<Citation> FindIn(string text, Organ documentOrgan)
    {
        var opening = CitationOpenings.Next(text, 0);
        if (!opening.Found)
        {
            return Array.Empty<Citation>();
        }

        var citations = new List<Citation>();
        var pending = new List<(string Number, int Start)>();
        try
        {
            for (; opening.Found; opening = CitationOpenings.Next(text, opening.End))
            {
                var kind = opening.Kind;
                var organWords = OrganBefore(text, opening.Start, documentOrgan);
                var position = opening.End;
                pending.Clear();
                while (true)
                {
                    var numberLength = PatternAt.Length(Number, text, position);
                    if (numberLength < 0)
                    {
                        break;
                    }

                    // The number is the whole match. UN texts often hold a no-break space in "2334 (2016)" or
                    // "74/232 B"; the catalog key has a plain one.
                    var cited = NormalizeSpaces(text, position, numberLength);
                    pending.Add((cited, position));
                    position += numberLength;
                    for (var letter = PatternAt.Length(FurtherLetter, text, position); letter > 0 && HasLetter(cited); letter = PatternAt.Length(FurtherLetter, text, position))
                    {
                        // The letter ends the match: "53/243 A and B".
                        var letterIndex = position + letter - 1;
                        pending.Add((cited.Substring(0, cited.Length - 1) + text[letterIndex], letterIndex));
                        position += letter;
                    }

                    for (var qualifier = PatternAt.Length(Qualifier, text, position); qualifier > 0; qualifier = PatternAt.Length(Qualifier, text, position))
                    {
                        position += qualifier;
                    }

                    var dated = PatternAt.Length(DateAfter, text, position);
                    if (dated > 0)
                    {
                        // The date ends the match and starts at its first digit (",? of " holds none).
                        var dateEnd = position + dated;
                        var dateStart = IndexOfDigit(text, position, dateEnd);
                        UnDate? value = UnDate.TryParse(text.Substring(dateStart, dateEnd - dateStart), out var parsed) ? parsed : null;
                        for (var i = 0; i < pending.Count; i++)
                        {
                            // Only the number the date stands after is sure to carry it: "2170 (2014) and 2253 (2015)
                            // of 17 December 2015" dates the second alone, "69/193 and 69/196 of 18 December 2014" both.
                            var (pendingNumber, start) = pending[i];
                            citations.Add(new Citation(OrganOf(organWords, pendingNumber, documentOrgan, kind), kind, pendingNumber, start, value, dateStart, dateEnd - dateStart, i < pending.Count - 1, IsStated(organWords, pendingNumber), opening.Start));
                        }

                        pending.Clear();
                        position = dateEnd;
                        // PERF: the bounded scan for a list that runs on is tried only where no plain separator follows.
                        if (PatternAt.Length(Separator, text, position) < 0 && MayContinue(text, position) && PatternAt.Length(ContinuationAfterDate, text, position) is var continuation and > 0)
                        {
                            position += continuation;
                            continue;
                        }
                    }

                    var separator = PatternAt.Length(Separator, text, position);
                    if (separator < 0)
                    {
                        break;
                    }

                    position += separator;
                }

                foreach (var (cited, start) in pending)
                {
                    citations.Add(new Citation(OrganOf(organWords, cited, documentOrgan, kind), kind, cited, start, null, -1, 0, false, IsStated(organWords, cited), opening.Start));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text yields the citations found so far, never a hang.
        }

        return citations;
    }

    /// <summary>
    /// Whether a list may run on past a description after <paramref name="position"/>: the next dated number's
    /// slash must come before any ';' or '.', which neither the gap, the separator nor the number's start holds.
    /// </summary>
    /// <remarks>PERF: most lists end their sentence; the bounded lazy scan of up to 300 characters is not tried there.</remarks>
    private static bool MayContinue(string text, int position)
    {
        var next = text.IndexOfAny(SlashOrStop, position);
        return next >= 0 && text[next] == '/';
    }

    private static readonly char[] SlashOrStop = { '/', ';', '.' };

    private static int IndexOfDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// The organ named just before the word "resolution": "Economic and Social Council resolution", "its
    /// resolution" (the document's organ), or null when nothing names one; empty for a body with no code.
    /// </summary>
    /// <remarks>PERF: read in place, by offsets into the text; the words before are not copied.</remarks>
    internal static string? OrganBefore(string text, int kindIndex, Organ documentOrgan)
    {
        // The 70 characters before the word, trailing spaces left out.
        var start = Math.Max(0, kindIndex - 70);
        var end = kindIndex;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (PatternAt.EndsWith(text, start, end, " its") || (end - start == 3 && PatternAt.EndsWith(text, start, end, "its")) || PatternAt.EndsWith(text, start, end, "Its"))
        {
            return ItsOrgan(text, kindIndex, documentOrgan);
        }

        foreach (var (name, code) in OrganCodes.Names)
        {
            if (PatternAt.EndsWith(text, start, end, name))
            {
                return code;
            }
        }

        if (PatternAt.EndsWith(text, start, end, "Commission") || PatternAt.EndsWith(text, start, end, "Council"))
        {
            // "Commission resolutions 18/3 …" inside a commission's own text means that commission: the last word
            // before, "Commission" or "Council", ends the organ's own name.
            var own = OrganCodes.Of(documentOrgan);
            var space = text.LastIndexOf(' ', end - 1, end - start);
            var word = space >= start ? space + 1 : start;
            return own is not null && PatternAt.EndsWith(documentOrgan.Name, 0, documentOrgan.Name.Length, text.Substring(word, end - word)) ? own : string.Empty;
        }

        return null;
    }

    /// <summary>
    /// Whose "its resolution" this is. Usually the document's organ ("Recalling its resolution"), but "endorsed by
    /// the Human Rights Council in its resolution 17/4" is the Council's, and "the United Nations Environment
    /// Assembly, as reflected in its resolution 2/17" a body the catalog does not cover (empty: no organ).
    /// </summary>
    private static string ItsOrgan(string text, int kindIndex, Organ documentOrgan)
    {
        var own = OrganCodes.Of(documentOrgan) ?? string.Empty;

        // The clause: the 200 characters before the word, from after the last ';', '.' or ", and" among them.
        var start = Math.Max(0, kindIndex - 200);
        var count = kindIndex - start;
        var cut = Math.Max(Math.Max(text.LastIndexOf(';', kindIndex - 1, count), text.LastIndexOf('.', kindIndex - 1, count)), text.LastIndexOf(", and ", kindIndex - 1, count, StringComparison.Ordinal));
        var clause = cut >= 0 ? cut + 1 : start;
        var (nameStart, nameLength) = PatternAt.LastIn(BodyName, text, clause, kindIndex);
        if (nameStart < 0)
        {
            return own;
        }

        // A new participial clause between the body and "its" ("…of the Human Rights Council, reaffirming its
        // resolutions") hands "its" back to the document's organ.
        var nameEnd = nameStart + nameLength;
        if (PatternAt.IsMatchIn(NewClause, text, nameEnd, kindIndex) || PatternAt.EndsWith(text, nameStart, nameEnd, documentOrgan.Name))
        {
            return own;
        }

        // "the Council in its resolutions 47/21 …" in an Assembly text is another body's (the Human Rights Council's):
        // a bare "Council" or "Assembly" is the document's own organ only when that is what the organ is called.
        foreach (var bare in BareBodies)
        {
            if (nameLength == bare.Length && PatternAt.EndsWith(text, nameStart, nameEnd, bare))
            {
                return documentOrgan.Name.EndsWith(bare, StringComparison.Ordinal) ? own : string.Empty;
            }
        }

        foreach (var (organName, code) in OrganCodes.Names)
        {
            if (PatternAt.EndsWith(text, nameStart, nameEnd, organName))
            {
                return code;
            }
        }

        return string.Empty;
    }

    private static readonly string[] BareBodies = { "Assembly", "Council", "Commission" };

    internal const string NewClauseText = @",\s+(?:and\s+)?(?:[a-z]+ly\s+)?[a-z]+ing\b";
    private static readonly Regex NewClause = NewClausePattern();
#if NET
    [GeneratedRegex(NewClauseText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex NewClausePattern();
#else
    private static Regex NewClausePattern() => Patterns.AtRunTime(NewClauseText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>A named body: "Human Rights Council", "United Nations Environment Assembly", "Economic Commission for Latin America and the Caribbean".</summary>
    /// <remarks>A name starts at the start of a word and its words are taken whole (atomic groups), so a long hyphenated token is read once, not once per hyphen.</remarks>
    internal const string BodyNameText = @"(?:(?<![\w-])(?>[A-Z][\w-]*)\s(?:(?:(?>[A-Z][\w-]*)|of|on|the|for|and)\s){0,8})?(?:Council|Commission|Assembly|Conference|Board|Committee|Organization|Forum|Group|Parties|Caribbean|Pacific|Africa|Asia|Europe)\b";
    private static readonly Regex BodyName = BodyNamePattern();
#if NET
    [GeneratedRegex(BodyNameText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex BodyNamePattern();
#else
    private static Regex BodyNamePattern() => Patterns.AtRunTime(BodyNameText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>The organ of one number: the words before it, else what the number's form tells.</summary>
    internal static string? OrganOf(string? organWords, string number, Organ documentOrgan, CitedKind kind)
    {
        var organ = OrganOf(organWords, number, documentOrgan);

        // The Assembly numbers its decisions from 301 in each session (72/501, 74/309); "its decision 14/8" or
        // "7/1" is another body's (a conference of parties, a working group), whatever "its" seemed to say.
        return organ == "GA" && kind == CitedKind.Decision && DecisionSerial(number) is int serial && serial < 301 ? null : organ;
    }

    private static int? DecisionSerial(string number)
    {
        var slash = number.IndexOf('/');
        return slash > 0 && int.TryParse(number.Substring(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var serial) ? serial : null;
    }

    private static string? OrganOf(string? organWords, string number, Organ documentOrgan)
    {
        if (organWords is { Length: > 0 })
        {
            // "General Assembly resolution 2017/15" cannot be: a year-form number is the Council's.
            return organWords == "GA" && IsYearForm(number) ? "ECOSOC" : organWords;
        }

        if (organWords is { Length: 0 })
        {
            return null;
        }

        if (IsYearForm(number))
        {
            return "ECOSOC";
        }

        if (number.EndsWith(")", StringComparison.Ordinal) && number.Length > 6 && char.IsDigit(number[number.Length - 2]))
        {
            return "SC";
        }

        var own = OrganCodes.Of(documentOrgan);
        return own is null or "ECOSOC" ? "GA" : own;
    }

    /// <summary>The number at [start, start + length) with every space a plain one, copied once.</summary>
    private static string NormalizeSpaces(string text, int start, int length)
    {
        var number = text.Substring(start, length);
        for (var i = 0; i < number.Length; i++)
        {
            if (number[i] != ' ' && char.IsWhiteSpace(number[i]))
            {
                var chars = number.ToCharArray();
                for (var j = i; j < chars.Length; j++)
                {
                    if (char.IsWhiteSpace(chars[j]))
                    {
                        chars[j] = ' ';
                    }
                }

                return new string(chars);
            }
        }

        return number;
    }

    internal static bool IsStated(string? organWords, string number) =>
        organWords is { Length: > 0 } || IsYearForm(number) || number.StartsWith("S-", StringComparison.Ordinal) || number.StartsWith("ES-", StringComparison.Ordinal)
        || (number.EndsWith(")", StringComparison.Ordinal) && number.Length > 6 && char.IsDigit(number[number.Length - 2]));

    internal static bool HasLetter(string number) =>
        number.Length > 2 && number[number.Length - 2] == ' ' && char.IsUpper(number[number.Length - 1]);

    private static bool IsYearForm(string number) =>
        number.Length >= 6 && number[4] == '/' && char.IsDigit(number[0]) && char.IsDigit(number[3]);
}
