using DraftingKit.Model;

namespace DraftingKit.Text;

/// <summary>Turns character offsets into 1-based lines and columns for one source text.</summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = new() { 0 };

    // PERF: the index of the line the last offset fell on. The reader asks for the start and end of every inline in
    // the order of the text, so the next offset is mostly on that line or the next: a binary search of all the lines
    // for each was a sixth of the inline converter's time. Only a hint: a position is checked against it before use,
    // so a map shared by readers on several threads gives the same answers.
    private int lastLine;

    public LineMap(string path, string text)
    {
        Path = path;
        Length = text.Length;
        // PERF: IndexOf searches many characters at a time; a loop over each character cost a tenth of reading a template.
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }
    }

    public string Path { get; }

    public int Length { get; }

    /// <summary>How many lines the text has: one more than its line feeds.</summary>
    public int LineCount => lineStarts.Count;

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="start"/>, clamped to the text.</summary>
    public SourceSpan Span(int start, int length)
    {
        if (start < 0)
        {
            start = 0;
        }

        if (start > Length)
        {
            start = Length;
        }

        if (length < 0 || start + length > Length)
        {
            length = Length - start;
        }

        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(length == 0 ? start : start + length - 1);
        return new SourceSpan(Path, start, length, line, column, endLine, endColumn);
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> inclusive, as Markdig reports spans.</summary>
    public SourceSpan Inclusive(int start, int end) => Span(start, end < start ? 0 : end - start + 1);

    /// <summary>The span of a whole 1-based line.</summary>
    public SourceSpan LineSpan(int line)
    {
        if (line < 1)
        {
            line = 1;
        }

        if (line > lineStarts.Count)
        {
            line = lineStarts.Count;
        }

        var start = lineStarts[line - 1];
        var end = line < lineStarts.Count ? lineStarts[line] - 1 : Length;
        return Span(start, end - start);
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int Offset(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > lineStarts.Count)
        {
            return Length;
        }

        var offset = lineStarts[line - 1] + System.Math.Max(0, column - 1);
        return offset > Length ? Length : offset;
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = lastLine;
        if (!IsOnLine(offset, index))
        {
            if (IsOnLine(offset, index + 1))
            {
                index++;
            }
            else
            {
                index = lineStarts.BinarySearch(offset);
                if (index < 0)
                {
                    index = ~index - 1;
                }
            }

            lastLine = index;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>Whether <paramref name="offset"/> lies on the line of 0-based <paramref name="index"/>.</summary>
    private bool IsOnLine(int offset, int index) =>
        index < lineStarts.Count
        && lineStarts[index] <= offset
        && (index + 1 == lineStarts.Count || offset < lineStarts[index + 1]);
}
