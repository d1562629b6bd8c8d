using DraftingKit.Model;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// One template ready to emit: where it goes (namespace, class, hint name), what it came from, its document
/// model and its UN-format text; or, when it could not be read or rendered, the problem. Every member is a
/// value with equality, so that an unchanged template is cached at every later step.
/// </summary>
internal sealed record ResolutionModel(
    string Path,
    string SourcePath,
    string Namespace,
    string ClassName,
    string HintName,
    ResolutionDocument? Document,
    string? UnText,
    GenerationProblem? Problem);
