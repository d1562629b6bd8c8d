namespace DraftingKit.Model;

/// <summary>Whether a text is a resolution or a decision.</summary>
public enum DocumentKind
{
    /// <summary>A resolution: preamble and numbered operative paragraphs.</summary>
    Resolution,

    /// <summary>A decision: lettered paragraphs or a single sentence.</summary>
    Decision,
}

/// <summary>Where a text stands in its life.</summary>
public enum DocumentStatus
{
    /// <summary>A draft, standalone or inside a report ("Draft resolution IV").</summary>
    Draft,

    /// <summary>An adopted text with its number, date of adoption and meeting.</summary>
    Adopted,
}

/// <summary>
/// The metadata of a resolution or decision, from the template's front matter: what the header block of the
/// published document shows, and what the rules compare the text with.
/// </summary>
public sealed record DocumentHeader
{
    /// <summary>Resolution or decision.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>Draft or adopted.</summary>
    public DocumentStatus Status { get; init; }

    /// <summary>The adopting organ.</summary>
    public Organ Organ { get; init; } = Organ.GeneralAssembly;

    /// <summary>The document symbol, e.g. "A/RES/74/177" or "A/C.3/72/L.11/Rev.1".</summary>
    public string? Symbol { get; init; }

    /// <summary>The number of the resolution or decision, e.g. "74/177", "2017/15", "26/1".</summary>
    public string? Number { get; init; }

    /// <summary>How a report labels the draft: "Draft resolution IV", "Draft decision I".</summary>
    public string? Label { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The session: 74 for the General Assembly's seventy-fourth, 2017 for the Council's 2017 session.</summary>
    public int? Session { get; init; }

    /// <summary>The agenda item as printed: "106", "69 (b)".</summary>
    public string? AgendaItem { get; init; }

    /// <summary>
    /// The title of the agenda item; for a text under several items ("Agenda items 139 and 151"), each item's title on
    /// a line of its own, as the cover prints them.
    /// </summary>
    public string? AgendaTitle { get; init; }

    /// <summary>The distribution: "General", "Limited".</summary>
    public string? Distribution { get; init; }

    /// <summary>The date of issue printed under the distribution.</summary>
    public UnDate? Issued { get; init; }

    /// <summary>The date of adoption.</summary>
    public UnDate? Adopted { get; init; }

    /// <summary>
    /// The bracketed line under the adoption line, without brackets: "on the report of the Third Committee
    /// (A/74/400)" or "without reference to a Main Committee (A/75/L.1)".
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// The members that submit a draft, as its sponsors line names them before ": draft resolution" ("Albania, France,
    /// Japan and United States of America"); printed under the masthead of a draft, never on an adopted text.
    /// </summary>
    public string? Sponsors { get; init; }

    /// <summary>The meeting at which the text was adopted: "50th plenary meeting".</summary>
    public string? Meeting { get; init; }

    /// <summary>The language of the original, when it is not English.</summary>
    public string? OriginalLanguage { get; init; }

    /// <summary>
    /// The language the text is written in (the template's <c>language</c> key): English unless it says otherwise. The
    /// AKN4UN, Word and HTML renderings declare it; the drafting rules read English and do not run on another.
    /// </summary>
    public DocumentLanguage Language { get; init; } = DocumentLanguage.English;

    /// <summary>
    /// How an AKN4UN export marks up lettered subparagraphs when the text came from a UN file that does not use
    /// points: "paragraphs" (an unnumbered paragraph opening "(a)") or "numbered" (the label in a paragraph's num);
    /// null for points. The import records the form of its file so that <c>render --format akn</c> gives it back.
    /// </summary>
    public string? AknSubparagraphs { get; init; }

    /// <summary>"numbered" when an AKN4UN export sets section-heading numbers in the paragraph's num; null for the text.</summary>
    public string? AknHeadings { get; init; }

    /// <summary>
    /// The places of the headings an AKN4UN export sets as a container of their own ("7", "3 7"), in reading order among
    /// all headings; null when every heading is a subheading (<see cref="AknHeadingContainers"/>).
    /// </summary>
    public string? AknHeadingContainers { get; init; }

    /// <summary>"numbered" when an AKN4UN export sets the bullet opening a paragraph ("• All types …") in its num; null for the text.</summary>
    public string? AknBullets { get; init; }

    /// <summary>
    /// The subparagraphs an AKN4UN export writes in another form than <see cref="AknSubparagraphs"/>, by their place
    /// in reading order ("numbered 3-4 9; points 1-2"): the UN file they were imported from mixes forms.
    /// </summary>
    public string? AknSubparagraphExceptions { get; init; }

    /// <summary>
    /// The section headings an AKN4UN export numbers in another form than <see cref="AknHeadings"/>, by their place
    /// among the text's headings in reading order ("in-text 1 4-6"): the UN file they were imported from mixes forms.
    /// </summary>
    public string? AknHeadingExceptions { get; init; }

    /// <summary>
    /// The preambular paragraphs an AKN4UN export sets as unnumbered paragraphs at the head of the main body, by their
    /// place among the preambular paragraphs in reading order ("12"): the UN file they were imported from sets them there.
    /// </summary>
    public string? AknPreambleInMainBody { get; init; }

    /// <summary>Where each front-matter field stands, for diagnostics on the header.</summary>
    public EquatableArray<HeaderField> Fields { get; init; }

    /// <summary>The span of the field named <paramref name="key"/>, or null when the front matter lacks it.</summary>
    public SourceSpan? SpanOf(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field.ValueSpan;
            }
        }

        return null;
    }
}

/// <summary>A front-matter key and the span of its value.</summary>
public sealed record HeaderField(string Key, string Value, SourceSpan KeySpan, SourceSpan ValueSpan);
