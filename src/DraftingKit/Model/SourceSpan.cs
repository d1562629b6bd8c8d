namespace DraftingKit.Model;

/// <summary>
/// Where a node of the document came from: the file, the character offset and length, and the 1-based
/// line and column of its first and last character, so that a diagnostic can point at the exact text.
/// </summary>
public readonly record struct SourceSpan(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for nodes made in code rather than read from a file.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0, 0, 0);

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span points into a file.</summary>
    public bool IsKnown => Line > 0;

    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line},{Column})";
}
