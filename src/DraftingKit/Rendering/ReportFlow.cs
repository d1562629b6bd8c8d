using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rendering;

/// <summary>
/// A report in the order it prints, for the renderers that write report text through a resolution renderer
/// (Markdown, HTML, Word): stretches of the report's own text as a body of blocks with the notes first cited in
/// them, and the recommended texts, each with the footnote numbers the report kind gives it.
/// </summary>
/// <remarks>
/// The report's own notes are numbered on through the report; a recommended text continues that count in a report
/// whose notes run continuously (seed 001: 1 to 72) and restarts at 1 in one whose texts restart (seed 000).
/// </remarks>
internal static class ReportFlow
{
    public static IEnumerable<ReportFlowItem> Of(ReportDocument report, ReportLayout layout)
    {
        var continuous = report.Header.FootnoteScheme == ReportFootnoteScheme.Continuous;
        var cited = new HashSet<string>(System.StringComparer.Ordinal);
        var segment = new List<BodyBlock>();
        var count = 0;

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    segment.Add(new Heading(CrossReferenceTokens.Resolve(heading.Text, layout), heading.Level, heading.Span));
                    break;
                case ReportParagraph paragraph:
                    segment.Add(new TextParagraph(Number(layout, block), CrossReferenceTokens.Resolve(paragraph.Text, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case ProceedingParagraph proceeding:
                    segment.Add(new TextParagraph(Number(layout, block), ProceedingNarrative.Write(proceeding.Proceeding, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case ReportText line:
                    segment.Add(new TextParagraph(null, CrossReferenceTokens.Resolve(line.Text, layout), EquatableArray<Subparagraph>.Empty, block.Span));
                    break;
                case RecommendedText recommended when recommended.Document is { } document:
                    if (Stretch(report, segment, cited, ref count) is { } before)
                    {
                        yield return before;
                    }

                    var notesBefore = count;
                    var numbering = FootnoteNumbering.For(document, continuous ? count + 1 : 1);
                    if (continuous)
                    {
                        count += numbering.Count;
                    }

                    yield return new RecommendedFlowItem(recommended, document, numbering, layout.NumberOf(block), notesBefore);
                    break;
            }
        }

        if (Stretch(report, segment, cited, ref count) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The report text gathered since the last recommended text, with the notes first cited in it.</summary>
    private static ReportTextFlowItem? Stretch(ReportDocument report, List<BodyBlock> segment, HashSet<string> cited, ref int count)
    {
        if (segment.Count == 0)
        {
            return null;
        }

        var notes = new List<Footnote>();
        foreach (var text in DocumentText.Blocks(EquatableArray.From(segment)))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (cited.Add(reference.Label) && Find(report, reference.Label) is { } footnote)
                {
                    notes.Add(footnote);
                }
            }
        }

        var part = new DocumentPart(null, null, null, EquatableArray<BodyBlock>.Empty, EquatableArray.From(segment), SourceSpan.None);
        var document = new ResolutionDocument(report.Path, new DocumentHeader(), EquatableArray.Create(part), EquatableArray<Annex>.Empty, EquatableArray.From(notes));
        var numbering = FootnoteNumbering.For(document, count + 1);
        count += numbering.Count;
        segment.Clear();
        return new ReportTextFlowItem(document, numbering);
    }

    private static Footnote? Find(ReportDocument report, string label)
    {
        foreach (var footnote in report.Footnotes)
        {
            if (footnote.Label == label)
            {
                return footnote;
            }
        }

        return null;
    }

    private static string? Number(ReportLayout layout, ReportBlock block) =>
        layout.NumberOf(block) is int number ? number.ToString(CultureInfo.InvariantCulture) : null;
}

/// <summary>One item of a report in print order.</summary>
internal abstract record ReportFlowItem(ResolutionDocument Document, FootnoteNumbering Numbering);

/// <summary>A stretch of the report's own text, as a body of blocks, with the notes first cited in it.</summary>
internal sealed record ReportTextFlowItem(ResolutionDocument Document, FootnoteNumbering Numbering) : ReportFlowItem(Document, Numbering);

/// <summary>
/// A recommended text, with its footnote numbers, for a decision of one sentence its report paragraph number, and
/// the count of notes numbered before it (where a committee report's own notes go on after the text).
/// </summary>
internal sealed record RecommendedFlowItem(RecommendedText Recommended, ResolutionDocument Document, FootnoteNumbering Numbering, int? ParagraphNumber, int NotesBefore)
    : ReportFlowItem(Document, Numbering)
{
    /// <summary>
    /// The text as the report prints it: under its label ("Draft resolution II"), and a decision of one sentence
    /// with the report's paragraph number before its formula (seed 001, draft decision III: "4. The Economic and
    /// Social Council decides …").
    /// </summary>
    public ResolutionDocument Shown(ReportLayout layout)
    {
        var labelled = Document with { Header = Document.Header with { Label = layout.LabelOf(Recommended) } };
        if (ParagraphNumber is not int number || labelled.Parts.Count == 0 || labelled.Parts[0].Formula is not { } formula)
        {
            return labelled;
        }

        var inlines = new List<Inline> { new TextRun(number.ToString(CultureInfo.InvariantCulture) + ". ", SourceSpan.None) };
        inlines.AddRange(formula.Text.Inlines);
        var parts = new List<DocumentPart>(labelled.Parts);
        parts[0] = parts[0] with { Formula = formula with { Text = new InlineText(EquatableArray.From(inlines)) } };
        return labelled with { Parts = EquatableArray.From(parts) };
    }
}
