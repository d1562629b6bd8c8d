namespace DraftingKit.Model;

/// <summary>
/// The subparagraphs whose AKN form differs from the form most of their file's take, as a template's front matter
/// carries them (<c>akn-subparagraph-forms: numbered 3-4 9; points 1-2</c>): each by its place among all the text's
/// subparagraphs in reading order, counted from 1. The UN's files mix forms (75/190 gives its "(iii)" a num of its
/// own and leaves "(a)" in the text), and <c>render --format akn</c> from the template gives each its own back.
/// </summary>
internal static class AknSubparagraphExceptions
{
    private static readonly (string Name, AknSubparagraphMarkup Form)[] Names =
    {
        ("points", AknSubparagraphMarkup.Points),
        ("paragraphs", AknSubparagraphMarkup.Paragraphs),
        ("numbered", AknSubparagraphMarkup.NumberedParagraphs),
    };

    /// <summary>Every subparagraph of the text in reading order: parts, then annexes; an item before its own items.</summary>
    public static IEnumerable<Subparagraph> InOrder(ResolutionDocument document)
    {
        var blocks = document.Parts.SelectMany(part => part.Preamble.Concat(part.OperativePart)).Concat(document.Annexes.SelectMany(annex => annex.Blocks));
        foreach (var block in blocks)
        {
            var items = block switch
            {
                PreambularParagraph preambular => preambular.Subparagraphs,
                OperativeParagraph operative => operative.Subparagraphs,
                TextParagraph text => text.Subparagraphs,
                _ => EquatableArray<Subparagraph>.Empty,
            };
            foreach (var item in Flatten(items))
            {
                yield return item;
            }
        }
    }

    /// <summary>The front-matter value for the subparagraphs whose recorded form is not <paramref name="usual"/>; null when there are none.</summary>
    public static string? Describe(ResolutionDocument document, AknSubparagraphMarkup usual, IReadOnlyDictionary<SourceSpan, AknSubparagraphMarkup> recorded)
    {
        var places = new Dictionary<AknSubparagraphMarkup, List<int>>();
        var place = 0;
        foreach (var item in InOrder(document))
        {
            place++;
            if (item.Span.IsKnown && recorded.TryGetValue(item.Span, out var form) && form != usual)
            {
                (places.TryGetValue(form, out var list) ? list : places[form] = new List<int>()).Add(place);
            }
        }

        if (places.Count == 0)
        {
            return null;
        }

        return string.Join("; ", Names.Where(n => places.ContainsKey(n.Form)).Select(n => n.Name + " " + PlaceRanges.Write(places[n.Form])));
    }

    /// <summary>Reads a front-matter value; false when it is not of the form "numbered 3-4 9; points 1-2".</summary>
    public static bool TryParse(string value, out Dictionary<int, AknSubparagraphMarkup> forms)
    {
        forms = new Dictionary<int, AknSubparagraphMarkup>();
        foreach (var group in value.Split(';'))
        {
            var words = group.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Names.Any(n => n.Name == words[0]) || !PlaceRanges.TryRead(words.Skip(1), out var places))
            {
                return false;
            }

            var form = Names.First(n => n.Name == words[0]).Form;
            foreach (var place in places)
            {
                forms[place] = form;
            }
        }

        return true;
    }

    /// <summary>The form of every subparagraph as the front matter gives them: its exceptions by place, else its usual form.</summary>
    public static AknSubparagraphForms Forms(ResolutionDocument document, AknSubparagraphMarkup usual)
    {
        var bySource = new Dictionary<SourceSpan, AknSubparagraphMarkup>();
        if (document.Header.AknSubparagraphExceptions is { } value && TryParse(value, out var forms))
        {
            var place = 0;
            foreach (var item in InOrder(document))
            {
                place++;
                if (forms.TryGetValue(place, out var form) && item.Span.IsKnown)
                {
                    bySource[item.Span] = form;
                }
            }
        }

        return new AknSubparagraphForms(usual, bySource);
    }

    private static IEnumerable<Subparagraph> Flatten(EquatableArray<Subparagraph> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var inner in Flatten(item.Items))
            {
                yield return inner;
            }
        }
    }
}
