using System.Globalization;

namespace DraftingKit.Model;

/// <summary>
/// The fixed words of a header in the text's language: the organ's name, "Distr.", the dates, the session, the
/// agenda item, a draft's sponsors line, the adoption line, the number line and the closing meeting. English as the Editorial Manual sets it;
/// French as the UN's French texts print it (A/RES/75/274 in French: "Assemblée générale", "Distr. générale",
/// "29 avril 2021", "Soixante-quinzième session", "Point 14 de l’ordre du jour", "Résolution adoptée par l’Assemblée
/// générale le 28 avril 2021", "62e séance plénière"). The renderers write a header with these words and
/// <see cref="HeaderReading"/> reads one back with the same words, so what is written can always be read. The other
/// official languages print the English words until the project holds their texts to read them from.
/// </summary>
internal abstract class HeaderWording
{
    private static readonly HeaderWording EnglishWords = new English();
    private static readonly HeaderWording FrenchWords = new French();

    /// <summary>Every wording the project holds, English first: a line English and another language print alike is English.</summary>
    public static IReadOnlyList<HeaderWording> All { get; } = new[] { EnglishWords, FrenchWords };

    public static HeaderWording For(DocumentLanguage language) => language.Code == "fr" ? FrenchWords : EnglishWords;

    /// <summary>The language these words are.</summary>
    public abstract DocumentLanguage Language { get; }

    public abstract string OrganName(Organ organ);

    /// <summary>How the enacting formula names the organ: "The General Assembly", "L’Assemblée générale".</summary>
    public abstract string FormulaSubject(Organ organ);

    /// <summary>The words before the distribution: "Distr.: " ("Distr.: General").</summary>
    public abstract string DistributionPrefix { get; }

    public string Distribution(string value) => DistributionPrefix + value;

    /// <summary>The words before the language of the original: "Original: ".</summary>
    public abstract string OriginalPrefix { get; }

    public string Original(string language) => OriginalPrefix + language;

    public abstract string Date(UnDate date);

    /// <summary>"Seventy-fourth session"; <paramref name="kind"/> is "", "special" or "emergency special".</summary>
    public abstract string Session(int session, string kind);

    /// <summary>"2017 session": an organ that counts its sessions by year.</summary>
    public abstract string YearSession(int year);

    /// <summary>The words before one agenda item ("Agenda item "), before several ("Agenda items "), and after either ("").</summary>
    public abstract (string One, string Several, string After) AgendaWords { get; }

    /// <summary>The word that joins the last two of several items: " and " ("Agenda items 138 and 149").</summary>
    public abstract string And { get; }

    /// <summary>"Agenda item 106", "Agenda items 138 and 149".</summary>
    public string Agenda(string item) =>
        (item.Contains(And) || item.Contains(" and ") || item.Contains(',') ? AgendaWords.Several : AgendaWords.One) + item + AgendaWords.After;

    /// <summary>The word for the text in the adoption and number lines: "Resolution", "Decisions" (texts issued in parts).</summary>
    public abstract string KindWord(DocumentKind kind, bool inParts);

    public string AdoptionLine(Organ organ, DocumentKind kind, string? meeting, UnDate adopted, bool inParts) =>
        AdoptionLineText(organ, KindWord(kind, inParts), meeting, Date(adopted), inParts);

    /// <summary>
    /// The adoption line with the kind's word, the meeting and the date given as written: the renderers give the
    /// words, <see cref="HeaderReading"/> gives places to read them from.
    /// </summary>
    public abstract string AdoptionLineText(Organ organ, string kind, string? meeting, string date, bool inParts);

    /// <summary>A number's line when the organ titles no resolution: "Resolution 2618 (2022)".</summary>
    public string NumberLine(DocumentKind kind, string number) => KindWord(kind, inParts: false) + " " + number;

    /// <summary>What a draft is, after its sponsors: "draft resolution", "projet de décision".</summary>
    public abstract string DraftStatus(DocumentKind kind);

    /// <summary>What sets the sponsors off from the draft's status: ": " (French sets a space before the colon).</summary>
    public abstract string SponsorsSeparator { get; }

    /// <summary>A draft's sponsors line: "Albania, France and Japan: draft resolution", "Argentine, Maroc et Qatar : projet de résolution".</summary>
    public string SponsorsLine(string sponsors, DocumentKind kind) => sponsors + SponsorsSeparator + DraftStatus(kind);

    /// <summary>What the organ's adoption line or closing calls the meeting after its number ("plenary meeting"), or null when not known.</summary>
    public abstract string? MeetingName(Organ organ);

    /// <summary>The meeting's number as the closing writes it: "53rd", "62e".</summary>
    public abstract string MeetingNumber(int number);

    /// <summary>The mark of a resumed meeting between its number and its name ("54th (resumed) plenary meeting"), or null when not known.</summary>
    public abstract string? Resumed { get; }

    /// <summary>The closing's meeting line: "53rd plenary meeting", "62e séance plénière".</summary>
    public string MeetingLine(int number, string name, bool resumed = false) =>
        MeetingNumber(number) + (resumed && Resumed is { } mark ? " " + mark : string.Empty) + " " + name;

