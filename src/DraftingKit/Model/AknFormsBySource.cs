namespace DraftingKit.Model;

/// <summary>
/// A markup form for each element of the AKN export, by where the element stood in the UN file it was imported from,
/// and one form for every other element: what <see cref="AknHeadingForms"/> and <see cref="AknSubparagraphForms"/> share.
/// </summary>
/// <typeparam name="TMarkup">The forms an element may take.</typeparam>
public abstract class AknFormsBySource<TMarkup>
{
    private readonly IReadOnlyDictionary<SourceSpan, TMarkup> bySource;

    /// <summary>Creates the forms: <paramref name="bySource"/> by an element's source span, else <paramref name="otherwise"/>.</summary>
    protected AknFormsBySource(TMarkup otherwise, IReadOnlyDictionary<SourceSpan, TMarkup> bySource)
    {
        Otherwise = otherwise;
        this.bySource = bySource;
    }

    /// <summary>The form of an element whose source has none recorded (one written by hand, say).</summary>
    public TMarkup Otherwise { get; }

    /// <summary>The form recorded for the element that stood at <paramref name="span"/>, else <see cref="Otherwise"/>.</summary>
    protected TMarkup FormAt(SourceSpan span) => span.IsKnown && bySource.TryGetValue(span, out var markup) ? markup : Otherwise;
}
