namespace DraftingKit.Model;

/// <summary>
/// Builds the tree of subparagraphs under one paragraph from labels met in order: (a), (b) … then (i), (ii) …
/// nested under the letter before them. "(i)" after "(h)" is a letter, as UN texts run on; anywhere else it opens
/// a roman level.
/// </summary>
internal sealed class SubparagraphLadder
{
    private readonly List<Node> roots = new();
    private readonly List<Level> levels = new();

    public bool IsEmpty => roots.Count == 0;

    /// <summary>True when the last labelled item ends with a colon: the unlabelled paragraphs after it are its items.</summary>
    public bool LastItemIntroducesItems =>
        levels.Count > 0 && levels[levels.Count - 1].Last is { } last && last.Text.PlainText.TrimEnd().EndsWith(":", System.StringComparison.Ordinal);

    public void Add(SubparagraphLabel label, InlineText text, SourceSpan span)
    {
        var style = Place(label);
        var node = new Node(label.Text, style, text, span);
        Attach(node);
    }

    /// <summary>Adds an item of an embedded numbered list (a provisional agenda) under the last item, or at the top.</summary>
    public Node AddDecimal(string label, InlineText text, SourceSpan span, bool underLastItem)
    {
        var node = new Node(label, ListStyle.Decimal, text, span);
        if (underLastItem && levels.Count > 0)
        {
            levels[levels.Count - 1].Last!.Children.Add(node);
        }
        else
        {
            roots.Add(node);
        }

        return node;
    }

    /// <summary>Adds a paragraph without a label, continuing the last item or the paragraph itself.</summary>
    public void AddUnlabelled(InlineText text, SourceSpan span)
    {
        var node = new Node(string.Empty, ListStyle.Unlabelled, text, span);
        if (levels.Count > 0)
        {
            levels[levels.Count - 1].Last!.Children.Add(node);
        }
        else
        {
            roots.Add(node);
        }
    }

    public EquatableArray<Subparagraph> Build() => Freeze(roots);

    private static EquatableArray<Subparagraph> Freeze(List<Node> nodes)
    {
        if (nodes.Count == 0)
        {
            return EquatableArray<Subparagraph>.Empty;
        }

        var items = new Subparagraph[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            items[i] = new Subparagraph(node.Label, node.Style, node.Text, Freeze(node.Children), node.Span);
        }

        return new EquatableArray<Subparagraph>(items);
    }

    private ListStyle Place(SubparagraphLabel label)
    {
        if (label.IsDigits)
        {
            // "(1)" as written: a number in brackets, printed so, not the "1." of an embedded numbered list.
            return ListStyle.BracketedNumber;
        }

        var letter = label.LetterValue;
        var roman = label.RomanValue;

        // The next letter at an open letter level wins: "(i)" after "(h)", "(v)" after "(u)".
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            if (levels[i].Style == ListStyle.LowerLetter && letter == levels[i].Value + 1)
            {
                levels.RemoveRange(i + 1, levels.Count - i - 1);
                return ListStyle.LowerLetter;
            }

            if (levels[i].Style == ListStyle.LowerRoman && roman == levels[i].Value + 1)
            {
                levels.RemoveRange(i + 1, levels.Count - i - 1);
                return ListStyle.LowerRoman;
            }
        }

        if (roman == 1 && levels.Count == 0)
        {
            // A list that opens with "(i)" is roman: a lettered list opens with "(a)" (S/RES/2514 (2020), paragraph 10:
            // "(i) Facilitate …", "(ii) Protect …").
            levels.Add(new Level(ListStyle.LowerRoman, nested: false));
            return ListStyle.LowerRoman;
        }

        if (roman == 1 && levels.Count > 0)
        {
            levels.Add(new Level(ListStyle.LowerRoman, nested: true));
            return ListStyle.LowerRoman;
        }

        if (letter == 1 && levels.Count > 0 && levels[levels.Count - 1].Style != ListStyle.LowerLetter)
        {
            levels.Add(new Level(ListStyle.LowerLetter, nested: true));
            return ListStyle.LowerLetter;
        }

        // Out of sequence: stay at the nearest level of the same kind, so the numbering rule can report it.
        var style = letter is not null && (roman is null || !HasLevel(ListStyle.LowerRoman)) ? ListStyle.LowerLetter : ListStyle.LowerRoman;
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            if (levels[i].Style == style)
            {
                levels.RemoveRange(i + 1, levels.Count - i - 1);
                return style;
            }
        }

        levels.Clear();
        levels.Add(new Level(style, nested: false));
        return style;
    }

    private bool HasLevel(ListStyle style)
    {
        foreach (var level in levels)
        {
            if (level.Style == style)
            {
                return true;
            }
        }

        return false;
    }

    private void Attach(Node node)
    {
        if (levels.Count == 0)
        {
            levels.Add(new Level(node.Style, nested: false));
        }

        var level = levels[levels.Count - 1];
        if (level.Nested && level.Last is null)
        {
            // The first item of a nested level goes under the last item of the level above.
            var parent = levels.Count >= 2 ? levels[levels.Count - 2].Last : null;
            level.Siblings = parent is null ? roots : parent.Children;
        }

        level.Siblings ??= roots;
        level.Siblings.Add(node);
        level.Last = node;
        level.Value = node.Style == ListStyle.LowerRoman
            ? Numerals.FromRoman(node.Label) ?? level.Value + 1
            : Numerals.FromLetters(node.Label) ?? level.Value + 1;
    }

    internal sealed class Node
    {
        public Node(string label, ListStyle style, InlineText text, SourceSpan span)
        {
            Label = label;
            Style = style;
            Text = text;
            Span = span;
        }

        public string Label { get; }

        public ListStyle Style { get; }

        public InlineText Text { get; }

        public SourceSpan Span { get; }

        public List<Node> Children { get; } = new();
    }

    private sealed class Level
    {
        public Level(ListStyle style, bool nested)
        {
            Style = style;
            Nested = nested;
        }

        public ListStyle Style { get; }

        public bool Nested { get; }

        public int Value { get; set; }

        public Node? Last { get; set; }

        public List<Node>? Siblings { get; set; }
    }
}
