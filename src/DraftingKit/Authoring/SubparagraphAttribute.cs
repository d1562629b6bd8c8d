namespace DraftingKit.Authoring;

/// <summary>
/// Marks a <c>const string</c> as a subparagraph of the nearest preambular or operative paragraph declared above
/// it, as the printed text places it: "(a)", "(b)" … in declaration order. <see cref="Level"/> 2 makes it an
/// item "(i)", "(ii)" … of the subparagraph above it.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SubparagraphAttribute : Attribute
{
    /// <summary>1 for "(a)" items under a paragraph, 2 for "(i)" items under a subparagraph.</summary>
    public int Level { get; set; } = 1;
}
