using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Templates;

/// <summary>The document read from a template and the diagnostics met on the way.</summary>
public sealed record TemplateReadResult(ResolutionDocument Document, IReadOnlyList<DraftingDiagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DraftingSeverity.Error);
}
