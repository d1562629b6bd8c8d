using System.Text;

namespace DraftingKit.Model;

/// <summary>A sequence of inline runs: the text of a paragraph, title, heading or footnote.</summary>
public sealed record InlineText(EquatableArray<Inline> Inlines)
{
    // PERF: the plain text and the runs with their offsets, made on first use and kept: every style rule reads them
    // for every text of a document, and the text never changes. Not part of the value: see Equals and the copy.
    private string? plainText;
    private IReadOnlyList<(TextRun Run, int Offset)>? runs;

    /// <summary>A copy for <c>with</c>: the new text's plain text is made again from its own runs.</summary>
    private InlineText(InlineText original) => Inlines = original.Inlines;

    /// <summary>Equal when the runs are equal: what is kept from a first use does not count.</summary>
    public bool Equals(InlineText? other) => other is not null && Inlines.Equals(other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => Inlines.GetHashCode();

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
            if (plainText is null)
            {
                var writer = new PlainTextWriter();
                writer.Walk(this);
                plainText = writer.Builder.ToString();
            }

            return plainText;
        }
    }

    /// <summary>The text runs, nested ones included, with their offsets in <see cref="PlainText"/>.</summary>
    internal IReadOnlyList<(TextRun Run, int Offset)> RunsWithOffsets
    {
        get
        {
            if (runs is null)
            {
                var offsets = new RunOffsets();
                offsets.Walk(this);
                runs = offsets.Found;
            }

            return runs;
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

    private sealed class RunOffsets : InlineWalker
    {
        private int offset;

        public List<(TextRun, int)> Found { get; } = new();

        protected override void VisitText(TextRun run)
        {
            Found.Add((run, offset));
            offset += run.Text.Length;
        }
    }

    private sealed class FootnoteReferenceList : InlineWalker
    {
        public List<FootnoteReference> Found { get; } = new();

        protected override void VisitFootnoteReference(FootnoteReference reference) => Found.Add(reference);
    }
}
