using System.Collections.Generic;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using DraftingKit.Vocabulary;

namespace DraftingKit.Rules;

/// <summary>What a rule sees (the document, its source text, the options) and where it reports.</summary>
internal sealed class RuleContext
{
    private readonly List<DraftingDiagnostic> findings = new();

    public RuleContext(ResolutionDocument document, string source, RuleOptions options, LineMap? lines = null, Citations.ResolutionCatalog? catalog = null)
    {
        Document = document;
        Source = source;
        Options = options;
        Catalog = catalog ?? Citations.ResolutionCatalog.Default;
        Lines = lines ?? new LineMap(document.Path, source);
        Locator = new TextLocator(source, Lines);
    }

    public ResolutionDocument Document { get; }

    /// <summary>The template's text, for fixes that must match it character for character.</summary>
    public string Source { get; }

    public RuleOptions Options { get; }

    /// <summary>The catalog citations are checked against: the embedded one plus the project's own rows.</summary>
    public Citations.ResolutionCatalog Catalog { get; }

    public LineMap Lines { get; }

    public TextLocator Locator { get; }

    public static LeadVocabulary Vocabulary => LeadVocabulary.Default;

    public IReadOnlyList<DraftingDiagnostic> Findings => findings;

    /// <summary>Reports a finding made by the rule itself, for one whose severity depends on the case.</summary>
    public void Add(DraftingDiagnostic diagnostic) => findings.Add(diagnostic);

    public void Report(DraftingDescriptor descriptor, SourceSpan span, params object[] arguments) =>
        findings.Add(DraftingDiagnostic.Create(descriptor, span, arguments));

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

        findings.Add(diagnostic);
    }

    /// <summary>An edit replacing <paramref name="length"/> source characters from <paramref name="start"/>.</summary>
    public TextEdit Edit(int start, int length, string newText) => new(Lines.Span(start, length), newText);
}
