using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Sets in italics the titles a plain text's notes give in roman (<see cref="NoteTitles"/>): a PDF's text layer
/// carries no italics, and the UN prints a publication's title, the Official Records' and the Treaty Series' so.
/// </summary>
/// <remarks>
/// Only a note without any emphasis of its own is read: where the source sets italics, they are its own, and a title
/// left in roman is the drafter's, for the rules to weigh.
/// </remarks>
internal static class NoteTitleEmphasis
{
    public static ResolutionDocument Restore(ResolutionDocument document)
    {
        if (document.Footnotes.IsEmpty)
        {
            return document;
        }

        var notes = document.Footnotes.Select(note => note with { Text = Restore(note.Text) }).ToArray();
        return document with { Footnotes = EquatableArray.From(notes) };
    }

    /// <summary>The note's text with its titles in italics, or as it was when it sets any emphasis of its own.</summary>
    public static InlineText Restore(InlineText text)
    {
        if (text.Inlines.IsEmpty || text.Inlines.Any(inline => inline is Emphasis or StrongEmphasis))
        {
            return text;
        }

        var titles = NoteTitles.In(text.PlainText);
        if (titles.Count == 0)
        {
            return text;
        }

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
