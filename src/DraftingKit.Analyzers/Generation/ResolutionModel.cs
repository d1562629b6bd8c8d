namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// One template ready to emit: where it goes (namespace, class, hint name), what it came from, what its header
/// says, its own text and its UN-format text; or, when it could not be read or rendered, the problem. Every
/// member is a string or a value with equality, so that an unchanged template is cached at every later step.
/// </summary>
internal sealed record ResolutionModel(
    string Path,
    string SourcePath,
    string Namespace,
    string ClassName,
    string HintName,
    ResolutionHeading? Heading,
    string? Template,
    string? UnText,
    GenerationProblem? Problem);

/// <summary>What the generated class's documentation and constants say of the text: kind, symbol and title.</summary>
internal sealed record ResolutionHeading(bool IsDecision, string? Symbol, string? Title);
