using System.Globalization;
using System.Text.RegularExpressions;

namespace DraftingKit.Model;

/// <summary>An adoption line read back: who adopted the text, what it is, at which meeting and when.</summary>
internal sealed record AdoptionReading(Organ Organ, DocumentKind Kind, string? Meeting, UnDate Adopted, bool InParts, DocumentLanguage Language);

/// <summary>
/// Reads the lines of a header back through the words that write them (<see cref="HeaderWording"/>), in every
/// language the project holds the words of: the organ, "Distr.: General", the dates ("1er juin 2021"), the session
/// ("Soixante-quinzième session"), the agenda item ("Points 14 et 122 de l’ordre du jour"), the adoption line, the
/// Council's number line and the closing meeting ("62e séance plénière"). Each reading says the language it was
/// written in; English is tried first. A line is compared as printed, one character for one: a no-break space is a space and a
/// straight apostrophe the typographic one, as Word, a PDF's text layer or a keyboard may give them.
/// </summary>
internal static class HeaderReading
{
    private const char KindPlace = '\u0001';
    private const char MeetingPlace = '\u0002';
    private const char DatePlace = '\u0003';
    private const char OrganPlace = '\u0004';

    private static readonly Lazy<IReadOnlyList<(HeaderWording Words, IReadOnlyList<AdoptionForm> Forms)>> AdoptionForms = new(BuildAdoptionForms);
    private static readonly Lazy<IReadOnlyList<Dictionary<string, int>>> Sessions = new(BuildSessions);
    private static readonly Lazy<IReadOnlyList<(string Formula, Organ Organ, HeaderWording Words)>> Formulas = new(() =>
        HeaderWording.All.SelectMany(words => Organ.Known.Select(organ => (Printed(words.FormulaSubject(organ)), organ, words))).ToList());

    // Longer than any formula's subject, and the character after it.
    private const int LongestFormula = 120;
    private static readonly Regex PrintedNumber = new(@"^(?:\d{1,5} \(\d{4}\)|\d{1,4}/\d{1,4})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The organ <paramref name="line"/> names as a masthead prints it ("Assemblée générale"), and the language it is named in.</summary>
    public static bool TryOrgan(string line, out Organ organ, out DocumentLanguage language)
    {
        var text = Printed(line);
        foreach (var words in HeaderWording.All)
        {
            foreach (var known in Organ.Known)
            {
                if (string.Equals(Printed(words.OrganName(known)), text, StringComparison.Ordinal))
                {
                    (organ, language) = (known, words.Language);
                    return true;
                }
            }
        }

        (organ, language) = (Organ.GeneralAssembly, DocumentLanguage.English);
        return false;
    }

    /// <summary>True when <paramref name="line"/> names <paramref name="organ"/> in some language the project holds.</summary>
    public static bool Names(string line, Organ organ, out DocumentLanguage language)
    {
        var text = Printed(line);
        foreach (var words in HeaderWording.All)
        {
            if (string.Equals(Printed(words.OrganName(organ)), text, StringComparison.Ordinal))
            {
                language = words.Language;
                return true;
            }
        }

        language = DocumentLanguage.English;
        return false;
    }

    /// <summary>The organ whose enacting formula <paramref name="text"/> opens with ("The General Assembly,", "L’Assemblée générale,"), as the text writes it.</summary>
    public static bool TryFormula(string text, out Organ organ, out string subject, out DocumentLanguage language)
    {
        // PERF: called on every paragraph; only the opening words are folded, one character for one.
        var printed = Printed(text.Length > LongestFormula ? text.Substring(0, LongestFormula) : text);
        foreach (var (formula, known, words) in Formulas.Value)
        {
            if (printed.StartsWith(formula, StringComparison.Ordinal)
                && (text.Length == formula.Length || printed[formula.Length] is ',' or ':' or ' '))
            {
                // The subject as the text writes it: its apostrophe and spaces.
                (organ, subject, language) = (known, text.Substring(0, formula.Length), words.Language);
                return true;
            }
        }

        (organ, subject, language) = (Organ.GeneralAssembly, string.Empty, DocumentLanguage.English);
        return false;
    }

    /// <summary>The distribution "Distr.: General" or "Distr. générale" gives ("General", "générale").</summary>
    public static bool TryDistribution(string line, out string value, out DocumentLanguage language)
    {
        var text = Printed(line);
        var best = -1;
        // Values are cut from the line as written (Printed keeps one character for one): its spaces stay its own.
        (value, language) = (string.Empty, DocumentLanguage.English);
        foreach (var words in HeaderWording.All)
        {
            // The longest prefix wins: "Distr.:" is English before it is French "Distr." with a colon.
            var prefix = Printed(words.DistributionPrefix).TrimEnd();
            if (prefix.Length > best && text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                (best, value, language) = (prefix.Length, line.Substring(prefix.Length).Trim(), words.Language);
            }
        }

        return best >= 0 && value.Length > 0;
    }

    /// <summary>The language of the original "Original: French" or "Original : anglais" names, as printed.</summary>
    public static bool TryOriginal(string line, out string value, out DocumentLanguage language)
    {
        var text = Printed(line);
        foreach (var words in HeaderWording.All)
        {
            var prefix = Printed(words.OriginalPrefix).TrimEnd();
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                (value, language) = (line.Substring(prefix.Length).Trim(), words.Language);
                return true;
            }
        }

        (value, language) = (string.Empty, DocumentLanguage.English);
        return false;
    }

