namespace DraftingKit.Model;

/// <summary>
/// Assigns printed footnote numbers: 1, 2, 3 … in order of first reference through the text, as UN documents
/// number them. A label referenced again keeps its number (the practice of texts before 2020); footnotes that
/// are never referenced follow, so that no text is lost on output. A note the UN marks with a symbol
/// (<see cref="FootnoteMark"/>) keeps its place in that order but takes no number.
/// </summary>
public sealed class FootnoteNumbering
{
    private readonly Dictionary<string, int> numbers;

    private FootnoteNumbering(Dictionary<string, int> numbers, IReadOnlyList<Footnote> ordered, bool hasMarks)
    {
        this.numbers = numbers;
        Ordered = ordered;
        HasMarks = hasMarks;
    }

    /// <summary>The footnotes in printed order.</summary>
    public IReadOnlyList<Footnote> Ordered { get; }

    /// <summary>Numbers the footnotes of <paramref name="document"/>.</summary>
    public static FootnoteNumbering For(ResolutionDocument document) => For(document, 1);

    /// <summary>
    /// Numbers the footnotes of <paramref name="document"/> from <paramref name="first"/>, for a text whose notes
    /// continue the count of the report that carries it (a commission's report to the Council runs one count through
    /// its chapter).
    /// </summary>
    public static FootnoteNumbering For(ResolutionDocument document, int first)
    {
        // Every note's place in print, marked or numbered: by first reference, then the unreferenced ones.
        var places = new HashSet<string>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (places.Add(reference.Label))
                {
                    order.Add(reference.Label);
                }
            }
        }

        var byLabel = new Dictionary<string, Footnote>(System.StringComparer.Ordinal);
        foreach (var footnote in document.Footnotes)
        {
            if (byLabel.ContainsKey(footnote.Label))
            {
                continue;
            }

            byLabel.Add(footnote.Label, footnote);
            if (places.Add(footnote.Label))
            {
                order.Add(footnote.Label);
            }
        }

        var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var hasMarks = false;
        var ordered = new List<Footnote>();
        foreach (var label in order)
        {
            if (FootnoteMark.Of(label) is null)
            {
                numbers.Add(label, numbers.Count + first);
            }
            else
            {
                hasMarks = true;
            }

            if (byLabel.TryGetValue(label, out var footnote))
            {
                ordered.Add(footnote);
            }
        }

        return new FootnoteNumbering(numbers, ordered, hasMarks);
    }

    /// <summary>How many footnotes are numbered.</summary>
    public int Count => numbers.Count;

    /// <summary>The printed number of the footnote with <paramref name="label"/>, or null when it has none.</summary>
    public int? NumberOf(string label) => numbers.TryGetValue(label, out var number) ? number : null;

    /// <summary>True when a note prints a mark instead of a number (<see cref="FootnoteMark"/>).</summary>
    public bool HasMarks { get; }

    /// <summary>What the note with <paramref name="label"/> prints as its mark: its symbol, or its number.</summary>
    public string Printed(string label) =>
        FootnoteMark.Of(label) ?? (NumberOf(label) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
