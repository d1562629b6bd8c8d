namespace DraftingKit.Rules;

/// <summary>
/// The ids of the drafting rules. Stable forever: a retired id stays here as a comment and is never reused.
/// Ranges by category are listed in docs/rules/ranges.txt.
/// </summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each constant is documented by its rule page, docs/rules/DK####.md.
    public const string EnactingFormula = "DK1001";
    public const string OrganTitle = "DK1010";
    public const string AdoptionLine = "DK1011";
    public const string NegotiationMarks = "DK1030";
    public const string PreambularLeadForm = "DK1101";
    public const string PreambularLeadItalic = "DK1102";
    public const string PreambularPunctuation = "DK1103";
    public const string PreambularAdverbOrder = "DK1104";
    public const string PreambularAdverbFirst = "DK1105";
    public const string PreambularLeadUnknown = "DK1106";
    public const string OperativeLeadForm = "DK2001";
    public const string OperativeLeadItalic = "DK2002";
    public const string OperativePunctuation = "DK2003";
    public const string OperativeAdverbLadder = "DK2004";
    public const string OperativeAlsoWithoutAntecedent = "DK2005";
    public const string OperativeLeadUnknown = "DK2006";
    public const string OperativeNumbering = "DK3001";
    public const string SingleParagraphNumbered = "DK3002";
    public const string SubparagraphLabels = "DK3003";
    public const string SubparagraphPunctuation = "DK3004";
    public const string FootnoteNumbering = "DK4001";
    public const string FootnoteRepeatedMarker = "DK4002";
    public const string FootnoteMarkerPlacement = "DK4003";
    public const string CitationUnknown = "DK5001";
    public const string CitationWrongDate = "DK5002";
    public const string CitationImpossibleDate = "DK5003";
    public const string CitationInconsistentDates = "DK5004";
    public const string CitationFirstMentionUndated = "DK5005";
    public const string CitationNumberBeyond = "DK5020";
    public const string CitationRepeatedInList = "DK5021";
    public const string CitationForm = "DK5030";
    public const string PresidentialStatement = "DK5040";
    public const string DocumentSymbolForm = "DK6001";
    public const string DateForm = "DK7001";
    public const string ImpossibleDate = "DK7002";
    public const string SessionOrdinal = "DK7003";
    public const string TypographicQuotes = "DK7004";
    public const string PresentResolution = "DK7005";
    public const string Placeholder = "DK7020";
    public const string WordUsage = "DK7021";
    public const string CountryNameArticle = "DK7022";
    public const string SessionConsistency = "DK7023";
    public const string EntitledTitle = "DK7024";
    public const string FormerStateName = "DK7025";
    public const string ReportCrossReference = "DK8001";
    public const string ReportRecommendedTexts = "DK8002";
    public const string ReportSubsectionLetters = "DK8003";
    public const string SponsorName = "DK8004";
    public const string SponsorOrder = "DK8005";
    public const string MeetingOrdinal = "DK8006";
    public const string MeetingDate = "DK8007";
#pragma warning restore CS1591
}
