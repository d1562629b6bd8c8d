using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>
/// A citation written in a form its organ does not use: where it stands in the text, what is written, the form that
/// is right when the text alone (or the catalog) tells it, and why.
/// </summary>
/// <param name="Start">Offset of the wrong stretch in the text given to <see cref="CitationForms.Find(string, Organ, ResolutionCatalog)"/>.</param>
/// <param name="Length">Its length.</param>
/// <param name="Written">The citation as written: "74/177 (2019)", "2250/2015", "75/253A".</param>
/// <param name="Right">What replaces the stretch, or null when only the drafter knows it.</param>
/// <param name="RightCitation">The citation as the organ writes it, or null when only the drafter knows it.</param>
/// <param name="Why">The form the organ uses, in words, for the message.</param>
public sealed record CitationFormSlip(int Start, int Length, string Written, string? Right, string? RightCitation, string Why);

/// <summary>
/// The numbering of each organ, as the Editorial Manual gives it (system of identification) and the UN's texts
/// write it, read as a grammar after the words "resolution(s)" and "decision(s)": the General Assembly by session,
/// "74/177" (lettered parts "75/253 A", "31/6 A and B", "31/406 A to E"; before its thirty-first session "3367 A
/// (XXX)"), dated "of 18 December 2019"; the Security Council by number and year, "2250 (2015)"; the Economic and
/// Social Council by year, "2019/12"; the Human Rights Council by session, "45/12". A number in another organ's form
/// is a slip: an Assembly resolution with the Council's year ("74/177 (2019)"), the Council's year after a slash
/// ("2250/2015") or with no space ("2461(2019)"), the Economic and Social Council's year-form for the Assembly, the
/// Council or the Human Rights Council ("General Assembly resolution 2019/12"), the year second for the Economic and
/// Social Council ("12/2019"), a date in parentheses, a letter glued to the number ("75/253A"), parts joined by a
/// dash or ampersand ("31/6 A-B"), a letter after the roman session ("3367 (XXX) A"), or a part of the cited text
/// with no comma before it ("69/283 annex II", where the UN's texts write "69/283, annex II" 777 times).
/// </summary>
public static partial class CitationForms
{
    // One cited number with everything a drafter may write around it, right or wrong; each part is bounded, so the
    // pattern cannot backtrack far.
    internal const string ItemText = @"\G(?<number>E?S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}|\d{1,4})(?![\d/])"
        + @"(?<glued>[A-Z](?![A-Za-z]))?"
        + @"(?:\s(?<letter>[A-Z])(?:\s?(?<joiner>[-–&])\s?(?<last>[A-Z]))?(?![A-Za-z\d]))?"
        + @"(?:(?<space>\s?)\((?:(?<roman>[IVXLC]{1,7})|(?<year>\d{4})|(?<date>\d{1,2}\s(?:" + UnDate.MonthAlternation + @")\s\d{4}))\))?"
        + @"(?:\s(?<late>[A-Z])(?![A-Za-z\d]))?"
        + @"(?<pin>\s(?=(?<part>annex|annexes|sect\.|sects\.|section|sections|para\.|paras\.|paragraph|paragraphs|chap\.|chapter)(?![\w-])))?";
    private static readonly Regex Item = ItemPattern();
#if NET
    [GeneratedRegex(ItemText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex ItemPattern();
#else
    private static Regex ItemPattern() => Patterns.AtRunTime(ItemText, RegexOptions.CultureInvariant);
#endif

    /// <summary>The number of <see cref="ItemText"/> alone: an item this long has no letter, parentheses or part after it.</summary>
    internal const string BareNumberText = @"\G(?:E?S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}|\d{1,4})(?![\d/])";
    private static readonly Regex BareNumber = BareNumberPattern();
#if NET
    [GeneratedRegex(BareNumberText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareNumberPattern();
#else
    private static Regex BareNumberPattern() => Patterns.AtRunTime(BareNumberText, RegexOptions.CultureInvariant);
#endif

    /// <summary>What may follow a number before the next one of the list: further parts, a pinpoint, a date.</summary>
    internal const string BetweenText = @"\G(?:(?:,\s+and\s+|,\s+|\s+and\s+|\s+to\s+)[A-Z](?![A-Za-z/\d]))*(?:,\s+(?:sect\.|sects\.|para\.|paras\.|annex|chap\.|art\.)(?:\s[A-Za-z\d–-]{1,10})?)*(?:,?\s+of\s+\d{1,2}\s(?:" + UnDate.MonthAlternation + @")\s\d{4})?";
    private static readonly Regex Between = BetweenPattern();
#if NET
    [GeneratedRegex(BetweenText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex BetweenPattern();
#else
    private static Regex BetweenPattern() => Patterns.AtRunTime(BetweenText, RegexOptions.CultureInvariant);
#endif

    internal const string SeparatorText = @"\G(?:,\s+and\s+|,\s+|\s+and\s+|\s+to\s+)(?=S-\d|ES-\d|\d)";
    private static readonly Regex Separator = SeparatorPattern();
#if NET
    [GeneratedRegex(SeparatorText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeparatorPattern();
#else
    private static Regex SeparatorPattern() => Patterns.AtRunTime(SeparatorText, RegexOptions.CultureInvariant);
#endif

    /// <summary>The citations of <paramref name="text"/> whose form is not their organ's.</summary>
    /// <param name="text">A paragraph's or footnote's plain text.</param>
    /// <param name="documentOrgan">The organ of the text, whose own resolutions "its resolution" cites.</param>
    /// <param name="catalog">Where the date of an Assembly resolution cited with a year is found for the fix.</param>
    public static IReadOnlyList<CitationFormSlip> Find(string text, Organ documentOrgan, ResolutionCatalog catalog)
    {
        var folded = Text.PrintedText.Fold(text, out var offsets);
        return Find(folded, offsets, documentOrgan, catalog);
    }

    /// <summary>The slips of a paragraph's or footnote's plain text, read from the fold the text keeps.</summary>
    internal static IReadOnlyList<CitationFormSlip> Find(InlineText text, Organ documentOrgan, ResolutionCatalog catalog)
    {
        var folded = text.FoldedPlainText(out var offsets);
        return Find(folded, offsets, documentOrgan, catalog);
    }

    /// <summary>The slips of a folded text, their offsets given back in the text by <paramref name="offsets"/>.</summary>
    private static IReadOnlyList<CitationFormSlip> Find(string folded, int[]? offsets, Organ documentOrgan, ResolutionCatalog catalog)
    {
        var slips = new List<CitationFormSlip>();
        try
        {
            // PERF: the openings are the recognizer's own search; between the numbers of a list only where each
            // part ends is read (no Match object): a number's groups are made for the number alone.
            for (var opening = CitationOpenings.Next(folded, 0); opening.Found; opening = CitationOpenings.Next(folded, opening.End))
            {
                var kind = opening.Kind;
                var named = CitationRecognizer.OrganBefore(folded, opening.Start, documentOrgan);
                var position = opening.End;
                for (var guard = 0; guard < 100; guard++)
                {
                    var itemLength = PatternAt.Length(Item, folded, position);
                    if (itemLength < 0)
                    {
                        break;
                    }

                    // PERF: a bare number ("74/177", "2250", "S-8/1") is judged by its digits alone, and only one whose
                    // parts may be a year can be a slip; the groups are made for the rest.
                    if ((itemLength != PatternAt.Length(BareNumber, folded, position) || MayHoldYear(folded, position, itemLength))
                        && Judge(Item.Match(folded, position), kind, named, documentOrgan, catalog) is { } slip)
                    {
                        slips.Add(offsets is null ? slip : slip with { Start = offsets[slip.Start], Length = offsets[slip.Start + slip.Length] - offsets[slip.Start] });
                    }

                    position += itemLength;
                    position += Math.Max(0, PatternAt.Length(Between, folded, position));
                    var separator = PatternAt.Length(Separator, folded, position);
                    if (separator < 0)
                    {
                        break;
                    }

                    position += separator;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text yields the slips found so far, never a hang.
        }

        return slips;
    }

    internal static CitationFormSlip? Judge(Match item, CitedKind kind, string? named, Organ documentOrgan, ResolutionCatalog catalog)
    {
        var number = item.Groups["number"];
        var text = number.Value;
        var slash = text.IndexOf('/');
        var special = text.StartsWith("S-", StringComparison.Ordinal) || text.StartsWith("ES-", StringComparison.Ordinal);
        var first = slash > 0 && !special ? Int(text.Substring(0, slash)) : -1;
        var second = slash > 0 ? Int(text.Substring(slash + 1)) : -1;

        if (item.Groups["glued"] is { Success: true } glued)
        {
            return Slip(number.Index, glued.Index + 1 - number.Index, text + " " + glued.Value, "a lettered part stands after the number with a space, as in 'resolution 75/253 A'", item);
        }

        if (item.Groups["joiner"].Success)
        {
            var letter = item.Groups["letter"];
            var last = item.Groups["last"];
            var joined = last.Value[0] == letter.Value[0] + 1 ? " and " : " to ";
            return Slip(letter.Index, last.Index + 1 - letter.Index, letter.Value + joined + last.Value, "parts are joined in words, 'A and B' or 'A to E', as in 'resolution 31/6 A and B'", item);
        }

        if (item.Groups["roman"].Success && item.Groups["late"] is { Success: true } late && !item.Groups["letter"].Success && slash < 0)
        {
            var start = number.Index;
            return Slip(start, late.Index + 1 - start, text + " " + late.Value + " (" + item.Groups["roman"].Value + ")", "before the thirty-first session the part's letter stands between the number and the session, as in 'resolution 3367 A (XXX)'", item);
        }

        if (item.Groups["pin"] is { Success: true } pin)
        {
            // "resolution 69/283 annex II": the part of the cited text follows a comma, as the UN's texts write it.
            var cited = item.Value.Substring(0, pin.Index - item.Index);
            var part = item.Groups["part"].Value;
            return new CitationFormSlip(pin.Index, pin.Length, cited + " " + part, ", ", cited + ", " + part, "a part of the cited text follows a comma, as in 'resolution 69/283, annex II' or 'resolution 64/243, section VII'");
        }

        if (item.Groups["date"] is { Success: true } date)
        {
            var open = date.Index - 1 - item.Groups["space"].Length;
            return Slip(open, date.Index + date.Length + 1 - open, " of " + date.Value, "a resolution's date follows 'of', as in 'resolution 74/177 of 18 December 2019'", item);
        }

        if (item.Groups["year"] is { Success: true } year)
        {
            var open = year.Index - 1 - item.Groups["space"].Length;
            var paren = Sub(item, open, year.Index + year.Length + 1);
            if (slash > 0 && !special)
            {
                // "74/177 (2019)": a number by session with the Council's year; the catalog may know its date.
                var organ = named is { Length: > 0 } ? named : named is null ? "GA" : null;
                var letter = item.Groups["letter"].Success ? " " + item.Groups["letter"].Value : string.Empty;
                var entry = organ is null ? null : catalog.Find(organ, kind, text + letter) ?? catalog.Find(organ, kind, text);
                const string Why = "a number by session takes its date, not the Security Council's year in parentheses, as in 'resolution 74/177 of 18 December 2019'";
                return entry?.Date is { } adopted
                    ? Slip(open, paren.Length, " of " + adopted, Why, item)
                    : new CitationFormSlip(open, paren.Length, item.Value.Trim(), null, null, Why);
            }

            if (item.Groups["space"].Length == 0 && slash < 0)
            {
                return Slip(number.Index, year.Index + year.Length + 1 - number.Index, text + " (" + year.Value + ")", "the Security Council's year stands after a space, as in 'resolution 2250 (2015)'", item);
            }

            return null;
        }

        if (item.Groups["roman"].Success || item.Groups["letter"].Success || special || slash < 0)
        {
            return null;
        }

        if (second is >= 1946 and <= 2100 && first >= 100)
        {
            // "2250/2015": no session reaches 100 and no organ numbers 1,946 texts a year; the Council's number and year.
            return Slip(number.Index, number.Length, text.Substring(0, slash) + " (" + text.Substring(slash + 1) + ")", "the Security Council's year stands in parentheses, as in 'resolution 2250 (2015)'", item);
        }

        var yearForm = first is >= 1946 and <= 2100 && second < 1946;
        if (yearForm && named is "GA" or "SC" or "HRC")
        {
            // Named by words ("General Assembly resolution", "its resolution"): a bare number's organ is only a guess.
            return new CitationFormSlip(
                number.Index,
                number.Length,
                item.Value.Trim(),
                null,
                null,
                "a number by year is the Economic and Social Council's (or the former Commission on Human Rights'); the " + OrganWords(named) + " "
                + (named == "SC" ? "numbers its resolutions with the year in parentheses, as in 'resolution 2250 (2015)'" : "numbers its texts by session, as in 'resolution 74/177'"));
        }

        if (named == "ECOSOC" && first is >= 1 and < 100 && second is >= 1946 and <= 2100 && kind == CitedKind.Resolution)
        {
            return Slip(number.Index, number.Length, text.Substring(slash + 1) + "/" + text.Substring(0, slash), "the Economic and Social Council numbers its resolutions by year, the year first, as in 'resolution 2019/12'", item);
        }

        return null;
    }

    /// <summary>
    /// Whether the bare number at [start, start + length) may be judged a slip: only a number by session or by year
    /// one of whose parts is a year (1946–2100) can be ("2250/2015", "2019/12" for the Assembly, "12/2019"); a special
    /// session's number or one without a slash is in its organ's form.
    /// </summary>
    private static bool MayHoldYear(string text, int start, int length)
    {
        var slash = text.IndexOf('/', start, length);
        if (slash < 0 || text[start] is 'S' or 'E')
        {
            return false;
        }

        var first = Digits(text, start, slash);
        var second = Digits(text, slash + 1, start + length);
        return first is >= 1946 and <= 2100 || second is >= 1946 and <= 2100;
    }

    private static int Digits(string text, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return end > start ? value : -1;
    }

    private static string OrganWords(string code) => code switch
    {
        "GA" => "General Assembly",
        "SC" => "Security Council",
        _ => "Human Rights Council",
    };

    /// <summary>A slip whose right form is known: <paramref name="right"/> replaces the stretch [start, start + length).</summary>
    private static CitationFormSlip Slip(int start, int length, string right, string why, Match item)
    {
        var written = item.Value.TrimEnd();
        var corrected = item.Value.Substring(0, start - item.Index) + right + item.Value.Substring(start + length - item.Index);
        return new CitationFormSlip(start, length, written, right, corrected.TrimEnd(), why);
    }

    private static string Sub(Match item, int start, int end)
    {
        // Offsets are into the text the item was matched in; the item's own value covers every stretch judged.
        return item.Value.Substring(start - item.Index, end - start);
    }

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
