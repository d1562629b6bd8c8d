namespace DraftingKit.Model;

/// <summary>
/// How the AKN export marks up the number of a section heading ("I. Introduction", "A. Plenary meetings"). Most of
/// the UN's files of sessions 75–76 keep it in the heading's text; a few set it in the <c>num</c> of the paragraph
/// that holds the heading (75/129, 75/212, 76/3 …).
/// </summary>
public enum AknHeadingMarkup
{
    /// <summary><c>paragraph/subheading</c> "I. Introduction": the number stays in the heading's text (the default).</summary>
    InText,

    /// <summary><c>paragraph</c> with <c>num</c> "I." and <c>subheading</c> "Introduction".</summary>
    Numbered,
}
