namespace DraftingKit.Analyzers.Declarations;

/// <summary>The metadata names of the authoring attributes, as <c>ForAttributeWithMetadataName</c> takes them.</summary>
public static class AuthoringNames
{
    /// <summary><c>[Resolution]</c>.</summary>
    public const string Resolution = "DraftingKit.Authoring.ResolutionAttribute";

    /// <summary><c>[Decision]</c>.</summary>
    public const string Decision = "DraftingKit.Authoring.DecisionAttribute";

    /// <summary><c>[Preambular]</c>.</summary>
    public const string Preambular = "DraftingKit.Authoring.PreambularAttribute";

    /// <summary><c>[Operative]</c>.</summary>
    public const string Operative = "DraftingKit.Authoring.OperativeAttribute";

    /// <summary><c>[Subparagraph]</c>.</summary>
    public const string Subparagraph = "DraftingKit.Authoring.SubparagraphAttribute";

    /// <summary><c>[Footnote]</c>.</summary>
    public const string Footnote = "DraftingKit.Authoring.FootnoteAttribute";

    /// <summary><c>[Cites]</c>.</summary>
    public const string Cites = "DraftingKit.Authoring.CitesAttribute";

    /// <summary><c>[GeneratedFromTemplate]</c>.</summary>
    public const string GeneratedFromTemplate = "DraftingKit.Authoring.GeneratedFromTemplateAttribute";
}
