using DraftingKit.Model;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// A "cannot generate" problem as the pipeline carries it: the descriptor's id, the message arguments and where
/// it points. The Roslyn <c>Diagnostic</c> and <c>Location</c> are built only when it is reported.
/// </summary>
internal sealed record GenerationProblem(string DescriptorId, EquatableArray<string> Arguments, SourceSpan Span);