    /// <summary>
    /// Reads a date these words write (<see cref="Date"/>) back: the day and the year as digits, the month by the
    /// month name the wording writes for it.
    /// </summary>
    public virtual bool TryReadDate(string text, out UnDate date)
    {
        date = default;
        var parts = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var digits = 0;
        while (digits < parts[0].Length && digits < 2 && char.IsDigit(parts[0][digits]))
        {
            digits++;
        }

        if (digits == 0 || !int.TryParse(parts[0].Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        var written = string.Join(" ", parts);
        for (var month = 1; month <= 12; month++)
        {
            var candidate = new UnDate(year, month, day);
            if (candidate.IsValid && string.Equals(Date(candidate), written, StringComparison.OrdinalIgnoreCase))
            {
                date = candidate;
                return true;
            }
        }

        return false;
    }

    private sealed class English : HeaderWording
    {
        public override DocumentLanguage Language => DocumentLanguage.English;

        public override string OrganName(Organ organ) => organ.Name;

        public override string FormulaSubject(Organ organ) => organ.FormulaSubject;

        public override string DistributionPrefix => "Distr.: ";

        public override string OriginalPrefix => "Original: ";

        public override string Date(UnDate date) => date.ToString();

        // The inverse of UnDate's own form, which also reads ISO dates ("2019-12-18").
        public override bool TryReadDate(string text, out UnDate date) => UnDate.TryParse(text, out date);

        public override string Session(int session, string kind) =>
            Numerals.Capitalize(Numerals.ToOrdinalWords(session)) + (kind.Length > 0 ? " " + kind : string.Empty) + " session";

        public override string YearSession(int year) => year.ToString(CultureInfo.InvariantCulture) + " session";

        public override (string One, string Several, string After) AgendaWords => ("Agenda item ", "Agenda items ", string.Empty);

        public override string And => " and ";

        public override string KindWord(DocumentKind kind, bool inParts) => (kind == DocumentKind.Decision ? "Decision" : "Resolution") + (inParts ? "s" : string.Empty);

        public override string AdoptionLineText(Organ organ, string kind, string? meeting, string date, bool inParts) =>
            Organ.FillAdoptionLine(organ.AdoptionLineForm, kind, organ.Name, meeting, date);

        public override string DraftStatus(DocumentKind kind) => kind == DocumentKind.Decision ? "draft decision" : "draft resolution";

        public override string SponsorsSeparator => ": ";

        public override string? MeetingName(Organ organ) => organ.MeetingName;

        public override string MeetingNumber(int number) => Numerals.ToOrdinalSuffixed(number);

        public override string? Resumed => "(resumed)";
    }

    private sealed class French : HeaderWording
    {
        private static readonly string[] Months =
        {
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        };

        public override DocumentLanguage Language { get; } = DocumentLanguage.Find("fr")!;

        public override string OrganName(Organ organ) => organ.NameInFrench ?? organ.Name;

        public override string FormulaSubject(Organ organ) => organ.FormulaSubjectInFrench ?? organ.FormulaSubject;

        // French sets no colon after the abbreviation: "Distr. générale".
        public override string DistributionPrefix => "Distr. ";

        // A space before the colon, as French typography sets it (a no-break space in print).
        public override string OriginalPrefix => "Original\u00A0: ";

        public override string Date(UnDate date) => date.Month is >= 1 and <= 12
            ? (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + " " + Months[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture)
            : date.ToString();

        public override string Session(int session, string kind) =>
            (session is >= 1 and <= 99 ? Numerals.Capitalize(FrenchNumerals.ToOrdinalWords(session)) : session.ToString(CultureInfo.InvariantCulture) + "e")
            + " session" + kind switch
            {
                "special" => " extraordinaire",
                "emergency special" => " extraordinaire d’urgence",
                _ => string.Empty,
            };

        public override string YearSession(int year) => "Session de " + year.ToString(CultureInfo.InvariantCulture);

        public override (string One, string Several, string After) AgendaWords => ("Point ", "Points ", " de l’ordre du jour");

        public override string And => " et ";

        public override string KindWord(DocumentKind kind, bool inParts) => (kind == DocumentKind.Decision ? "Décision" : "Résolution") + (inParts ? "s" : string.Empty);

        public override string AdoptionLineText(Organ organ, string kind, string? meeting, string date, bool inParts) =>
            Organ.FillAdoptionLine(organ.AdoptionLineFormInFrench ?? organ.AdoptionLineForm, kind, OrganName(organ), meeting, date)
                .Replace("adoptée par", inParts ? "adoptées par" : "adoptée par");

        public override string DraftStatus(DocumentKind kind) => kind == DocumentKind.Decision ? "projet de décision" : "projet de résolution";

        // A no-break space before the colon, as French typography sets it (A/75/L.81: "… : projet de résolution").
        public override string SponsorsSeparator => "\u00A0: ";

        public override string? MeetingName(Organ organ) => organ.MeetingNameInFrench;

        // A meeting (séance) is feminine: "1re séance plénière", "62e séance plénière".
        public override string MeetingNumber(int number) => number.ToString(CultureInfo.InvariantCulture) + (number == 1 ? "re" : "e");

        public override string? Resumed => null;
    }
}
