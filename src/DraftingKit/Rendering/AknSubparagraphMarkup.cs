namespace DraftingKit.Rendering;

/// <summary>
/// How the AKN export marks up the lettered subparagraphs of operative paragraphs. The UN's files of sessions
/// 75–76 use two forms and never mix them in one file: <c>list</c>/<c>point</c> with a <c>num</c> (79 files) and
/// unnumbered <c>paragraph</c>s whose text opens with the label, "(a)&#9;…" (58 files).
/// </summary>
public enum AknSubparagraphMarkup
{
    /// <summary><c>paragraph/list/point</c>, each point with its <c>num</c> "(a)": Akoma Ntoso's own structure (the default).</summary>
    Points,

    /// <summary>Each subparagraph an unnumbered <c>paragraph</c> after its paragraph, its text opening "(a)" and a tab.</summary>
    Paragraphs,
}
