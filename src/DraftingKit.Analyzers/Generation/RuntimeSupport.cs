namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// What of the DraftingKit runtime library the project references: the model (for the <c>Document</c> property)
/// and the authoring attributes (for <c>[GeneratedFromTemplate]</c>). Without them the generated code would not
/// compile, so it leaves those members out.
/// </summary>
internal readonly record struct RuntimeSupport(bool Model, bool Authoring)
{
    public static RuntimeSupport Of(Compilation compilation) => new(
        compilation.GetTypeByMetadataName("DraftingKit.Model.ResolutionDocument") is not null && compilation.GetTypeByMetadataName("DraftingKit.Templates.TemplateReader") is not null,
        compilation.GetTypeByMetadataName(Declarations.AuthoringNames.GeneratedFromTemplate) is not null);
}