    /// <summary>A date as a header or a closing prints it: "18 December 2019", "1er juin 2021".</summary>
    public static bool TryDate(string line, out UnDate date, out DocumentLanguage language)
    {
        var text = Printed(line).Trim();
        foreach (var words in HeaderWording.All)
        {
            if (words.TryReadDate(text, out date))
            {
                language = words.Language;
                return true;
            }
        }

        (date, language) = (default, DocumentLanguage.English);
        return false;
    }

    /// <summary>
    /// The session a session line names: "Seventy-fourth session", "Onzième session extraordinaire d’urgence" (the
    /// number; the kind is the symbol's), or the year of an organ that counts its sessions by year ("2017 session").
    /// </summary>
    public static bool TrySession(string line, out int session, out DocumentLanguage language)
    {
        var text = Printed(line).Trim();
        for (var i = 0; i < HeaderWording.All.Count; i++)
        {
            var words = HeaderWording.All[i];
            if (Sessions.Value[i].TryGetValue(text, out session))
            {
                language = words.Language;
                return true;
            }

            if (YearIn(text) is int year && string.Equals(Printed(words.YearSession(year)), text, StringComparison.OrdinalIgnoreCase))
            {
                (session, language) = (year, words.Language);
                return true;
            }
        }

        (session, language) = (0, DocumentLanguage.English);
        return false;
    }

