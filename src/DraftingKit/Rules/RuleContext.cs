using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using DraftingKit.Vocabulary;

namespace DraftingKit.Rules;

/// <summary>What a rule sees (the document, its source text, the options) and where it reports.</summary>
/// <remarks>
/// PERF: most rules read little of a context and find nothing: the locator, the list of findings and the passes not
/// handed in are made on first use, and no closure is made for a citation search that the lint shares.
/// </remarks>
internal sealed class RuleContext
{
    private static readonly DraftingDiagnostic[] NoFindings = new DraftingDiagnostic[0];
    private readonly System.Lazy<IReadOnlyList<CitationInText>>? sharedCitations;
    private readonly ResolutionDocument? wholeDocument;
    private List<DraftingDiagnostic>? findings;
    private IReadOnlyList<CitationInText>? ownCitations;
    private SharedPasses? passes;
    private TextLocator? locator;

    /// <param name="document">The document the rule checks.</param>
    /// <param name="source">The template's text.</param>
    /// <param name="options">The rule options.</param>
    /// <param name="lines">The line map of <paramref name="source"/>, shared by the rules of one file.</param>
    /// <param name="catalog">The catalog citations are checked against; the embedded one when null.</param>
    /// <param name="citations">The document's citations, found once and shared by the citation rules of one file.</param>
    /// <param name="grammar">The leads the rules know; the General Assembly's when null.</param>
    /// <param name="leads">The paragraphs' lead readings, shared by the lead rules of one file; made here when null.</param>
    /// <param name="passes">The texts scanned and the dates found, shared by the rules of one file; made here when null or of another document.</param>
    public RuleContext(
        ResolutionDocument document,
        string source,
        RuleOptions options,
        LineMap? lines = null,
        DraftingKit.Citations.ResolutionCatalog? catalog = null,
        System.Lazy<IReadOnlyList<CitationInText>>? citations = null,
        LeadGrammar? grammar = null,
        LeadReadings? leads = null,
        SharedPasses? passes = null)
    {
        Grammar = grammar ?? LeadGrammar.Default;
        Leads = leads is not null && ReferenceEquals(leads.Grammar, Grammar) ? leads : new LeadReadings(Grammar);
        Document = document;
        Source = source;
        Options = options;
        Catalog = catalog ?? DraftingKit.Citations.ResolutionCatalog.Default;
        Lines = lines ?? new LineMap(document.Path, source);
        this.passes = passes is not null && ReferenceEquals(passes.Document, document) ? passes : null;
        sharedCitations = citations;
    }

    public ResolutionDocument Document { get; }

    /// <summary>
    /// The whole document when <see cref="Document"/> holds only some of its paragraphs (the incremental linter's
    /// paragraphs to re-check), so that where a paragraph stands is judged in the whole: <see cref="Paragraphs.Operative(RuleContext)"/>.
    /// </summary>
    public ResolutionDocument WholeDocument
    {
        get => wholeDocument ?? Document;
        init => wholeDocument = value;
    }

    /// <summary>The template's text, for fixes that must match it character for character.</summary>
    public string Source { get; }

    public RuleOptions Options { get; }

    /// <summary>The catalog citations are checked against: the embedded one plus the project's own rows.</summary>
    public DraftingKit.Citations.ResolutionCatalog Catalog { get; }

    /// <summary>Every citation of the document with its catalog entry, body first, then the footnotes.</summary>
    public IReadOnlyList<CitationInText> Citations => sharedCitations?.Value ?? (ownCitations ??= DocumentCitations.Find(Document, Catalog));

    /// <summary>Every text the style rules read (body in reading order, then footnotes), with what each holds, scanned once.</summary>
    public IReadOnlyList<ScannedText> Texts => Passes.Texts;

    /// <summary>The dates written in <see cref="Texts"/>, found once for the date rules.</summary>
    public DocumentDates Dates => Passes.Dates;

    /// <summary>The operative leads as rungs of the repeat ladder, read once for DK2004 and DK2005.</summary>
    public IReadOnlyList<OperativeLadder.Rung> Rungs => Passes.Rungs(Leads);

    public LineMap Lines { get; }

    public TextLocator Locator => locator ??= new TextLocator(Source, Lines);

    private SharedPasses Passes => passes ??= new SharedPasses(Document);

    public static LeadVocabulary Vocabulary => LeadVocabulary.Default;

    /// <summary>The leads the rules judge by: the seam for another organ's vocabulary.</summary>
    public LeadGrammar Grammar { get; }

    /// <summary>How each paragraph opens, read once for every lead rule of the file.</summary>
    public LeadReadings Leads { get; }

    public IReadOnlyList<DraftingDiagnostic> Findings => (IReadOnlyList<DraftingDiagnostic>?)findings ?? NoFindings;

    /// <summary>Forgets the findings reported so far: the linter's, before it hands the context to the next rule.</summary>
    internal void ClearFindings() => findings?.Clear();

    /// <summary>Reports a finding made by the rule itself, for one whose severity depends on the case.</summary>
    public void Add(DraftingDiagnostic diagnostic) => (findings ??= new()).Add(diagnostic);

    public void Report(DraftingDescriptor descriptor, SourceSpan span, params object[] arguments) =>
        Add(DraftingDiagnostic.Create(descriptor, span, arguments));

    public void Report(DraftingDescriptor descriptor, SourceSpan span, IReadOnlyList<TextEdit>? fix, params object[] arguments)
    {
        var diagnostic = DraftingDiagnostic.Create(descriptor, span, arguments);
        if (fix is { Count: > 0 })
        {
            var edits = new TextEdit[fix.Count];
            for (var i = 0; i < edits.Length; i++)
            {
                edits[i] = fix[i];
            }

            diagnostic = diagnostic with { Fix = new EquatableArray<TextEdit>(edits) };
        }

        Add(diagnostic);
    }

    /// <summary>An edit replacing <paramref name="length"/> source characters from <paramref name="start"/>.</summary>
    public TextEdit Edit(int start, int length, string newText) => new(Lines.Span(start, length), newText);
}
