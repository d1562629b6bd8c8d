namespace DraftingKit.Model;

/// <summary>
/// The section headings whose number an AKN export writes in another form than most of their file's, as a
/// template's front matter carries them (<c>akn-heading-forms: in-text 1 4-6</c>): each by its place among all the
/// text's headings in reading order, counted from 1. The UN's files mix forms (76/246 numbers "B." in a paragraph's
/// <c>num</c> and leaves "I" in a subheading's text), and <c>render --format akn</c> from the template gives each its own back.
/// </summary>
internal static class AknHeadingExceptions
{
    private static readonly (string Name, AknHeadingMarkup Form)[] Names =
    {
        ("in-text", AknHeadingMarkup.InText),
        ("numbered", AknHeadingMarkup.Numbered),
    };

    /// <summary>Every heading of the text in reading order: parts, then annexes.</summary>
    public static IEnumerable<Heading> InOrder(ResolutionDocument document) =>
        document.Parts.SelectMany(part => part.Preamble.Concat(part.OperativePart))
            .Concat(document.Annexes.SelectMany(annex => annex.Blocks))
            .OfType<Heading>();

    /// <summary>
    /// The form most of the headings that carry a number take (<paramref name="numbered"/>: the source spans of the
    /// headings whose number the file set in a <c>num</c>) and the front-matter value for the others; null when none differ.
    /// </summary>
    public static (AknHeadingMarkup Usual, string? Exceptions) Describe(ResolutionDocument document, ICollection<SourceSpan> numbered)
    {
        // Only a heading that opens with a number can take either form; the others are written alike.
        var forms = new List<(int Place, AknHeadingMarkup Form, bool HasNumber)>();
        var place = 0;
        foreach (var heading in InOrder(document))
        {
            place++;
            var isNumbered = heading.Span.IsKnown && numbered.Contains(heading.Span);
            var hasNumber = HeadingNumber.ForAkn(heading.Text) is not null;
            if (isNumbered || hasNumber)
            {
                forms.Add((place, isNumbered ? AknHeadingMarkup.Numbered : AknHeadingMarkup.InText, hasNumber));
            }
        }

        var inNum = forms.Count(f => f.Form == AknHeadingMarkup.Numbered);
        var usual = inNum > 0 && inNum >= forms.Count - inNum ? AknHeadingMarkup.Numbered : AknHeadingMarkup.InText;
        var others = forms.Where(f => f.Form != usual && f.HasNumber).Select(f => f.Place).ToList();
        return (usual, others.Count == 0 ? null : Names.First(n => n.Form != usual).Name + " " + PlaceRanges.Write(others));
    }

    /// <summary>Reads a front-matter value; false when it is not of the form "in-text 1 4-6" or "numbered 3".</summary>
    public static bool TryParse(string value, out Dictionary<int, AknHeadingMarkup> forms)
    {
        forms = new Dictionary<int, AknHeadingMarkup>();
        foreach (var group in value.Split(';'))
        {
            var words = group.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Names.Any(n => n.Name == words[0]) || !PlaceRanges.TryRead(words.Skip(1), out var places))
            {
                return false;
            }

            var form = Names.First(n => n.Name == words[0]).Form;
            foreach (var p in places)
            {
                forms[p] = form;
            }
        }

        return true;
    }

    /// <summary>The form of every heading as the front matter gives them: its exceptions by place, else <paramref name="usual"/>.</summary>
    public static AknHeadingForms Forms(ResolutionDocument document, AknHeadingMarkup usual)
    {
        var bySource = new Dictionary<SourceSpan, AknHeadingMarkup>();
        if (document.Header.AknHeadingExceptions is { } value && TryParse(value, out var forms))
        {
            var place = 0;
            foreach (var heading in InOrder(document))
            {
                place++;
                if (forms.TryGetValue(place, out var form) && heading.Span.IsKnown)
                {
                    bySource[heading.Span] = form;
                }
            }
        }

        return new AknHeadingForms(usual, bySource);
    }
}
