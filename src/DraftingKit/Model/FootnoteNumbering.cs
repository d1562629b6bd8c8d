using System.Collections.Generic;

namespace DraftingKit.Model;

/// <summary>
/// Assigns printed footnote numbers: 1, 2, 3 … in order of first reference through the text, as UN documents
/// number them. A label referenced again keeps its number (the practice of texts before 2020); footnotes that
/// are never referenced follow, so that no text is lost on output.
/// </summary>
public sealed class FootnoteNumbering
{
    private readonly Dictionary<string, int> numbers;

    private FootnoteNumbering(Dictionary<string, int> numbers, IReadOnlyList<Footnote> ordered)
    {
        this.numbers = numbers;
        Ordered = ordered;
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
        var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (!numbers.ContainsKey(reference.Label))
                {
                    numbers.Add(reference.Label, numbers.Count + first);
                }
            }
        }

        var byLabel = new Dictionary<string, Footnote>(System.StringComparer.Ordinal);
        var unreferenced = new List<Footnote>();
        foreach (var footnote in document.Footnotes)
        {
            if (byLabel.ContainsKey(footnote.Label))
            {
                continue;
            }

            byLabel.Add(footnote.Label, footnote);
            if (!numbers.ContainsKey(footnote.Label))
            {
                unreferenced.Add(footnote);
            }
        }

        var ordered = new List<Footnote>();
        foreach (var pair in numbers)
        {
            if (byLabel.TryGetValue(pair.Key, out var footnote))
            {
                ordered.Add(footnote);
            }
        }

        foreach (var footnote in unreferenced)
        {
            numbers.Add(footnote.Label, numbers.Count + first);
            ordered.Add(footnote);
        }

        ordered.Sort((a, b) => numbers[a.Label].CompareTo(numbers[b.Label]));
        return new FootnoteNumbering(numbers, ordered);
    }

    /// <summary>How many footnotes are numbered.</summary>
    public int Count => numbers.Count;

    /// <summary>The printed number of the footnote with <paramref name="label"/>, or null when it has none.</summary>
    public int? NumberOf(string label) => numbers.TryGetValue(label, out var number) ? number : null;
}
