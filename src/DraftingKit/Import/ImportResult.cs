using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>A resolution or decision found in an imported document, and the file name its template gets.</summary>
/// <param name="FileName">"draft-resolution-IV.res.md", "A-RES-74-177.res.md".</param>
/// <param name="Document">The text as a model; <see cref="Rendering.MarkdownRenderer"/> writes its template.</param>
public sealed record ImportedText(string FileName, ResolutionDocument Document);

/// <summary>The texts found in a document and the diagnostics met on the way.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedText> Texts, IReadOnlyList<DraftingDiagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DraftingSeverity.Error);
}
