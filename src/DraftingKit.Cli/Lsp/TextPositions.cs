namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Offsets in a document's text and the protocol's positions (zero-based line and UTF-16 character, which is what a
/// .NET string counts). A position past the end of its line or of the text is clamped, never an error: clients send
/// stale positions while the user types.
/// </summary>
internal sealed class TextPositions
{
    private readonly string text;
    private readonly List<int> lineStarts = new() { 0 };

    public TextPositions(string text)
    {
        this.text = text;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                lineStarts.Add(index + 1);
            }
        }
    }

    public int LineCount => lineStarts.Count;

    public int OffsetOf(int line, int character)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= lineStarts.Count)
        {
            return text.Length;
        }

        var start = lineStarts[line];
        var end = LineEnd(line);
        return Math.Min(end, start + Math.Max(0, character));
    }

    public (int Line, int Character) PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - lineStarts[line]);
    }

    public int LineStart(int line) => lineStarts[Math.Max(0, Math.Min(line, lineStarts.Count - 1))];

    /// <summary>The offset of the line's end, before its '\r\n' or '\n'.</summary>
    public int LineEnd(int line)
    {
        line = Math.Max(0, Math.Min(line, lineStarts.Count - 1));
        var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] - 1 : text.Length;
        if (end > lineStarts[line] && end - 1 < text.Length && end - 1 >= 0 && text[end - 1] == '\r' && line + 1 < lineStarts.Count)
        {
            end--;
        }

        return end;
    }

    public string LineText(int line) => text.Substring(LineStart(line), LineEnd(line) - LineStart(line));
}
