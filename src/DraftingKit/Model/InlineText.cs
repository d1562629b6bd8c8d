using System.Text;

namespace DraftingKit.Model;

/// <summary>A sequence of inline runs: the text of a paragraph, title, heading or footnote.</summary>
public sealed record InlineText(EquatableArray<Inline> Inlines)
{
    // PERF: the plain text and the runs with their offsets, made on first use and kept: every style rule reads them
    // for every text of a document, and the text never changes. Not part of the value: see Equals and the copy.
    private string? plainText;
    private EquatableArray<(TextRun Run, int Offset)>? runs;
    private PrintedForms? printed;

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
            // PERF: made from the runs with their offsets, which the style rules read too: a text of one run is that
            // run's string, and any other is copied once at its known length (a growing builder copied it three times).
            return plainText ??= Join(RunsWithOffsets);
        }
    }

    /// <summary>
    /// <see cref="PlainText"/> in the printed normal form (<see cref="Text.PrintedText.Normalize"/>), made on first use
    /// and kept: a lint folds each text once, not once for every rule that reads the normal form.
    /// </summary>
    internal string PrintedPlainText
    {
        get
        {
            var forms = printed ??= new PrintedForms();
            return forms.Normal ??= Text.PrintedText.Normalize(PlainText);
        }
    }

    /// <summary>
    /// <see cref="PlainText"/> folded as the citation search reads it (<see cref="Text.PrintedText.Fold(string, out int[])"/>), with the
    /// map of its offsets back to the plain text (null when the same), made on first use and kept.
    /// </summary>
    internal string FoldedPlainText(out int[]? offsets)
    {
        // One object for the text and its map, so that a reader on another thread sees both or neither.
        var forms = printed ??= new PrintedForms();
        var folded = forms.Folded ??= new FoldedText(Text.PrintedText.Fold(PlainText, out var map), map);
        offsets = folded.Offsets;
        return folded.Text;
    }

    /// <summary>The text runs, nested ones included, with their offsets in <see cref="PlainText"/>.</summary>
    internal EquatableArray<(TextRun Run, int Offset)> RunsWithOffsets
    {
        get
        {
            if (runs is null)
            {
                // PERF: the runs counted first and placed in an array of their number; a list grew and was copied.
                var count = new RunCount();
                count.Walk(this);
                var offsets = new RunOffsets(new (TextRun, int)[count.Runs]);
                offsets.Walk(this);
                runs = count.Runs == 0 ? EquatableArray<(TextRun, int)>.Empty : new EquatableArray<(TextRun, int)>(offsets.Found);
            }

            return runs.Value;
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
        // PERF: most texts hold no footnote reference, and the numbering and three rules ask every text of a lint; those
        // are answered without a walker and a list.
        if (!HoldsFootnoteReference(Inlines))
        {
            return NoFootnoteReferences;
        }

        var references = new FootnoteReferenceList();
        references.Walk(this);
        return references.Found;
    }

    private static readonly FootnoteReference[] NoFootnoteReferences = new FootnoteReference[0];

    // The runs FootnoteReferenceList walks into (InlineWalker's defaults): italics, bold and links.
    private static bool HoldsFootnoteReference(EquatableArray<Inline> inlines)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            var holds = inlines[i] switch
            {
                FootnoteReference => true,
                Emphasis emphasis => HoldsFootnoteReference(emphasis.Content.Inlines),
                StrongEmphasis strong => HoldsFootnoteReference(strong.Content.Inlines),
                DocumentLink link => HoldsFootnoteReference(link.Content.Inlines),
                _ => false,
            };
            if (holds)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(EquatableArray<(TextRun Run, int Offset)> runs)
    {
        switch (runs.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return runs[0].Run.Text;
        }

        var length = runs[runs.Count - 1].Offset + runs[runs.Count - 1].Run.Text.Length;
#if NET
        return string.Create(length, runs, static (text, runs) =>
        {
            for (var i = 0; i < runs.Count; i++)
            {
                runs[i].Run.Text.AsSpan().CopyTo(text.Slice(runs[i].Offset));
            }
        });
#else
        var builder = new StringBuilder(length);
        foreach (var (run, _) in runs)
        {
            builder.Append(run.Text);
        }

        return builder.ToString();
#endif
    }

    private sealed record FoldedText(string Text, int[]? Offsets);

    /// <summary>
    /// The printed forms a text keeps, in one field: most texts of a document are read by no rule that folds, and
    /// each field is paid for by every text the reader makes.
    /// </summary>
    private sealed class PrintedForms
    {
        public string? Normal { get; set; }
        public FoldedText? Folded { get; set; }
    }

    private sealed class RunCount : InlineWalker
    {
        public int Runs { get; private set; }

        protected override void VisitText(TextRun run) => Runs++;
    }

    private sealed class RunOffsets : InlineWalker
    {
        private int offset;
        private int index;

        public RunOffsets((TextRun, int)[] found) => Found = found;

        public (TextRun, int)[] Found { get; }

        protected override void VisitText(TextRun run)
        {
            Found[index++] = (run, offset);
            offset += run.Text.Length;
        }
    }

    private sealed class FootnoteReferenceList : InlineWalker
    {
        public List<FootnoteReference> Found { get; } = new();

        protected override void VisitFootnoteReference(FootnoteReference reference) => Found.Add(reference);
    }
}
