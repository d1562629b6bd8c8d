using System.Globalization;

namespace DraftingKit.Model;

/// <summary>
/// The section headings of the main body that the UN's file sets as a <c>container</c> of their own rather than as a
/// <c>subheading</c> ("Reporting and Consultation", S/RES/2550 (2020); "**Reporting**" among subheadings, S/RES/2551
/// (2020)), as a template's front matter carries them (<c>akn-heading-containers: 7</c>): each by its place among all
/// the text's headings in reading order, counted from 1.
/// </summary>
internal static class AknHeadingContainers
{
    /// <summary>Every heading of the text in reading order: parts, then annexes.</summary>
    public static IEnumerable<Heading> InOrder(ResolutionDocument document) =>
        document.Parts.SelectMany(part => part.Preamble.Concat(part.OperativePart)).Concat(document.Annexes.SelectMany(annex => annex.Blocks)).OfType<Heading>();

    /// <summary>The front-matter value for the headings whose source span is in <paramref name="containers"/>; null when there are none.</summary>
    public static string? Describe(ResolutionDocument document, ICollection<SourceSpan> containers)
    {
        var places = InOrder(document)
            .Select((heading, index) => (heading, place: index + 1))
            .Where(h => h.heading.Span.IsKnown && containers.Contains(h.heading.Span))
            .Select(h => h.place.ToString(CultureInfo.InvariantCulture))
            .ToList();
        return places.Count == 0 ? null : string.Join(" ", places);
    }

    /// <summary>Reads a front-matter value; false when it is not places separated by spaces ("3 7").</summary>
    public static bool TryParse(string value, out HashSet<int> places)
    {
        places = new HashSet<int>();
        foreach (var word in value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var place) || place < 1)
            {
                return false;
            }

            places.Add(place);
        }

        return places.Count > 0;
    }

    /// <summary>The source spans of the headings the template's front matter sets as containers.</summary>
    public static HashSet<SourceSpan> Spans(ResolutionDocument document)
    {
        var spans = new HashSet<SourceSpan>();
        if (document.Header.AknHeadingContainers is { } value && TryParse(value, out var places))
        {
            foreach (var (heading, place) in InOrder(document).Select((heading, index) => (heading, index + 1)))
            {
                if (places.Contains(place) && heading.Span.IsKnown)
                {
                    spans.Add(heading.Span);
                }
            }
        }

        return spans;
    }
}
