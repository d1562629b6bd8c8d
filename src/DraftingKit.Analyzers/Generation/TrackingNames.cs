namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// The names of the generator's pipeline steps, so that the incremental tests can ask each step whether it ran
/// again (<c>GeneratorRunResult.TrackedSteps</c>).
/// </summary>
internal static class TrackingNames
{
    /// <summary>The generator's settings read from the project (root namespace, project folder, opt-out).</summary>
    public const string Settings = nameof(Settings);

    /// <summary>Whether the compilation references the DraftingKit runtime library.</summary>
    public const string Runtime = nameof(Runtime);

    /// <summary>Each template's path and text.</summary>
    public const string TemplateFiles = nameof(TemplateFiles);

    /// <summary>Each template read into its model, names and rendered text.</summary>
    public const string Resolutions = nameof(Resolutions);

    /// <summary>Each class declared with <c>[Resolution]</c> or <c>[Decision]</c>, read into strings and spans.</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>Each declared resolution built into its model, names and rendered text.</summary>
    public const string DeclaredResolutions = nameof(DeclaredResolutions);

    /// <summary>The class names of all templates, collected to find clashes.</summary>
    public const string NameClashes = nameof(NameClashes);

    /// <summary>Each template's generated source file.</summary>
    public const string GeneratedSources = nameof(GeneratedSources);

    /// <summary>The "cannot generate" problems, on their own branch.</summary>
    public const string Problems = nameof(Problems);
}
