using System.Globalization;

namespace DraftingKit.Model;

/// <summary>What a paragraph being read turns out to be.</summary>
internal enum ParagraphKind
{
    Preambular,
    Operative,
    Text,
}

/// <summary>
/// A paragraph still being read, whose subparagraphs may yet follow: the one builder the template reader, the UN text
/// importer and the AKN importer make their paragraphs with. <see cref="Build()"/> makes the model's paragraph.
/// </summary>
internal sealed class ParagraphDraft
{
    // The open items of an embedded numbered list (a provisional agenda) and the lettered items read under each.
    private readonly List<(SubparagraphLadder.Node Node, SubparagraphLadder Items)> decimals = new();

    public ParagraphDraft(ParagraphKind kind, InlineText text, SourceSpan span)
    {
        Kind = kind;
        Text = text;
        Span = span;
    }

    /// <summary>What the paragraph is.</summary>
    public ParagraphKind Kind { get; }

    /// <summary>The number of an operative paragraph ("5." → 5; "(b)" → 2 when lettered), null when unnumbered.</summary>
    public int? Number { get; init; }

    /// <summary>How an operative paragraph is numbered: figures, or letters in a text whose paragraphs are lettered.</summary>
    public NumberStyle Style { get; init; }

    /// <summary>"bis" for "5 bis.": see <see cref="OperativeParagraph.Addition"/>.</summary>
    public string? Addition { get; init; }

    /// <summary>The label of a text paragraph ("4.10", an agenda's item), null when it has none.</summary>
    public string? Label { get; init; }

    public InlineText Text { get; set; }

    public SourceSpan Span { get; }

    /// <summary>The subparagraphs read so far.</summary>
    public SubparagraphLadder Ladder { get; } = new();

    /// <summary>The text of the last labelled subparagraph added, to tell a heading subparagraph that text may follow.</summary>
    public InlineText? LastItemText { get; set; }

    public bool EndsWithColon => Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal);

    /// <summary>True when the deepest last subparagraph read so far ends with a colon: items may follow under it.</summary>
    public bool LadderEndsWithColon
    {
        get
        {
            var items = Ladder.Build();
            while (!items.IsEmpty)
            {
                var last = items[items.Count - 1];
                if (last.Items.IsEmpty)
                {
                    return last.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal);
                }

                items = last.Items;
            }

            return false;
        }
    }

    /// <summary>True when an embedded list is open and <paramref name="number"/> is its next item.</summary>
    public bool ContinuesDecimalList(int number) =>
        decimals.Count > 0 && int.TryParse(decimals[decimals.Count - 1].Node.Label, NumberStyles.None, CultureInfo.InvariantCulture, out var last) && number == last + 1;

    /// <summary>Adds an item of an embedded numbered list ("1. Opening of the session" of a provisional agenda).</summary>
    public void AddDecimal(string label, InlineText text, SourceSpan span)
    {
        var node = Ladder.AddDecimal(label, text, span, underLastItem: false);
        decimals.Add((node, new SubparagraphLadder()));
    }

    /// <summary>Adds a lettered subparagraph: under the embedded list's last item when that item introduces it, else to the paragraph.</summary>
    public void AddLabelled(SubparagraphLabel label, InlineText text, SourceSpan span)
    {
        // "- (a) Terrorism …" under "6. International cooperation …:" belongs to the agenda item, not the paragraph.
        if (decimals.Count > 0)
        {
            var (node, items) = decimals[decimals.Count - 1];
            if (node.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal) || !items.IsEmpty)
            {
                items.Add(label, text, span);
                return;
            }
        }

        Ladder.Add(label, text, span);
    }

    public BodyBlock Build()
    {
        foreach (var (node, items) in decimals)
        {
            foreach (var item in items.Build())
            {
                node.Children.Add(ToNode(item));
            }
        }

        decimals.Clear();
        return Build(Ladder.Build());
    }

    /// <summary>The paragraph with the subparagraphs given (a reader that completes the ladder's items first).</summary>
    public BodyBlock Build(EquatableArray<Subparagraph> subparagraphs) => Kind switch
    {
        ParagraphKind.Preambular => new PreambularParagraph(Text, subparagraphs, Span),
        ParagraphKind.Operative => new OperativeParagraph(Number, Style, Text, subparagraphs, Span) { Addition = Addition },
        _ => new TextParagraph(Label, Text, subparagraphs, Span),
    };

    private static SubparagraphLadder.Node ToNode(Subparagraph item)
    {
        var node = new SubparagraphLadder.Node(item.Label, item.Style, item.Text, item.Span);
        foreach (var child in item.Items)
        {
            node.Children.Add(ToNode(child));
        }

        return node;
    }
}
