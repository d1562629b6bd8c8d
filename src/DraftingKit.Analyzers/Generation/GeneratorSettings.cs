using Microsoft.CodeAnalysis.Diagnostics;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// What the generator reads from the project (through <c>CompilerVisibleProperty</c>): the root namespace the
/// generated classes live under, the project folder that source paths are made relative to, and whether
/// generation is switched off (<c>DraftingKitGenerateResolutions=false</c>).
/// </summary>
internal sealed record GeneratorSettings(string RootNamespace, string ProjectDirectory, bool Enabled)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        options.TryGetValue("build_property.DraftingKitGenerateResolutions", out var enabled);
        return new GeneratorSettings(
            rootNamespace?.Trim() ?? string.Empty,
            projectDirectory?.Trim() ?? string.Empty,
            !string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
    }
}
