namespace DraftingKit.Model;

/// <summary>
/// The preambular paragraphs a UN file sets as unnumbered paragraphs at the head of its main body ("*Having further
/// considered* …,", 76/245, 77/262), as a template's front matter carries them (<c>akn-preamble-in-main-body: 12</c>):
/// each by its place among the text's preambular paragraphs in reading order, counted from 1. The text reads them as
/// preambular; <c>render --format akn</c> from the template sets them where the file did.
/// </summary>
internal static class AknPreambleInMainBody
{
    /// <summary>Every preambular paragraph of the text in reading order.</summary>
    public static IEnumerable<PreambularParagraph> InOrder(ResolutionDocument document) =>
        document.Parts.SelectMany(part => part.Preamble).OfType<PreambularParagraph>();

    /// <summary>The front-matter value for the paragraphs at <paramref name="spans"/>; null when there are none.</summary>
    public static string? Describe(ResolutionDocument document, ICollection<SourceSpan> spans)
    {
        var places = InOrder(document).Select((paragraph, i) => (paragraph, Place: i + 1))
            .Where(p => p.paragraph.Span.IsKnown && spans.Contains(p.paragraph.Span))
            .Select(p => p.Place)
            .ToList();
        return places.Count == 0 ? null : PlaceRanges.Write(places);
    }

    /// <summary>Reads a front-matter value; false when it is not places such as "12" or "11-12".</summary>
    public static bool TryParse(string value, out List<int> places) =>
        PlaceRanges.TryRead(value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), out places) && places.Count > 0;

    /// <summary>The source spans of the paragraphs the front matter names.</summary>
    public static HashSet<SourceSpan> Spans(ResolutionDocument document)
    {
        var spans = new HashSet<SourceSpan>();
        if (document.Header.AknPreambleInMainBody is { } value && TryParse(value, out var places))
        {
            var wanted = new HashSet<int>(places);
            foreach (var (paragraph, place) in InOrder(document).Select((p, i) => (p, i + 1)))
            {
                if (wanted.Contains(place) && paragraph.Span.IsKnown)
                {
                    spans.Add(paragraph.Span);
                }
            }
        }

        return spans;
    }

    /// <summary>
    /// The part with the preamble's last paragraphs that <paramref name="spans"/> name moved to the head of its main
    /// body, where the AKN export writes them as unnumbered paragraphs; only a run at the preamble's end moves.
    /// </summary>
    public static DocumentPart AsFiled(DocumentPart part, ICollection<SourceSpan> spans)
    {
        var moved = 0;
        while (moved < part.Preamble.Count && part.Preamble[part.Preamble.Count - 1 - moved] is PreambularParagraph { Span: var span } && span.IsKnown && spans.Contains(span))
        {
            moved++;
        }

        if (moved == 0)
        {
            return part;
        }

        var keep = part.Preamble.Count - moved;
        return part with
        {
            Preamble = EquatableArray.From(part.Preamble.Take(keep)),
            OperativePart = EquatableArray.From(part.Preamble.Skip(keep).Concat(part.OperativePart)),
        };
    }
}
