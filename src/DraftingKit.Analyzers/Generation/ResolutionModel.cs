namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// One resolution ready to emit, from a template or a C# declaration: where it goes (namespace, class, hint
/// name), what it came from, what its header says, the template text and its UN-format text; or, when it could
/// not be read or rendered, the problem. Every member is a string or a value with equality, so that an unchanged
/// resolution is cached at every later step.
/// </summary>
/// <param name="Path">The template or C# file.</param>
/// <param name="SourcePath">The same path relative to the project folder.</param>
/// <param name="Namespace">The namespace of the generated class.</param>
/// <param name="ClassName">The class name.</param>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Heading">Kind, symbol, title, organ, number and date of adoption.</param>
/// <param name="Template">The template text: the file itself, or the template a C# declaration stands for.</param>
/// <param name="UnText">The text in UN format.</param>
/// <param name="Declared">True for a C#-declared resolution: the generated part joins the drafter's partial class.</param>
/// <param name="Problem">Why nothing can be generated, or null.</param>
internal sealed record ResolutionModel(
    string Path,
    string SourcePath,
    string Namespace,
    string ClassName,
    string HintName,
    ResolutionHeading? Heading,
    string? Template,
    string? UnText,
    bool Declared,
    GenerationProblem? Problem);

/// <summary>What the generated class says of the text: kind, symbol, title, organ, number and date of adoption (ISO).</summary>
internal sealed record ResolutionHeading(bool IsDecision, string? Symbol, string? Title, string Organ, string? Number, string? Adopted)
{
    public static ResolutionHeading Of(DraftingKit.Model.DocumentHeader header) => new(
        header.Kind == DraftingKit.Model.DocumentKind.Decision,
        header.Symbol,
        header.Title,
        header.Organ.Name,
        header.Number,
        header.Adopted?.ToIsoString());
}
