using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>What a report rule sees (the report laid out, its source text) and where it reports.</summary>
internal sealed class ReportRuleContext
{
    private readonly List<DraftingDiagnostic> findings = new();

    public ReportRuleContext(ReportDocument report, ReportLayout layout, string source, LineMap lines)
    {
        Document = report;
        Layout = layout;
        Source = source;
        Lines = lines;
        Locator = new TextLocator(source, lines);
    }

    public ReportDocument Document { get; }

    public ReportLayout Layout { get; }

    public string Source { get; }

    public LineMap Lines { get; }

    public TextLocator Locator { get; }

    public IReadOnlyList<DraftingDiagnostic> Findings => findings;

    public void Report(DraftingDescriptor descriptor, SourceSpan span, params object[] arguments) =>
        findings.Add(DraftingDiagnostic.Create(descriptor, span, arguments));

    /// <summary>Reports a finding whose fix replaces the span's text with <paramref name="replacement"/>.</summary>
    public void ReportWithFix(DraftingDescriptor descriptor, SourceSpan span, string replacement, params object[] arguments) =>
        findings.Add(DraftingDiagnostic.Create(descriptor, span, arguments) with { Fix = EquatableArray.Create(new TextEdit(span, replacement)) });

    /// <summary>
    /// The span of characters [<paramref name="start"/>, +<paramref name="length"/>) of a paragraph's text, and whether
    /// it is exact (free text written verbatim) rather than the block a generated paragraph comes from.
    /// </summary>
    public SourceSpan Locate(ReportBlock block, InlineText text, int start, int length, out bool exact)
    {
        exact = false;
        if (block is ProceedingParagraph)
        {
            return block.Span;
        }

        var span = Locator.Locate(text, start, length, out exact);
        return span.IsKnown ? span : block.Span;
    }

    /// <summary>
    /// Every paragraph text of the report as it reads, cross-reference tokens resolved and the formulaic paragraphs
    /// written out, with its block.
    /// </summary>
    public IEnumerable<(ReportBlock Block, InlineText Text)> Texts()
    {
        foreach (var block in Document.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    yield return (block, heading.Text);
                    break;
                case ReportParagraph paragraph:
                    yield return (block, paragraph.Text);
                    break;
                case ReportText text:
                    yield return (block, text.Text);
                    break;
                case ProceedingParagraph proceeding:
                    yield return (block, ProceedingNarrative.Write(proceeding.Proceeding, Layout));
                    break;
            }
        }
    }
}
