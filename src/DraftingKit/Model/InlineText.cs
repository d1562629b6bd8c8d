using System.Collections.Generic;
using System.Text;

namespace DraftingKit.Model;

/// <summary>A sequence of inline runs: the text of a paragraph, title, heading or footnote.</summary>
public sealed record InlineText(EquatableArray<Inline> Inlines)
{
    /// <summary>No text.</summary>
    public static InlineText Empty { get; } = new(EquatableArray<Inline>.Empty);

    /// <summary>True when there are no runs.</summary>
    public bool IsEmpty => Inlines.IsEmpty;

    /// <summary>Text made of one plain run, for models built in code.</summary>
    public static InlineText Plain(string text) =>
        text.Length == 0 ? Empty : new InlineText(EquatableArray.Create<Inline>(new TextRun(text, SourceSpan.None)));

    /// <summary>Text made of the given runs.</summary>
    public static InlineText Of(params Inline[] inlines) => new(EquatableArray.Create(inlines));

    /// <summary>The words without formatting and without footnote markers.</summary>
    public string PlainText
    {
        get
        {
            var writer = new PlainTextWriter();
            writer.Walk(this);
            return writer.Builder.ToString();
        }
    }

    /// <summary>
    /// The lead phrase: the text of the italic run that opens the paragraph ("Recalling also", "Takes note").
    /// Null when the paragraph does not open with italics.
    /// </summary>
    public string? ItalicLead
    {
        get
        {
            foreach (var inline in Inlines)
            {
                switch (inline)
                {
                    case TextRun { Text: var text } when string.IsNullOrWhiteSpace(text):
                        continue;
                    case Emphasis emphasis:
                        return emphasis.Content.PlainText.Trim();
                    default:
                        return null;
                }
            }

            return null;
        }
    }

    /// <summary>Every footnote reference in document order, nested runs included.</summary>
    public IEnumerable<FootnoteReference> FootnoteReferences()
    {
        var references = new FootnoteReferenceList();
        references.Walk(this);
        return references.Found;
    }

    private sealed class PlainTextWriter : InlineWalker
    {
        public StringBuilder Builder { get; } = new();

        protected override void VisitText(TextRun run) => Builder.Append(run.Text);
    }

    private sealed class FootnoteReferenceList : InlineWalker
    {
        public List<FootnoteReference> Found { get; } = new();

        protected override void VisitFootnoteReference(FootnoteReference reference) => Found.Add(reference);
    }
}
