namespace DraftingKit.Authoring;

/// <summary>
/// Marks a <c>const string</c> as the text of a footnote. Paragraphs refer to it with the label as templates do
/// (<c>"… Convention against Corruption,[^5]"</c>); footnotes are numbered on output in order of first reference.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FootnoteAttribute : Attribute
{
    /// <summary>A footnote with the given label.</summary>
    /// <param name="label">The label the paragraphs use in <c>[^label]</c>.</param>
    public FootnoteAttribute(string label) => Label = label;

    /// <summary>The label the paragraphs use in <c>[^label]</c>.</summary>
    public string Label { get; }
}
