namespace DraftingKit.Model;

/// <summary>
/// How the AKN export marks up the lettered subparagraphs of operative paragraphs. The UN's files of sessions
/// 75–76 mostly use one of two forms: <c>list</c>/<c>point</c> with a <c>num</c> (79 files) and unnumbered
/// <c>paragraph</c>s whose text opens with the label, "(a)&#9;…" (58 files). A few give some subparagraphs the label
/// as a <c>num</c> of their own, or mix points and "(a)" paragraphs; <see cref="AknSubparagraphForms"/> records the
/// form of each.
/// </summary>
public enum AknSubparagraphMarkup
{
    /// <summary><c>paragraph/list/point</c>, each point with its <c>num</c> "(a)": Akoma Ntoso's own structure (the default).</summary>
    Points,

    /// <summary>Each subparagraph an unnumbered <c>paragraph</c> after its paragraph, its text opening "(a)" and a tab.</summary>
    Paragraphs,

    /// <summary>Each subparagraph a <c>paragraph</c> after its paragraph, its label "(iii)" in its <c>num</c>.</summary>
    NumberedParagraphs,
}
