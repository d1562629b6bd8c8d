using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>
/// A string as a C# declaration writes it: its value and, for every stretch of the value, the characters of the
/// file it comes from, so that a finding on the value points at the exact characters inside the literal.
/// </summary>
/// <param name="Value">The value of the constant.</param>
/// <param name="Span">The source span of the whole expression (the literal's content for a single literal).</param>
/// <param name="Segments">The stretches of <paramref name="Value"/> in order, covering it without gaps.</param>
public sealed record DeclaredText(string Value, SourceSpan Span, EquatableArray<LiteralSegment> Segments)
{
    /// <summary>
    /// The source span of the value characters [<paramref name="start"/>, <paramref name="start"/> +
    /// <paramref name="length"/>): exact inside one-to-one stretches, widened to whole units elsewhere.
    /// </summary>
    public SourceSpan Locate(int start, int length)
    {
        if (Segments.IsEmpty)
        {
            return Span;
        }

        var first = SegmentAt(start);
        var last = length <= 0 ? first : SegmentAt(start + length - 1);
        var (sourceStart, line, column) = StartOf(first, start);
        var (sourceEnd, endLine, endColumn) = length <= 0 ? (sourceStart, line, column) : EndOf(last, start + length - 1);
        if (sourceEnd < sourceStart)
        {
            return Span;
        }

        return new SourceSpan(Span.Path, sourceStart, length <= 0 ? 0 : sourceEnd - sourceStart, line, column, length <= 0 ? line : endLine, length <= 0 ? column : endColumn);
    }

    /// <summary>The stretch holding value offset <paramref name="offset"/> (the last one for the end of the value).</summary>
    public LiteralSegment SegmentAt(int offset)
    {
        foreach (var segment in Segments)
        {
            if (offset < segment.TextEnd)
            {
                return segment;
            }
        }

        return Segments[Segments.Count - 1];
    }

    /// <summary>
    /// The source offset where value offset <paramref name="offset"/> starts, or -1 when it falls inside a unit
    /// (an escape sequence) and so has no source position of its own.
    /// </summary>
    public int SourceOffset(int offset)
    {
        if (Segments.IsEmpty)
        {
            return -1;
        }

        var segment = SegmentAt(offset);
        if (offset >= segment.TextEnd)
        {
            return segment.SourceEnd;
        }

        if (segment.IsVerbatim)
        {
            return segment.SourceStart + (offset - segment.TextStart);
        }

        return offset == segment.TextStart ? segment.SourceStart : -1;
    }

    private static (int Offset, int Line, int Column) StartOf(LiteralSegment segment, int offset)
    {
        if (offset >= segment.TextEnd)
        {
            return (segment.SourceEnd, segment.Line, segment.Column + segment.SourceLength);
        }

        var delta = segment.IsVerbatim ? offset - segment.TextStart : 0;
        return (segment.SourceStart + delta, segment.Line, segment.Column + delta);
    }

    /// <summary>The end (exclusive) and the line and column of the last source character of value offset <paramref name="offset"/>.</summary>
    private static (int End, int Line, int Column) EndOf(LiteralSegment segment, int offset)
    {
        if (segment.IsVerbatim && offset < segment.TextEnd)
        {
            var delta = offset - segment.TextStart;
            return (segment.SourceStart + delta + 1, segment.Line, segment.Column + delta);
        }

        // A unit ends with its last source character; units never span lines except line breaks, whose last
        // character is reported on the line they start.
        return (segment.SourceEnd, segment.Line, segment.Column + System.Math.Max(0, segment.SourceLength - 1));
    }
}
