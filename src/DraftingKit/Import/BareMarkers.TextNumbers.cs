using System.Text.RegularExpressions;

namespace DraftingKit.Import;

// The text's own numbers, which a number set apart is not taken for a marker as: counted, a date's day, a proportion, a series.
internal static partial class BareMarkers
{
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
    /// "per cent" or "%" after a number, glued to the word before it or set apart: a share, never a raised number ("with
    /// the aim of making100 per cent of communities at risk of tsunami prepared", as a layout glued it in A/RES/76/72, whose
    /// note 100 is cited twice).
    /// </summary>
    private static readonly Regex PerCent = new(@"\G(?: per ?cent\b| ?%)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A month's name right after a number set apart, as a date prints it: " June", " February 2018".</summary>
    private static readonly Regex MonthAfter = new(@"\G (?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A noun after the definite article, or a document's name after it with the year and the name of the body it belongs
    /// to between: "the decision", "the 2012 General Council decision" (A/RES/76/258) name one document, which a number set
    /// apart after it does not count; "the Secretary-General on 23 and 24 September" names no document.
    /// </summary>
    private static readonly Regex AfterArticle = new(@"(?:^|\s)[Tt]he (?:\p{Ll}+|(?:(?:19|20)\d\d )?(?:\p{Lu}[\p{L}-]* )+(?:decision|resolution|recommendation|regulation|rule|principle|protocol|report)s?)$", RegexOptions.CultureInvariant, Timeout);

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

    /// <summary>
    /// True when <paramref name="before"/> ends on a word that numbers one thing ("paragraph", "article", "Goal", "of"),
    /// the number after which is the text's own wherever a line's end sets it: not a document's name after "the" ("the
    /// decision"), nor a plural, which counts a series that may go on past the line.
    /// </summary>
    internal static bool NumbersOne(string before) =>
        CountedWord.IsMatch(before) && !AfterArticle.IsMatch(before) && !CountedPlural.IsMatch(before);

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
        return Counts(text, match.Index, after) || InCountList(text, match.Index, after) || DayOfDate(text, after, number) || PerCent.IsMatch(text, after) || ProportionAfter.IsMatch(text, after)
            || (match.Index > 0 && text[match.Index - 1] == ',' && match.Index > 1 && char.IsDigit(text[match.Index - 2]) && SeriesGoesOn.IsMatch(text, after))
            || NamedEntries.IsEntryNumber(texts, block, match.Groups["spaced"].Index) || GluedFurtherOn.Stands(texts, block, after, number);
    }

    /// <summary>
    /// "in" and a number after a number set apart: a proportion, "1 in 5 children", "1 in 100"; not a year, which dates
    /// what the words before the marker name ("specified in his report 3 in 2021", A/RES/75/134).
    /// </summary>
    private static readonly Regex ProportionAfter = new(@"\G in \d{1,3}(?![\d,.])", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A count before a comma: a number and the words it counts, "by 170 United Nations Member States,".</summary>
    private static readonly Regex CountBefore = new(@"(?:^|[\s(])\d{1,3}(?:,\d{3})*(?: [\p{L}’'-]+){1,6}, $", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The list of counts going on after a number: its words, then "and" or "or" and the next count, " non-member observer State and 1 observer".</summary>
    private static readonly Regex CountAfter = new(@"\G(?: [\p{L}’'-]+){1,6} (?:and|or) \d{1,3}(?:,\d{3})* \p{L}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the number set apart stands in a list of counts, between a count before its comma and one after its
    /// words: "supported by 170 United Nations Member States, 1 non-member observer State and 1 observer" (A/RES/75/90),
    /// where "Member States" would otherwise end a name that a raised number follows. No note's marker stands between
    /// two counts of one list.
    /// </summary>
    private static bool InCountList(string text, int index, int after) =>
        CountBefore.IsMatch(text.Substring(0, index + 1)) && CountAfter.IsMatch(text, after);

    /// <summary>
    /// True when the number set apart is a date's day: a day of the month before the month's name ("Friday, 3 June: from
    /// 10 a.m.", "held on 4 February 2018"), which no raised note number stands before.
    /// </summary>
    private static bool DayOfDate(string text, int after, int number) => number is >= 1 and <= 31 && MonthAfter.IsMatch(text, after);
}
