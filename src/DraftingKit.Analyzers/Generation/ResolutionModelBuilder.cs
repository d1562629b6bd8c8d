using System.Threading;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Turns one template into its <see cref="ResolutionModel"/>: reads it with the engine's template reader (under
/// its project-relative path, as the generated class will at run time), names it and renders its UN-format text. A template with drafting errors still gets its model; only a file that cannot be read, or a
/// failure of the engine, becomes a <see cref="GenerationProblem"/>.
/// </summary>
internal static class ResolutionModelBuilder
{
    public static ResolutionModel Build(TemplateFile file, GeneratorSettings settings, Action<string>? fault, CancellationToken cancellationToken)
    {
        var sourcePath = RelativePath(file.Path, settings.ProjectDirectory);
        var folders = ResolutionNames.Folders(sourcePath);
        var @namespace = ResolutionNames.Namespace(settings.RootNamespace, folders);
        var fallbackName = ResolutionNames.ClassName(null, file.Path);
        if (file.Text is null)
        {
            return Failed(file, sourcePath, @namespace, fallbackName, "the file could not be read");
        }

        try
        {
            fault?.Invoke(file.Path);
            var read = TemplateReader.Read(sourcePath, file.Text);
            if (DraftingKit.Security.InputDiagnostics.RefuseTheFile(read.Diagnostics))
            {
                // A template refused for its size is not copied into the compilation as a constant either.
                return Failed(file, sourcePath, @namespace, fallbackName, read.Diagnostics[0].Message);
            }

            var document = read.Document;
            cancellationToken.ThrowIfCancellationRequested();
            var symbol = document.Header.Symbol;
            var className = ResolutionNames.ClassName(symbol, file.Path);
            var text = UnTextRenderer.Render(document);
            return new ResolutionModel(file.Path, sourcePath, @namespace, className, ResolutionNames.HintName(symbol, className, folders), ResolutionHeading.Of(document.Header), file.Text, text, false, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(file, sourcePath, @namespace, fallbackName, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The path relative to the project folder with '/' separators, or the file name when it lies outside.</summary>
    public static string RelativePath(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var folder = projectDirectory.Replace('\\', '/');
        if (folder.Length > 0 && !folder.EndsWith("/", StringComparison.Ordinal))
        {
            folder += "/";
        }

        return folder.Length > 0 && normalized.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(folder.Length)
            : normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    private static ResolutionModel Failed(TemplateFile file, string sourcePath, string @namespace, string className, string reason) =>
        new(file.Path, sourcePath, @namespace, className, string.Empty, null, null, null, false, new GenerationProblem(
            HostDiagnostics.GenerationFailure.Id,
            EquatableArray.Create(file.Path, reason),
            new SourceSpan(file.Path, 0, 0, 1, 1, 1, 1)));
}
