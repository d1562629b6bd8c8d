namespace DraftingKit.Model;

/// <summary>Cuts inline text at plain-text offsets while keeping its formatting, spans and footnote markers.</summary>
public static class InlineSlicing
{
    /// <summary>
    /// The part of <paramref name="text"/> between plain-text offsets <paramref name="start"/> and
    /// <paramref name="end"/>. Footnote markers at the cut points go with the part that ends there.
    /// </summary>
    public static InlineText Slice(InlineText text, int start, int end)
    {
        var position = 0;
        var output = new List<Inline>();
        Slice(text, start, end, ref position, output);
        return output.Count == 0 ? InlineText.Empty : new InlineText(EquatableArray.From(output));
    }

    /// <summary>
    /// The text with its first <paramref name="length"/> plain-text characters in italics and the rest as it was: a
    /// lead or a formula's subject an extraction printed in roman.
    /// </summary>
    public static InlineText EmphasizeStart(InlineText text, int length)
    {
        var inlines = new List<Inline> { new Emphasis(Slice(text, 0, length), text.Inlines[0].Span) };
        inlines.AddRange(Slice(text, length, int.MaxValue).Inlines);
        return new InlineText(EquatableArray.From(inlines));
    }

    /// <summary>Drops the first <paramref name="count"/> plain-text characters.</summary>
    public static InlineText TrimStart(InlineText text, int count) => Slice(text, count, int.MaxValue);

    /// <summary>Drops leading and trailing white space of the first and last text runs.</summary>
    public static InlineText Trim(InlineText text)
    {
        var plain = text.PlainText;
        var start = 0;
        while (start < plain.Length && char.IsWhiteSpace(plain[start]))
        {
            start++;
        }

        var end = plain.Length;
        while (end > start && char.IsWhiteSpace(plain[end - 1]))
        {
            end--;
        }

        return start == 0 && end == plain.Length ? text : Slice(text, start, end);
    }

    private static void Slice(InlineText text, int start, int end, ref int position, List<Inline> output)
    {
        foreach (var inline in text.Inlines)
        {
            switch (inline)
            {
                case TextRun run:
                {
                    var runStart = position;
                    var runEnd = position + run.Text.Length;
                    position = runEnd;
                    var from = System.Math.Max(start, runStart);
                    var to = System.Math.Min(end, runEnd);
                    if (from >= to)
                    {
                        break;
                    }

                    if (from == runStart && to == runEnd)
                    {
                        output.Add(run);
                        break;
                    }

                    var span = run.Span;
                    var sliced = span;
                    if (span.IsKnown && span.Length == run.Text.Length)
                    {
                        // The run's text is its source, so lines and columns inside it are counted on the text: a run
                        // can span a line break, and the slice must keep line and column those of its offsets.
                        var (line, column) = Advance(span.Line, span.Column, run.Text, from - runStart);
                        // A soft line break may stand in the text as a space: a slice that keeps the run's end keeps its end.
                        var (endLine, endColumn) = to == runEnd ? (span.EndLine, span.EndColumn) : Advance(span.Line, span.Column, run.Text, System.Math.Max(from, to - 1) - runStart);
                        sliced = span with { Start = span.Start + (from - runStart), Length = to - from, Line = line, Column = column, EndLine = endLine, EndColumn = endColumn };
                    }

                    output.Add(new TextRun(run.Text.Substring(from - runStart, to - from), sliced));
                    break;
                }

                case FootnoteReference reference:
                    if (position > start && position <= end)
                    {
                        output.Add(reference);
                    }

                    break;
                case Emphasis emphasis:
                    AddNested(emphasis.Content, start, end, ref position, output, content => emphasis with { Content = content });
                    break;
                case StrongEmphasis strong:
                    AddNested(strong.Content, start, end, ref position, output, content => strong with { Content = content });
                    break;
                case DocumentLink link:
                    AddNested(link.Content, start, end, ref position, output, content => link with { Content = content });
                    break;
            }
        }
    }

    private static void AddNested(InlineText content, int start, int end, ref int position, List<Inline> output, System.Func<InlineText, Inline> wrap)
    {
        var nested = new List<Inline>();
        Slice(content, start, end, ref position, nested);
        if (nested.Count > 0)
        {
            output.Add(wrap(new InlineText(EquatableArray.From(nested))));
        }
    }

    /// <summary>The line and column of the character <paramref name="count"/> characters into <paramref name="text"/>, which starts at (<paramref name="line"/>, <paramref name="column"/>).</summary>
    private static (int Line, int Column) Advance(int line, int column, string text, int count)
    {
        for (var i = 0; i < count && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
