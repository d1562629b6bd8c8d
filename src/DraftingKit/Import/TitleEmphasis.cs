using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Sets in italics the titles a plain text gives in roman: a PDF's text layer carries no italics, and the UN prints in
/// italics the titles its notes cite (<see cref="NoteTitles"/>: a publication's, the Official Records', the Treaty
/// Series) and a publication's title after "entitled" in its text (<see cref="EntitledTitles"/>).
/// </summary>
/// <remarks>
/// A note is read only when it sets no emphasis of its own, and a text's words only where they are in roman: where the
/// source sets italics, they are its own.
/// </remarks>
internal static class TitleEmphasis
{
    public static ResolutionDocument Restore(ResolutionDocument document)
    {
        var notes = document.Footnotes.Select(note => note with { Text = RestoreNote(note.Text) }).ToArray();
        return DocumentTextMap.Map(document, RestoreText) with { Footnotes = EquatableArray.From(notes) };
    }

    /// <summary>The note's text with its titles in italics, or as it was when it sets any emphasis of its own.</summary>
    public static InlineText RestoreNote(InlineText text)
    {
        if (text.Inlines.IsEmpty || text.Inlines.Any(inline => inline is Emphasis or StrongEmphasis))
        {
            return text;
        }

        var titles = NoteTitles.In(text.PlainText);
        return titles.Count == 0 ? text : Emphasize(text, titles);
    }

    /// <summary>The text with the titles after "entitled" in its runs of roman in italics.</summary>
    public static InlineText RestoreText(InlineText text)
    {
        if (!text.Inlines.Any(inline => inline is TextRun run && run.Text.IndexOf("entitled ", StringComparison.Ordinal) >= 0))
        {
            return text;
        }

        var inlines = new List<Inline>();
        foreach (var inline in text.Inlines)
        {
            var titles = inline is TextRun run ? EntitledTitles.In(run.Text) : Array.Empty<(int, int)>();
            var single = new InlineText(EquatableArray.Create(inline));
            inlines.AddRange(titles.Count == 0 ? single.Inlines : Emphasize(single, titles).Inlines);
        }

        return new InlineText(EquatableArray.From(inlines));
    }

    /// <summary><paramref name="text"/> with the plain-text ranges <paramref name="titles"/> (in order, not overlapping) in italics.</summary>
    private static InlineText Emphasize(InlineText text, IReadOnlyList<(int Start, int Length)> titles)
    {
        var inlines = new List<Inline>();
        var position = 0;
        foreach (var (start, length) in titles)
        {
            if (start < position)
            {
                continue;
            }

            inlines.AddRange(InlineSlicing.Slice(text, position, start).Inlines);
            var title = InlineSlicing.Slice(text, start, start + length);
            if (!title.Inlines.IsEmpty)
            {
                inlines.Add(new Emphasis(title, title.Inlines[0].Span));
            }

            position = start + length;
        }

        inlines.AddRange(InlineSlicing.Slice(text, position, int.MaxValue).Inlines);
        return new InlineText(EquatableArray.From(inlines));
    }
}
