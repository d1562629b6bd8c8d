namespace DraftingKit.Authoring;

/// <summary>
/// Names a resolution or decision that a paragraph cites, by its type: a class declared with
/// <see cref="ResolutionAttribute"/> or <see cref="DecisionAttribute"/>, or the class generated from a template
/// (<see cref="GeneratedFromTemplateAttribute"/>). The compiler checks that the type exists, so the reference
/// cannot go stale; DraftingKit checks that the paragraph names the cited text by its number and gives its date of
/// adoption.
/// </summary>
/// <example><c>[Preambular, Cites(typeof(A_RES_73_186))] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";</c></example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Cites the resolution or decision declared by <paramref name="resolution"/>.</summary>
    public CitesAttribute(Type resolution) => Resolution = resolution;

    /// <summary>The class that declares the cited text.</summary>
    public Type Resolution { get; }
}
