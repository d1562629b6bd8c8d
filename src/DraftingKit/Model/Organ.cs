namespace DraftingKit.Model;

/// <summary>How an organ numbers its resolutions.</summary>
public enum OrganNumbering
{
    /// <summary>Session and number: "74/177" (General Assembly, Human Rights Council, commissions).</summary>
    Session,

    /// <summary>Year and number: "2017/15" (Economic and Social Council).</summary>
    Year,

    /// <summary>A running number and the year: "2250 (2015)" (Security Council).</summary>
    NumberAndYear,
}

/// <summary>
/// A United Nations organ that adopts resolutions or decisions, and the form it gives them. <see cref="FormulaSubject"/>
/// is how the enacting formula names it ("The General Assembly"). The organs DraftingKit knows and their practice
/// are data (<c>Model/organs.tsv</c>); everything that depends on the organ reads it from here.
/// </summary>
public sealed record Organ(string Name, string FormulaSubject, string SymbolPrefix, bool CountsSessionsByYear)
{
    /// <summary>The short name the front matter may use instead of the name ("security-council"); empty for an unknown organ.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The prefix of the symbols of its resolutions ("S/RES/"), or null when they have none of their own.</summary>
    public string? ResolutionSymbolPrefix { get; init; }

    /// <summary>How its resolutions are numbered.</summary>
    public OrganNumbering Numbering { get; init; } = OrganNumbering.Session;

    /// <summary>False for an organ that meets without numbered sessions (the Security Council): no session line.</summary>
    public bool MeetsInSessions { get; init; } = true;

    /// <summary>False when its resolutions bear no title (Editorial Manual: Security Council resolutions).</summary>
    public bool TitlesResolutions { get; init; } = true;

    /// <summary>The adoption line with <c>{kind}</c>, <c>{organ}</c>, <c>{meeting}</c> and <c>{date}</c> to fill in; the part in brackets names the meeting.</summary>
    public string AdoptionLineForm { get; init; } = "{kind} adopted by the {organ} on {date}";

    /// <summary>The organ's name in French ("Assemblée générale"), or null when the project does not hold it.</summary>
    public string? NameInFrench { get; init; }

    /// <summary>The adoption line's form in French, as <see cref="AdoptionLineForm"/>; null when the project does not hold it.</summary>
    public string? AdoptionLineFormInFrench { get; init; }

    /// <summary>How the enacting formula names the organ in French ("L’Assemblée générale"), or null when the project does not hold it.</summary>
    public string? FormulaSubjectInFrench { get; init; }

    /// <summary>What the closing or adoption line calls the meeting in French ("séance plénière"), or null when the project does not hold it.</summary>
    public string? MeetingNameInFrench { get; init; }

    /// <summary>True when the meeting and date close the text; false when the adoption line on the cover names them.</summary>
    public bool ClosesWithMeeting { get; init; } = true;

    /// <summary>The words before "resolution" when a text refers to itself: "the present" or "this".</summary>
    public string SelfReference { get; init; } = "the present";

    /// <summary>
    /// True when a repeated lead climbs "Also" then "Further", the adverb before an operative verb and after a preambular
    /// participle (the General Assembly's practice); false when the organ writes either order (the Security Council).
    /// </summary>
    public bool KeepsRepeatLadder { get; init; } = true;

    /// <summary>True when the organ's texts also spell "-ise" ("Recognising", "Authorises"), as the Security Council's do.</summary>
    public bool AcceptsIseSpelling { get; init; }

    /// <summary>
    /// True when a subparagraph of a running series may also end with "," and the one before the last with ", and"
    /// or ", or", as the Security Council's lists do; false when only ";" and "; and" are right (the General Assembly).
    /// </summary>
    public bool AcceptsCommaSeries { get; init; }

    /// <summary>What the last operative paragraph "Decides to …" when the organ keeps a situation under review ("remain seized of the matter"); null when it has no such practice.</summary>
    public string? SeizedClosing { get; init; }

    /// <summary>The organ's code in AKN4UN work URIs ("unga", "unsc"), its FRBR author id ("ga", "sc") and its ontology name ("generalAssembly").</summary>
    public (string Code, string Author, string Ontology)? AknNames { get; init; }

    /// <summary>The catalog's code for the organ ("GA", "SC"), or null.</summary>
    public string? CatalogCode { get; init; }

