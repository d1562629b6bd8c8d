using System.Globalization;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// The fixed words of a header in the text's language: the organ's name, "Distr.", the dates, the session, the
/// agenda item and the adoption line. English as the Editorial Manual sets it; French as the UN's French texts print
/// it (A/RES/75/274 in French: "Assemblée générale", "Distr. générale", "29 avril 2021", "Soixante-quinzième session",
/// "Point 14 de l’ordre du jour", "Résolution adoptée par l’Assemblée générale le 28 avril 2021"). The other official
/// languages print the English words until the project holds their texts to read them from.
/// </summary>
internal abstract class HeaderWording
{
    private static readonly HeaderWording EnglishWords = new English();
    private static readonly HeaderWording FrenchWords = new French();

    public static HeaderWording For(DocumentLanguage language) => language.Code == "fr" ? FrenchWords : EnglishWords;

    public abstract string OrganName(Organ organ);

    public abstract string Distribution(string value);

    public abstract string Original(string language);

    public abstract string Date(UnDate date);

    /// <summary>"Seventy-fourth session"; <paramref name="kind"/> is "", "special" or "emergency special".</summary>
    public abstract string Session(int session, string kind);

    /// <summary>"2017 session": an organ that counts its sessions by year.</summary>
    public abstract string YearSession(int year);

    /// <summary>"Agenda item 106", "Agenda items 138 and 149".</summary>
    public abstract string Agenda(string item);

    public abstract string AdoptionLine(Organ organ, DocumentKind kind, string? meeting, UnDate adopted, bool inParts);

    /// <summary>A number's line when the organ titles no resolution: "Resolution 2618 (2022)".</summary>
    public abstract string NumberLine(DocumentKind kind, string number);

    private sealed class English : HeaderWording
    {
        public override string OrganName(Organ organ) => organ.Name;

        public override string Distribution(string value) => "Distr.: " + value;

        public override string Original(string language) => "Original: " + language;

        public override string Date(UnDate date) => date.ToString();

        public override string Session(int session, string kind) =>
            Numerals.Capitalize(Numerals.ToOrdinalWords(session)) + (kind.Length > 0 ? " " + kind : string.Empty) + " session";

        public override string YearSession(int year) => year.ToString(CultureInfo.InvariantCulture) + " session";

        public override string Agenda(string item) => (item.Contains(" and ") || item.Contains(',') ? "Agenda items " : "Agenda item ") + item;

        public override string AdoptionLine(Organ organ, DocumentKind kind, string? meeting, UnDate adopted, bool inParts) =>
            organ.AdoptionLine(kind, meeting, adopted, inParts);

        public override string NumberLine(DocumentKind kind, string number) => kind + " " + number;
    }

    private sealed class French : HeaderWording
    {
        private static readonly string[] Months =
        {
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        };

        public override string OrganName(Organ organ) => organ.NameInFrench ?? organ.Name;

        // French sets no colon after the abbreviation: "Distr. générale".
        public override string Distribution(string value) => "Distr. " + value;

        // A space before the colon, as French typography sets it (a no-break space in print).
        public override string Original(string language) => "Original\u00A0: " + language;

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

        public override string Agenda(string item) =>
            (item.Contains(" et ") || item.Contains(" and ") || item.Contains(',') ? "Points " : "Point ") + item + " de l’ordre du jour";

        public override string AdoptionLine(Organ organ, DocumentKind kind, string? meeting, UnDate adopted, bool inParts) =>
            Organ.FillAdoptionLine(
                organ.AdoptionLineFormInFrench ?? organ.AdoptionLineForm,
                (kind == DocumentKind.Decision ? "Décision" : "Résolution") + (inParts ? "s" : string.Empty),
                OrganName(organ),
                meeting,
                Date(adopted)).Replace("adoptée par", inParts ? "adoptées par" : "adoptée par");

        public override string NumberLine(DocumentKind kind, string number) => (kind == DocumentKind.Decision ? "Décision " : "Résolution ") + number;
    }
}
