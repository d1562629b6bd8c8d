using System.Collections.Generic;

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
                    var sliced = span.IsKnown && span.Length == run.Text.Length
                        ? span with
                        {
                            Start = span.Start + (from - runStart),
                            Length = to - from,
                            Column = span.Line == span.EndLine ? span.Column + (from - runStart) : span.Column,
                        }
                        : span;
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
}