    /// <summary>What its adoption line or closing calls the meeting after its number ("plenary meeting", "meeting"), or null when not known.</summary>
    public string? MeetingName { get; init; }

    /// <summary>The General Assembly; sessions are numbered ("Seventy-fourth session").</summary>
    public static Organ GeneralAssembly => OrganTable.Known[0];

    /// <summary>The Security Council: resolutions numbered "2250 (2015)", no title, the meeting in the adoption line.</summary>
    public static Organ SecurityCouncil => OrganTable.Known[1];

    /// <summary>The Economic and Social Council; sessions are named by year ("2017 session").</summary>
    public static Organ EconomicAndSocialCouncil => OrganTable.Known[2];

    /// <summary>The Human Rights Council.</summary>
    public static Organ HumanRightsCouncil => OrganTable.Known[3];

    /// <summary>Every organ DraftingKit knows, the functional commissions of the Economic and Social Council included.</summary>
    public static IReadOnlyList<Organ> Known => OrganTable.Known;

    /// <summary>Finds a known organ by its name or key ("Security Council", "security-council"), ignoring case; null when not known.</summary>
    public static Organ? Find(string name)
    {
        var trimmed = name.Trim();
        foreach (var organ in Known)
        {
            if (string.Equals(organ.Name, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(organ.Key, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return organ;
            }
        }

        return null;
    }

    /// <summary>
    /// The organ whose symbols <paramref name="symbol"/> follows ("S/RES/2250 (2015)", "S/2024/123" → the Security
    /// Council; "E/CN.6/2022/L.7" → the Commission on the Status of Women), by the longest prefix; null when none.
    /// </summary>
    public static Organ? OfSymbol(string symbol)
    {
        Organ? best = null;
        foreach (var organ in Known)
        {
            if (symbol.StartsWith(organ.SymbolPrefix, StringComparison.Ordinal) && (best is null || organ.SymbolPrefix.Length > best.SymbolPrefix.Length))
            {
                best = organ;
            }
        }

        return best;
    }

    /// <summary>An organ named in front matter that DraftingKit does not know; the formula is derived from the name.</summary>
    public static Organ Other(string name) => new(name, "The " + name, string.Empty, false);

    /// <summary>How a text of this organ refers to itself: "the present resolution", "this resolution".</summary>
    public string SelfReferenceTo(DocumentKind kind) => SelfReference + (kind == DocumentKind.Decision ? " decision" : " resolution");

    /// <summary>The symbol of its resolution <paramref name="number"/> ("S/RES/2250 (2015)"), or null when its resolutions have no symbol of their own.</summary>
    public string? ResolutionSymbol(string number) => ResolutionSymbolPrefix is { } prefix ? prefix + number : null;

    /// <summary>
    /// The adoption line: "Resolution adopted by the General Assembly on 18 December 2019", "Adopted by the Security
    /// Council at its 7573rd meeting, on 9 December 2015". Texts issued together in parts (A, B …) are
    /// "Resolutions adopted by the General Assembly on …", as their cover prints them.
    /// </summary>
    public string AdoptionLine(DocumentKind kind, string? meeting, UnDate adopted, bool inParts = false) =>
        FillAdoptionLine(AdoptionLineForm, (kind == DocumentKind.Decision ? "Decision" : "Resolution") + (inParts ? "s" : string.Empty), Name, meeting, adopted.ToString());

    /// <summary>
    /// <paramref name="form"/> (an adoption line form, in any language) filled in: <paramref name="kind"/> is the word
    /// for the text ("Resolution", "Résolution"), <paramref name="date"/> the date as the language writes it.
    /// </summary>
    public static string FillAdoptionLine(string form, string kind, string organ, string? meeting, string date)
    {
        // "[ at its {meeting},]" is the part that names the meeting: dropped for a text adopted without one (the
        // Council's written procedure of 2020: "Adopted by the Security Council on 2 June 2020").
        var open = form.IndexOf('[');
        var close = form.IndexOf(']');
        if (open >= 0 && close > open)
        {
            form = meeting is null
                ? form.Substring(0, open) + form.Substring(close + 1)
                : form.Substring(0, open) + form.Substring(open + 1, close - open - 1) + form.Substring(close + 1);
        }

        return form
            .Replace("{kind}", kind)
            .Replace("{organ}", organ)
            .Replace("{meeting}", meeting ?? string.Empty)
            .Replace("{date}", date);
    }
}
