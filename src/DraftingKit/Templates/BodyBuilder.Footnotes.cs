// Partial of BodyBuilder: the footnotes of the text, read from the template's footnote definitions (partial: they add to the builder's footnotes).
using DraftingKit.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private void AddFootnotes(FootnoteGroup group)
    {
        foreach (var block in group)
        {
            if (block is not Markdig.Extensions.Footnotes.Footnote footnote)
            {
                continue;
            }

            var parts = new List<Model.Inline>();
            foreach (var child in footnote)
            {
                if (child is ParagraphBlock paragraph)
                {
                    if (parts.Count > 0)
                    {
                        parts.Add(new TextRun(" ", SpanOf(paragraph)));
                    }

                    parts.AddRange(inlines.Convert(paragraph.Inline).Inlines);
                }
            }

            footnotes.Add(new Model.Footnote(InlineConverter.FootnoteLabel(footnote.Label), new InlineText(EquatableArray.From(parts)), SpanOf(footnote)));
        }
    }
}
