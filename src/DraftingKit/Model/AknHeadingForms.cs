namespace DraftingKit.Model;

/// <summary>
/// The form of each numbered section heading in the AKN export: the form of the UN file a heading was imported from,
/// by where it stood in that file, and a form for every other. Most files use one form throughout; a few number some
/// headings in a paragraph's <c>num</c> ("B.") and leave others' numbers in their text ("I", 76/246, 77/256).
/// </summary>
public sealed class AknHeadingForms : AknFormsBySource<AknHeadingMarkup>
{
    /// <summary>Creates the forms: <paramref name="bySource"/> by the source span of a heading, else <paramref name="otherwise"/>.</summary>
    public AknHeadingForms(AknHeadingMarkup otherwise, IReadOnlyDictionary<SourceSpan, AknHeadingMarkup> bySource)
        : base(otherwise, bySource)
    {
    }

    /// <summary>One form for every heading.</summary>
    public static AknHeadingForms All(AknHeadingMarkup markup) => new(markup, new Dictionary<SourceSpan, AknHeadingMarkup>());

    /// <summary>The form in which the number of <paramref name="heading"/> is written.</summary>
    public AknHeadingMarkup FormOf(Heading heading) => FormAt(heading.Span);
}
