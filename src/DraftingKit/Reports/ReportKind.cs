namespace DraftingKit.Reports;

/// <summary>The kinds of report that carry recommended texts.</summary>
public enum ReportKind
{
    /// <summary>
    /// A Main Committee's report to the General Assembly (seeds 000, 002): header block, "I. Introduction",
    /// "II. Consideration of proposals", "III. Recommendations of the Third Committee".
    /// </summary>
    CommitteeReport,

    /// <summary>
    /// A functional commission's report to the Economic and Social Council (seed 001): "Chapter I" with sections A to
    /// D of draft resolutions, draft decisions and matters brought to the Council's attention.
    /// </summary>
    CommissionReport,
}

/// <summary>How a report numbers the footnotes of its own paragraphs and of the texts it recommends.</summary>
public enum ReportFootnoteScheme
{
    /// <summary>
    /// The report's notes are numbered from 1 and every recommended text restarts at 1, as in the Third Committee's
    /// reports (seed 000: the report's note 1 on its summary records, then each draft's notes 1, 2, 3 …).
    /// </summary>
    RestartPerText,

    /// <summary>
    /// One count runs through the whole chapter, texts included, as in the Commission's report to the Council
    /// (seed 001: notes 1 to 72 across eight draft texts and four adopted resolutions).
    /// </summary>
    Continuous,
}

/// <summary>What follows from the kind of a report: its footnote scheme and how it numbers its texts.</summary>
public static class ReportKinds
{
    /// <summary>The front-matter value of <paramref name="kind"/>: "committee-report" or "commission-report".</summary>
    public static string Name(ReportKind kind) => kind == ReportKind.CommissionReport ? "commission-report" : "committee-report";

    /// <summary>The footnote scheme the UN uses for reports of <paramref name="kind"/>.</summary>
    public static ReportFootnoteScheme FootnoteScheme(ReportKind kind) =>
        kind == ReportKind.CommissionReport ? ReportFootnoteScheme.Continuous : ReportFootnoteScheme.RestartPerText;

    /// <summary>
    /// True when the draft resolutions and decisions are numbered afresh in each lettered section (seed 001: section
    /// A has draft resolutions I–III, section B starts again at I); a committee report numbers them through the
    /// report (seed 002: draft resolutions I–XI under paragraph 47).
    /// </summary>
    public static bool NumbersTextsPerSection(ReportKind kind) => kind == ReportKind.CommissionReport;

    /// <summary>
    /// True when a decision of one sentence takes a report paragraph number ("4. The Economic and Social Council
    /// decides to endorse …", seed 001, draft decision III); a committee report prints it unnumbered.
    /// </summary>
    public static bool NumbersSingleSentenceDecisions(ReportKind kind) => kind == ReportKind.CommissionReport;
}
