namespace DraftingKit.Authoring;

/// <summary>
/// Marks a <c>const string</c> as a preambular paragraph, written as in templates with its lead in italics:
/// <c>"*Recalling* its resolution 73/186 of 17 December 2018,"</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class PreambularAttribute : Attribute
{
}
