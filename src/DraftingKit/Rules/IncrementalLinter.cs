using System.Threading;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Rules;

/// <summary>
/// Lints the successive texts of one template as <see cref="DraftingLinter.Lint(string, string, RuleOptions, ResolutionCatalog)"/>
/// does, for a host that re-checks it on every change (the language server): the rules of
/// <see cref="RuleScope.Document"/> scope run over the whole document each time, those of
/// <see cref="RuleScope.Paragraph"/> scope only over the paragraphs whose text is new; the findings of the others are
/// the last run's, moved to where the paragraph now stands. The result equals a whole lint of the text
/// (IncrementalLinterTests). Not thread-safe: one instance per document, one lint at a time.
/// </summary>
internal sealed class IncrementalLinter
{
    private readonly IReadOnlyList<DraftingRule> documentRules;
    private readonly IReadOnlyList<DraftingRule> paragraphRules;
    private Dictionary<ParagraphKey, Known> known = new();
    private (string Path, string Frame, RuleOptions Options, ResolutionCatalog Catalog)? knownFor;

    public IncrementalLinter()
        : this(RuleCatalog.Rules)
    {
    }

    /// <summary>Lints with the given rules: the seam through which tests plant a rule.</summary>
    public IncrementalLinter(IReadOnlyList<DraftingRule> rules)
    {
        var document = new List<DraftingRule>();
        var paragraph = new List<DraftingRule>();
        foreach (var rule in rules)
        {
            (rule.Descriptor.Scope == RuleScope.Paragraph ? paragraph : document).Add(rule);
        }

        documentRules = document;
        paragraphRules = paragraph;
    }

    /// <summary>How many paragraphs the last lint ran the paragraph rules over, and how many it took from before.</summary>
    public (int Checked, int Kept) LastRun { get; private set; }

    /// <summary>
    /// The reader's diagnostics and the rules' findings for <paramref name="text"/>, in source order. A cancelled lint
    /// throws <see cref="OperationCanceledException"/> and leaves what is known from before untouched.
    /// </summary>
    public IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, RuleOptions options, ResolutionCatalog catalog, CancellationToken cancellation = default)
    {
        TemplateReadResult read;
        try
        {
            read = TemplateReader.Read(path, text);
        }
        catch (Exception exception)
        {
            return new[] { DraftingLinter.ReaderFailure(path, text, exception) };
        }

        if (Security.InputDiagnostics.RefuseTheFile(read.Diagnostics))
        {
            return read.Diagnostics;
        }

        cancellation.ThrowIfCancellationRequested();
        var findings = new List<DraftingDiagnostic>(read.Diagnostics);
        findings.AddRange(DraftingLinter.Check(read.Document, text, options, catalog, documentRules));
        cancellation.ThrowIfCancellationRequested();
        findings.AddRange(ParagraphFindings(read.Document, path, text, options, catalog));
        DraftingLinter.Sort(findings);
        return findings;
    }

    private List<DraftingDiagnostic> ParagraphFindings(ResolutionDocument document, string path, string text, RuleOptions options, ResolutionCatalog catalog)
    {
        var cited = DocumentParagraphs.FirstReferences(document);
        var paragraphs = DocumentParagraphs.Of(document, text, cited);
        var findings = new List<DraftingDiagnostic>();
        if (paragraphs is null)
        {
            // Paragraphs whose spans overlap or leave the text: nothing can be kept, so everything is checked.
            known = new();
            knownFor = null;
            findings.AddRange(DraftingLinter.Check(document, text, options, catalog, paragraphRules));
            LastRun = (-1, 0);
            return findings;
        }

        var frame = DocumentParagraphs.Frame(text, paragraphs, document, cited);
        if (knownFor is not { } previous || previous.Path != path || previous.Frame != frame
            || !Same(previous.Options, options) || !ReferenceEquals(previous.Catalog, catalog))
        {
            known = new();
        }

        var fresh = new List<DocumentParagraphs.Paragraph>();
        var kept = 0;
        foreach (var paragraph in paragraphs)
        {
            if (known.TryGetValue(paragraph.Key, out var before))
            {
                foreach (var finding in before.Findings)
                {
                    findings.Add(Moved(finding, paragraph.Span.Start - before.Start, paragraph.Span.Line - before.Line));
                }

                kept++;
            }
            else
            {
                fresh.Add(paragraph);
            }
        }

        // The fresh paragraphs alone, in the document's frame (front matter, titles, formula): a paragraph rule sees
        // what it would see in the whole document, less the other paragraphs it does not read.
        var subset = new HashSet<int>();
        foreach (var paragraph in fresh)
        {
            subset.Add(paragraph.Span.Start);
        }

        var next = new Dictionary<ParagraphKey, Known>();
        foreach (var paragraph in fresh)
        {
            next[paragraph.Key] = new Known(paragraph.Span.Start, paragraph.Span.Line, new List<DraftingDiagnostic>());
        }

        foreach (var finding in DraftingLinter.Check(DocumentParagraphs.Only(document, subset), text, options, catalog, paragraphRules, whole: document))
        {
            findings.Add(finding);
            if (DocumentParagraphs.Holding(fresh, finding.Span.Start) is { } holder && next.TryGetValue(holder.Key, out var entry) && entry.Start == holder.Span.Start)
            {
                entry.Findings.Add(finding);
            }
        }

        foreach (var paragraph in paragraphs)
        {
            if (!next.ContainsKey(paragraph.Key) && known.TryGetValue(paragraph.Key, out var before))
            {
                next[paragraph.Key] = before;
            }
        }

        known = next;
        knownFor = (path, frame, options, catalog);
        LastRun = (fresh.Count, kept);
        return findings;
    }

    /// <summary>True when the two give every declared option the same value (hosts read a new instance per check).</summary>
    private static bool Same(RuleOptions a, RuleOptions b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        foreach (var option in RuleCatalog.Options)
        {
            if (a.Get(option.Key, string.Empty) != b.Get(option.Key, string.Empty))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A finding of a paragraph that moved by <paramref name="characters"/> and <paramref name="lines"/>.</summary>
    private static DraftingDiagnostic Moved(DraftingDiagnostic finding, int characters, int lines)
    {
        if (characters == 0 && lines == 0)
        {
            return finding;
        }

        var moved = finding with { Span = Moved(finding.Span, characters, lines) };
        if (finding.HasFix)
        {
            var edits = new TextEdit[finding.Fix.Count];
            for (var i = 0; i < edits.Length; i++)
            {
                edits[i] = finding.Fix[i] with { Span = Moved(finding.Fix[i].Span, characters, lines) };
            }

            moved = moved with { Fix = new EquatableArray<TextEdit>(edits) };
        }

        return moved;
    }

    private static SourceSpan Moved(SourceSpan span, int characters, int lines) =>
        span with { Start = span.Start + characters, Line = span.Line + lines, EndLine = span.EndLine + lines };

    /// <summary>The findings of a paragraph as found at its start offset and line then.</summary>
    private sealed record Known(int Start, int Line, List<DraftingDiagnostic> Findings);
}
