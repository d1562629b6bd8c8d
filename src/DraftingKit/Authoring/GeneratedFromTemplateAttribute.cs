namespace DraftingKit.Authoring;

/// <summary>
/// Put by the source generator on the class it generates from a <c>*.res.md</c> template, so that a C# resolution
/// can cite the template's text by type (<see cref="CitesAttribute"/>) and DraftingKit can read its number and
/// date of adoption without reading the template again.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedFromTemplateAttribute : Attribute
{
    /// <summary>A class generated from the template at <paramref name="path"/>.</summary>
    public GeneratedFromTemplateAttribute(string path) => Path = path;

    /// <summary>The template the class was generated from.</summary>
    public string Path { get; }

    /// <summary>"resolution" or "decision".</summary>
    public string Kind { get; set; } = "resolution";

    /// <summary>The adopting organ.</summary>
    public string Organ { get; set; } = "General Assembly";

    /// <summary>The document symbol.</summary>
    public string? Symbol { get; set; }

    /// <summary>The number of the adopted text.</summary>
    public string? Number { get; set; }

    /// <summary>The date of adoption, ISO ("2019-12-18").</summary>
    public string? Adopted { get; set; }
}
