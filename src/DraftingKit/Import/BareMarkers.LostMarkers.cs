using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

// Where a marker the text layer glued to the text, or set apart where no rule trusts it, stands: its one place between the markers seen.
internal static partial class BareMarkers
{
    /// <summary>
    /// A number set apart after a name or a symbol that ends on a number of its own, before punctuation or the next word:
    /// "the Programme for the Further Implementation of Agenda 21 6 and the Plan" (A/RES/77/152), "pursuant to its
    /// resolution 59/300 8 and the reports" (A/RES/75/132), "decision VII/11 14 and other relevant decisions" (A/RES/77/118),
    /// "the Group of Least Developed Countries on COVID-19 14 and" (A/RES/77/177), "the Final Documents of the 1995 2 Review
    /// and Extension Conference" (A/RES/76/54: a year that names an event, before the event's name).
    /// Two numbers stand side by side in running text only so, and only the note whose marker must stand in the stretch
    /// is looked for there.
    /// </summary>
    private static readonly Regex AfterNamedNumber = new(@"(?<=(?:^|\s)(?:\p{Lu}\p{L}*[ -]\d{1,3}|[\p{L}\d.-]+(?:/[\p{L}\d.-]+)*/\d{1,4}|(?:19|20)\d\d)) (?<spaced>\d{1,3})(?=[,;:.)”’""]?(?:\s|$))", RegexOptions.CultureInvariant, Timeout);

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

                // Both patterns may find one place ("of 28 May 2016 6 adopted"): it is one place.
                if (found is not null && (found.Block != b || found.Offset != match.Index))
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
                    || (kept.Success && ((IsYear(kept.Value + number.ToString(CultureInfo.InvariantCulture)) && !AfterSlash(text, match.Index))
                        || IsLabel(text, match.Index, match.Index + match.Length) || IsDay(text, match, kept.Value + number.ToString(CultureInfo.InvariantCulture)))))
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
    /// True when the digits <paramref name="match"/> would split are a date's day, before its month's name: "of 13
    /// September 2007" is no "1" with note 3's marker glued to it (A/RES/77/325, whose note 3 stands after "resolutions
    /// 5/1"), as no raised number stands between a day and its month.
    /// </summary>
    private static bool IsDay(string text, Match match, string whole) =>
        whole.Length <= 2 && int.Parse(whole, CultureInfo.InvariantCulture) is >= 1 and <= 31 && MonthAfter.IsMatch(text, match.Index + match.Length);

    /// <summary>
    /// True when the digits at <paramref name="index"/> go on a symbol after its slash ("CBD/CP/MOP/VIII/1914" for
    /// decision VIII/19 and note 14, A/RES/77/167), where four digits that read as a year are no year standing alone.
    /// </summary>
    private static bool AfterSlash(string text, int index) => index > 0 && text[index - 1] == '/';
}
