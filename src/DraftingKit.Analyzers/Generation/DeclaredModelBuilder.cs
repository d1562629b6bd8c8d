using System.Threading;
using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Turns a C#-declared resolution into its <see cref="ResolutionModel"/>: the engine's declared-document builder
/// writes the template the declaration stands for and reads it, the UN text is rendered from that document, and
/// the generated part joins the drafter's own partial class (same namespace, same name).
/// </summary>
internal static class DeclaredModelBuilder
{
    public static ResolutionModel Build(DeclaredInput input, GeneratorSettings settings, Action<string>? fault, CancellationToken cancellationToken)
    {
        var sourcePath = ResolutionModelBuilder.RelativePath(input.Path, settings.ProjectDirectory);
        var hintName = "Resolutions." + (input.Namespace.Length > 0 ? input.Namespace + "." : string.Empty) + input.ClassName + ".g.cs";
        if (input.Obstacle is { } obstacle)
        {
            return Failed(input, sourcePath, hintName, obstacle);
        }

        try
        {
            fault?.Invoke(input.Path);
            var built = DeclaredDocumentBuilder.Build(input.Declaration!);
            cancellationToken.ThrowIfCancellationRequested();
            var text = UnTextRenderer.Render(built.Document);
            return new ResolutionModel(input.Path, sourcePath, input.Namespace, input.ClassName, hintName, ResolutionHeading.Of(built.Document.Header), built.Template, text, true, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(input, sourcePath, hintName, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static ResolutionModel Failed(DeclaredInput input, string sourcePath, string hintName, string reason) =>
        new(input.Path, sourcePath, input.Namespace, input.ClassName, hintName, null, null, null, true, new GenerationProblem(
            HostDiagnostics.GenerationFailure.Id,
            EquatableArray.Create(input.Path, reason),
            input.NameSpan));
}
