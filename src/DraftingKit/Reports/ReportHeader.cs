using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>
/// The metadata of a report, from its front matter: the header block of the published document (organ,
/// distribution, date, languages, session, agenda item, title, rapporteur) and, for a commission report, the chapter.
/// </summary>
public sealed record ReportHeader
{
    /// <summary>Committee report or commission report.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>The organ the report is addressed to and whose masthead it carries: the General Assembly.</summary>
    public Organ Organ { get; init; } = Organ.GeneralAssembly;

    /// <summary>The body that reports: "Third Committee", "Commission on Crime Prevention and Criminal Justice".</summary>
    public string? Committee { get; init; }

    /// <summary>The report's symbol, e.g. "A/72/438".</summary>
    public string? Symbol { get; init; }

    /// <summary>"General".</summary>
    public string? Distribution { get; init; }

    /// <summary>The date of issue; sponsor names are checked against the names in use on this date.</summary>
    public UnDate? Issued { get; init; }

    /// <summary>The language of the original: "Spanish". The English version then prints "English" above it.</summary>
    public string? OriginalLanguage { get; init; }

    /// <summary>The session: 72 for the seventy-second session of the General Assembly.</summary>
    public int? Session { get; init; }

    /// <summary>The agenda item as printed: "107", "69 (b)".</summary>
    public string? AgendaItem { get; init; }

    /// <summary>The title of the agenda item: "Crime prevention and criminal justice".</summary>
    public string? AgendaTitle { get; init; }

    /// <summary>The rapporteur as printed: "Mr. Edgar Andrés Molina Linares".</summary>
    public string? Rapporteur { get; init; }

    /// <summary>The State of the rapporteur, printed in brackets after the name: "Guatemala".</summary>
    public string? RapporteurState { get; init; }

    /// <summary>The chapter of a commission report: "I".</summary>
    public string? Chapter { get; init; }

    /// <summary>The chapter's title: "Matters calling for action by the Economic and Social Council or brought to its attention".</summary>
    public string? ChapterTitle { get; init; }

    /// <summary>The year the meetings were held in, when the session does not say it (a commission's session).</summary>
    public int? Year { get; init; }

    /// <summary>Where each front-matter field stands, for diagnostics on the header.</summary>
    public EquatableArray<HeaderField> Fields { get; init; }

    /// <summary>The footnote scheme: from the kind of report.</summary>
    public ReportFootnoteScheme FootnoteScheme => ReportKinds.FootnoteScheme(Kind);

    /// <summary>"Report of the Third Committee".</summary>
    public string? TitleLine => Committee is { } committee ? "Report of the " + committee : null;

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
