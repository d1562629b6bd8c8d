using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Finds the resolutions and decisions in a UN document: the draft resolutions and decisions of a committee
/// report's recommendations ("Draft resolution IV", or a draft decision announced by "… the adoption of the
/// following draft decision:"), drafts quoted in a report paragraph (each paragraph opening with “), the
/// resolutions and decisions a commission report brings to the Council's attention ("Resolution 26/1"), and an
/// adopted resolution published on its own. Report paragraphs around them are reported (DK0101), not imported.
/// </summary>
internal static class ReportSplitter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex DraftLabel = new(@"^Draft (?<kind>resolution|decision) (?<number>[IVXLC]+)\b\s*(?<title>.*)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex AdoptedLabel = new(@"^(?<kind>Resolution|Decision) (?<number>\d{1,4}/\d{1,4})$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex SectionHeading = new(@"^(?:(?<roman>[IVX]{1,5})|(?<letter>[A-Z]))\.\s+\S", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Chapter = new(@"^Chapter [IVXLC]+$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex ReportParagraph = new(@"^\d{1,3}\.\s+(?:The (?:Third Committee|Second Committee|Fifth Committee|Sixth Committee|Commission|following)\b|At (?:its|the)\b)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex AnnouncesDecision = new(@"adoption of the following draft decisions?:$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Entitled = new(@"entitled [“""](?<title>[^“”""]+)[”""]", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex DraftSymbol = new(@"\((?:\[)?(?<symbol>A/C\.\d/\d+/L\.\d+(?:/Rev\.\d+)?)(?:\]\(#\))?\)", RegexOptions.CultureInvariant, Timeout);

    public static List<TextSegment> Split(IReadOnlyList<SourceBlock> blocks, List<DraftingDiagnostic> diagnostics)
    {
        var segments = new List<TextSegment>();
        if (AdoptedResolutionReader.TryRead(blocks, diagnostics) is { } adopted)
        {
            segments.Add(adopted);
            return segments;
        }

        TextSegment? current = null;
        string? section = null;
        SourceBlock? previous = null;
        var skipped = new List<SourceBlock>();
        var inReportAnnex = false;

        void Close()
        {
            current = null;
        }

        void Start(TextSegment segment)
        {
            inReportAnnex = false;
            ReportSkipped(skipped, diagnostics);
            segments.Add(segment);
            current = segment;
        }

        foreach (var block in blocks)
        {
            if (block.Kind == SourceBlockKind.PageBreak)
            {
                continue;
            }

            if (block.Kind == SourceBlockKind.FootnoteText)
            {
                if (segments.Count > 0 && !inReportAnnex)
                {
                    segments[segments.Count - 1].Footnotes.Add(block);
                }
                else
                {
                    skipped.Add(block);
                }

                continue;
            }

            var text = StripBold(block.Text);
            var plain = InlineParser.Plain(text).Trim();

            var draft = DraftLabel.Match(plain);
            var adoptedLabel = AdoptedLabel.Match(plain);
            if (draft.Success)
            {
                var kind = draft.Groups["kind"].Value == "decision" ? DocumentKind.Decision : DocumentKind.Resolution;
                var title = draft.Groups["title"].Value.Trim();
                Start(new TextSegment(kind, block.Span)
                {
                    Label = "Draft " + draft.Groups["kind"].Value + " " + draft.Groups["number"].Value,
                    Title = title.Length == 0 ? null : title,
                    Section = section,
                    Status = DocumentStatus.Draft,
                });
            }
            else if (adoptedLabel.Success)
            {
                var kind = adoptedLabel.Groups["kind"].Value == "Decision" ? DocumentKind.Decision : DocumentKind.Resolution;
                Start(new TextSegment(kind, block.Span)
                {
                    Label = adoptedLabel.Value,
                    Number = adoptedLabel.Groups["number"].Value,
                    Section = section,
                    Status = DocumentStatus.Adopted,
                });
            }
            else if (IsQuotedFormula(plain))
            {
                var introduction = previous is null ? string.Empty : previous.Text;
                var entitled = Entitled.Match(InlineParser.Plain(introduction));
                var symbol = DraftSymbol.Match(introduction);
                Start(new TextSegment(DocumentKind.Resolution, block.Span)
                {
                    Title = entitled.Success ? entitled.Groups["title"].Value : null,
                    Symbol = symbol.Success ? symbol.Groups["symbol"].Value : null,
                    Quoted = true,
                    Section = section,
                    Status = DocumentStatus.Draft,
                });
                current!.Body.Add(block);
                if (ClosesQuotation(plain))
                {
                    Close();
                }

                previous = block;
                continue;
            }
            else if (previous is not null && AnnouncesDecision.IsMatch(InlineParser.Plain(previous.Text).Trim()) && current is null)
            {
                Start(new TextSegment(DocumentKind.Decision, block.Span) { Section = section, Status = DocumentStatus.Draft });
                current!.Body.Add(block);
            }
            else if (SectionHeading.Match(plain) is { Success: true } heading && !plain.EndsWith(".", StringComparison.Ordinal) && plain.Length < 200)
            {
                section = heading.Groups["letter"].Success ? heading.Groups["letter"].Value : null;
                Close();
                skipped.Add(block);
            }
            else if (Chapter.IsMatch(plain) || ReportParagraph.IsMatch(plain))
            {
                Close();
                skipped.Add(block);
            }
            else if (current is not null && ReportAnnex.Opens(plain, current))
            {
                // The report's own annex ends its last text: it is report text, notes and all, up to the next text.
                Close();
                inReportAnnex = true;
                skipped.Add(block);
            }
            else if (current is not null)
            {
                current.Body.Add(block);
                if (current.Quoted && ClosesQuotation(plain))
                {
                    Close();
                }
            }
            else
            {
                skipped.Add(block);
            }

            previous = block;
        }

        if (segments.Count == 0 && BareTextReader.TryRead(blocks) is { } bare)
        {
            // No label, no adoption line: the document is one text on its own.
            segments.Add(bare);
            return segments;
        }

        ReportSkipped(skipped, diagnostics);
        return segments;
    }

    /// <summary>"**Draft resolution XI" … "against Corruption**": bold marks in the extraction carry no text.</summary>
    public static string StripBold(string text) => text.Replace("**", string.Empty).Trim();

    private static bool IsQuotedFormula(string plain)
    {
        if (plain.Length < 2 || plain[0] is not ('“' or '"'))
        {
            return false;
        }

        var rest = plain.Substring(1);
        foreach (var organ in Organ.Known)
        {
            if (rest.StartsWith(organ.FormulaSubject + ",", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClosesQuotation(string plain)
    {
        // The opening mark of each quoted paragraph is not matched; only the last paragraph closes the quotation.
        var rest = plain.TrimEnd();
        if (rest.Length > 0 && rest[0] is '“' or '"')
        {
            rest = rest.Substring(1);
        }

        return (rest.EndsWith("”", StringComparison.Ordinal) && CountOf(rest, '”') > CountOf(rest, '“'))
            || (rest.EndsWith("\"", StringComparison.Ordinal) && CountOf(rest, '"') % 2 == 1);
    }

    private static int CountOf(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                count++;
            }
        }

        return count;
    }

    private static void ReportSkipped(List<SourceBlock> skipped, List<DraftingDiagnostic> diagnostics)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        // The span runs over every block left out: its lines, not the message, say where, as the importer moves
        // its findings from the text it read to the file's lines (FilePositions).
        var first = skipped[0].Span;
        var last = skipped[skipped.Count - 1].Span;
        var stretch = last.End >= first.End ? new SourceSpan(first.Path, first.Start, last.End - first.Start, first.Line, first.Column, last.EndLine, last.EndColumn) : first;
        diagnostics.Add(DraftingDiagnostic.Create(
            ImportDiagnostics.ReportTextSkipped,
            stretch,
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} of report text from '{2}' {3} outside any resolution or decision; not imported",
                skipped.Count,
                skipped.Count == 1 ? "block" : "blocks",
                ImportDiagnostics.Excerpt(InlineParser.Plain(skipped[0].Text), 50),
                skipped.Count == 1 ? "stands" : "stand")));
        skipped.Clear();
    }
}
