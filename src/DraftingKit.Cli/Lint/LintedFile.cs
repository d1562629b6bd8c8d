using DraftingKit.Diagnostics;

namespace DraftingKit.Cli.Lint;

/// <summary>A template as linted: the path as shown, its text, and the findings to report.</summary>
internal sealed record LintedFile(string DisplayPath, string Text, IReadOnlyList<DraftingDiagnostic> Findings);