    /// <summary>The item or items an agenda line names: "106" of "Agenda item 106", "14 et 122" of "Points 14 et 122 de l’ordre du jour".</summary>
    public static bool TryAgendaItem(string line, out string item, out DocumentLanguage language)
    {
        line = line.Trim();
        var text = Printed(line);
        foreach (var words in HeaderWording.All)
        {
            var (one, several, after) = words.AgendaWords;
            var suffix = Printed(after);
            if (!text.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            // "Agenda items " before "Agenda item ": the longer prefix first.
            foreach (var prefix in new[] { Printed(several), Printed(one) }.OrderByDescending(p => p.Length))
            {
                if (text.Length > prefix.Length + suffix.Length && text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    item = line.Substring(prefix.Length, line.Length - prefix.Length - suffix.Length).Trim();
                    if (item.Length > 0)
                    {
                        language = words.Language;
                        return true;
                    }
                }
            }
        }

        (item, language) = (string.Empty, DocumentLanguage.English);
        return false;
    }

    /// <summary>The number line over the Council's adoption line: "Resolution 2618 (2022)", "Résolution 2618 (2022)".</summary>
    public static bool TryNumberLine(string line, out DocumentKind kind, out string number, out DocumentLanguage language)
    {
        var text = Printed(line).Trim();
        foreach (var words in HeaderWording.All)
        {
            foreach (var candidate in new[] { DocumentKind.Resolution, DocumentKind.Decision })
            {
                var prefix = Printed(words.NumberLine(candidate, string.Empty));
                if (text.StartsWith(prefix, StringComparison.Ordinal) && PrintedNumber.IsMatch(text.Substring(prefix.Length)))
                {
                    (kind, number, language) = (candidate, text.Substring(prefix.Length), words.Language);
                    return true;
                }
            }
        }

        (kind, number, language) = (DocumentKind.Resolution, string.Empty, DocumentLanguage.English);
        return false;
    }

    /// <summary>A draft's sponsors line: "Albania, France and Japan: draft resolution", "Argentine, Maroc et Qatar : projet de résolution".</summary>
    public static bool TrySponsorsLine(string line, out string sponsors, out DocumentKind kind, out DocumentLanguage language)
    {
        line = line.Trim();
        var text = Printed(line);
        foreach (var words in HeaderWording.All)
        {
            var colon = Printed(words.SponsorsSeparator).Trim();
            foreach (var candidate in new[] { DocumentKind.Resolution, DocumentKind.Decision })
            {
                var status = Printed(words.DraftStatus(candidate));
                if (!text.EndsWith(status, StringComparison.Ordinal))
                {
                    continue;
                }

                // The separator as either typography sets it: "Japan: draft", "Qatar : projet".
                var before = text.Substring(0, text.Length - status.Length).TrimEnd();
                if (before.EndsWith(colon, StringComparison.Ordinal))
                {
                    var names = line.Substring(0, before.Length - colon.Length).Trim();
                    if (names.Length > 0 && char.IsUpper(names[0]) && names.IndexOf(':') < 0)
                    {
                        (sponsors, kind, language) = (names, candidate, words.Language);
                        return true;
                    }
                }
            }
        }

        (sponsors, kind, language) = (string.Empty, DocumentKind.Resolution, DocumentLanguage.English);
        return false;
    }

    /// <summary>The closing's meeting line, "89th plenary meeting", "54th (resumed) plenary meeting", "62e séance plénière".</summary>
    public static bool IsMeetingLine(string line, out DocumentLanguage language)
    {
        var text = Printed(line).Trim();
        var digits = 0;
        while (digits < text.Length && digits < 6 && char.IsDigit(text[digits]))
        {
            digits++;
        }

        language = DocumentLanguage.English;
        if (digits == 0 || !int.TryParse(text.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        foreach (var words in HeaderWording.All)
        {
            var at = Printed(words.MeetingNumber(number)) + " ";
            if (!text.StartsWith(at, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text.Substring(at.Length);
            if (words.Resumed is { } resumed)
            {
                // "(resumed)", and the bare "resumed" the UN has also printed ("9th resumed plenary meeting").
                foreach (var mark in new[] { resumed + " ", resumed.Trim('(', ')') + " " })
                {
                    if (rest.StartsWith(mark, StringComparison.Ordinal))
                    {
                        rest = rest.Substring(mark.Length);
                        break;
                    }
                }
            }

            foreach (var organ in Organ.Known)
            {
                if (words.MeetingName(organ) is { } name && string.Equals(Printed(name), rest, StringComparison.Ordinal))
                {
                    language = words.Language;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The adoption line: "Resolution adopted by the General Assembly on 18 December 2019", "Adopted by the Security
    /// Council at its 8956th meeting, on 27 January 2022", "Résolutions adoptées par l’Assemblée générale le 1er juin
    /// 2021". An organ the project does not know is read where the wording names the organ in its form.
    /// </summary>
    public static AdoptionReading? TryAdoptionLine(string line)
    {
        var text = Printed(line).Trim();

        // Every form ends with the date, and every date with its year: a cheap test before the forms are tried.
        var end = text.Length > 0 && text[text.Length - 1] == '.' ? text.Length - 1 : text.Length;
        if (end < 4 || !char.IsDigit(text[end - 1]) || !char.IsDigit(text[end - 4]))
        {
            return null;
        }

        foreach (var (words, forms) in AdoptionForms.Value)
        {
            foreach (var form in forms)
            {
                var match = form.Pattern.Match(text);
                if (!match.Success || !words.TryReadDate(match.Groups["date"].Value, out var adopted))
                {
                    continue;
                }

                var organ = form.Organ ?? FindOrgan(match.Groups["organ"].Value);
                var kind = match.Groups["kind"].Success && match.Groups["kind"].Value == words.KindWord(DocumentKind.Decision, form.InParts)
                    ? DocumentKind.Decision
                    : DocumentKind.Resolution;
                var meeting = match.Groups["meeting"].Success ? match.Groups["meeting"].Value.Trim() : null;
                return new AdoptionReading(organ, kind, meeting, adopted, form.InParts, words.Language);
            }
        }

        return null;
    }

    /// <summary>A line as printed: no-break and other spaces as spaces, a straight apostrophe as the typographic one.</summary>
    internal static string Printed(string text) =>
        Text.PrintedText.Normalize(text.IndexOf('\'') >= 0 ? text.Replace('\'', '’') : text);

    private static Organ FindOrgan(string name) => Organ.Find(name) ?? Organ.Other(name);

    private static int? YearIn(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                && (i + 4 == text.Length || !char.IsDigit(text[i + 4])) && (i == 0 || !char.IsDigit(text[i - 1])))
            {
                return int.Parse(text.Substring(i, 4), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static IReadOnlyList<Dictionary<string, int>> BuildSessions()
    {
        var kinds = new[] { string.Empty, "special", "emergency special" };
        var tables = new List<Dictionary<string, int>>();
        foreach (var words in HeaderWording.All)
        {
            var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var session = 1; session < 200; session++)
            {
                foreach (var kind in kinds)
                {
                    var line = Printed(words.Session(session, kind));
                    if (!table.ContainsKey(line))
                    {
                        table.Add(line, session);
                    }
                }
            }

            tables.Add(table);
        }

        return tables;
    }

    /// <summary>
    /// Each wording's adoption lines as patterns: the line written for every known organ, texts alone and in parts,
    /// with and without a meeting, with places for the kind, the meeting and the date; then the forms that name the
    /// organ by a place, for an organ the project does not know.
    /// </summary>
    private static IReadOnlyList<(HeaderWording Words, IReadOnlyList<AdoptionForm> Forms)> BuildAdoptionForms()
    {
        var all = new List<(HeaderWording, IReadOnlyList<AdoptionForm>)>();
        foreach (var words in HeaderWording.All)
        {
            var forms = new List<AdoptionForm>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var named in new[] { true, false })
            {
                foreach (var organ in Organ.Known)
                {
                    var written = named ? organ : organ with { Name = OrganPlace.ToString(), NameInFrench = OrganPlace.ToString() };
                    foreach (var inParts in new[] { false, true })
                    {
                        foreach (var meeting in new[] { MeetingPlace.ToString(), null })
                        {
                            var line = Printed(words.AdoptionLineText(written, KindPlace.ToString(), meeting, DatePlace.ToString(), inParts));
                            if ((named || line.IndexOf(OrganPlace) >= 0) && seen.Add((inParts ? "+" : "-") + line))
                            {
                                forms.Add(new AdoptionForm(Pattern(line, words, inParts), named ? organ : null, inParts));
                            }
                        }
                    }
                }
            }

            all.Add((words, forms));
        }

        return all;
    }

    private static Regex Pattern(string line, HeaderWording words, bool inParts)
    {
        var kinds = Regex.Escape(words.KindWord(DocumentKind.Resolution, inParts)) + "|" + Regex.Escape(words.KindWord(DocumentKind.Decision, inParts));
        var pattern = Regex.Escape(line)
            .Replace(@"\ ", @"\s+")
            .Replace(KindPlace.ToString(), "(?<kind>" + kinds + ")")
            .Replace(OrganPlace.ToString(), "(?<organ>.+?)")
            .Replace(MeetingPlace.ToString(), "(?<meeting>.+?)")
            .Replace(DatePlace.ToString(), "(?<date>.+?)");
        return new Regex("^" + pattern + @"\.?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private sealed record AdoptionForm(Regex Pattern, Organ? Organ, bool InParts);
}
