using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>A block of a report's body, in reading order.</summary>
public abstract record ReportBlock(SourceSpan Span);

/// <summary>
/// A heading: a section ("I. Introduction", level 1), a lettered subsection ("A. Draft resolution A/C.3/72/L.2",
/// level 2) or a free heading (level 3, "Decision 26/1"). <see cref="Designation"/> is the numeral or letter before
/// the full stop, when there is one.
/// </summary>
public sealed record ReportHeading(int Level, string? Designation, InlineText Text, SourceSpan Span) : ReportBlock(Span);

/// <summary>
/// A numbered paragraph of the report written as text ("2. The Third Committee held a general discussion …"). The
/// printed number is computed (<see cref="ReportLayout"/>); <see cref="WrittenNumber"/> is the number in the template,
/// which sets the count only for the report's first paragraph (a report re-authored from paragraph 47 on).
/// </summary>
public sealed record ReportParagraph(InlineText Text, int? WrittenNumber, SourceSpan Span) : ReportBlock(Span);

/// <summary>
/// A numbered paragraph of the report generated from structured data: the formulaic account of one step in the
/// consideration of a proposal (<see cref="Proceeding"/>).
/// </summary>
public sealed record ProceedingParagraph(Proceeding Proceeding, SourceSpan Span) : ReportBlock(Span);

/// <summary>An unnumbered line of report text: the items "(a) Report of the Secretary-General …" of a list of documents.</summary>
public sealed record ReportText(InlineText Text, SourceSpan Span) : ReportBlock(Span);

/// <summary>
/// A resolution or decision the report carries, read from its own <c>*.res.md</c> template. <see cref="Id"/> names it
/// in cross-references ("text: L6"); <see cref="Document"/> is null when the template could not be read.
/// </summary>
public sealed record RecommendedText(string Id, string TemplatePath, ResolutionDocument? Document, SourceSpan Span) : ReportBlock(Span)
{
    /// <summary>Resolution or decision, from the template.</summary>
    public DocumentKind Kind => Document?.Header.Kind ?? DocumentKind.Resolution;

    /// <summary>True for a draft (numbered by the report); an adopted text keeps its own label ("Resolution 26/1").</summary>
    public bool IsDraft => Document is null || Document.Header.Status == DocumentStatus.Draft;

    /// <summary>True for a decision of one sentence, whose formula runs on into its only paragraph.</summary>
    public bool IsSingleSentence
    {
        get
        {
            if (Document is null || Document.Parts.Count != 1)
            {
                return false;
            }

            return Document.Parts[0].Formula is { RunsOn: true };
        }
    }
}

/// <summary>A report: header, body blocks in reading order, and the footnotes of its own paragraphs.</summary>
public sealed record ReportDocument(string Path, ReportHeader Header, EquatableArray<ReportBlock> Blocks, EquatableArray<Footnote> Footnotes)
{
    /// <summary>The texts the report carries, in order.</summary>
    public System.Collections.Generic.IEnumerable<RecommendedText> Texts()
    {
        foreach (var block in Blocks)
        {
            if (block is RecommendedText text)
            {
                yield return text;
            }
        }
    }
}
