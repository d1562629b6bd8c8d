namespace DraftingKit.Authoring;

/// <summary>
/// Marks a <c>const string</c> as an operative paragraph, written as in templates with its lead in italics:
/// <c>"*Requests* the Secretary-General to submit a report;"</c>. Paragraphs are numbered in declaration order;
/// a number written in the attribute (<c>[Operative(5)]</c>, handy for cross-references) is checked against that
/// order and corrected by the renumbering fix.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class OperativeAttribute : Attribute
{
    /// <summary>An operative paragraph numbered by its place.</summary>
    public OperativeAttribute()
    {
    }

    /// <summary>An operative paragraph with its number written out.</summary>
    /// <param name="number">The number the paragraph bears: 1, 2, 3 …</param>
    public OperativeAttribute(int number) => Number = number;

    /// <summary>The number written in the attribute, or 0 when the paragraph is numbered by its place.</summary>
    public int Number { get; }
}
