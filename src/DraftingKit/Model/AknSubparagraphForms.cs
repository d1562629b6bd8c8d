namespace DraftingKit.Model;

/// <summary>
/// The form of each lettered subparagraph in the AKN export: the form of the UN file a subparagraph was imported from,
/// by where it stood in that file, and a form for every other. Most of the UN's files use one form throughout; some
/// give a few subparagraphs a <c>num</c> of their own ("(iii)") and leave the others' labels in the text, or set one
/// paragraph's subparagraphs as <c>list</c>/<c>point</c> and another's as "(a)" paragraphs.
/// </summary>
public sealed class AknSubparagraphForms : AknFormsBySource<AknSubparagraphMarkup>
{
    /// <summary>Creates the forms: <paramref name="bySource"/> by the source span of a subparagraph, else <paramref name="otherwise"/>.</summary>
    public AknSubparagraphForms(AknSubparagraphMarkup otherwise, IReadOnlyDictionary<SourceSpan, AknSubparagraphMarkup> bySource)
        : base(otherwise, bySource)
    {
    }

    /// <summary>One form for every subparagraph.</summary>
    public static AknSubparagraphForms All(AknSubparagraphMarkup markup) => new(markup, new Dictionary<SourceSpan, AknSubparagraphMarkup>());

    /// <summary>The form in which <paramref name="subparagraph"/> is written.</summary>
    public AknSubparagraphMarkup FormOf(Subparagraph subparagraph) => FormAt(subparagraph.Span);
}
