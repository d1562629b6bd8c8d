namespace DraftingKit.Declarations;

/// <summary>How a C# string literal writes its characters, which decides how a fix must escape new text.</summary>
public enum LiteralKind
{
    /// <summary><c>"…"</c>: backslash escapes.</summary>
    Regular,

    /// <summary><c>@"…"</c>: a quote is doubled, nothing else is escaped.</summary>
    Verbatim,

    /// <summary><c>"""…"""</c>: nothing is escaped.</summary>
    Raw,

    /// <summary>A constant that is not a literal (a reference to another constant): it cannot be edited in place.</summary>
    Constant,
}

/// <summary>
/// A stretch of a declared text and the source characters it comes from. When <see cref="TextLength"/> equals
/// <see cref="SourceLength"/> the characters correspond one to one on a single line; otherwise the stretch is one
/// unit (an escape sequence such as <c>\u201C</c>, a line break with its indentation, a constant that is not a
/// literal) and only its ends can be mapped.
/// </summary>
/// <param name="TextStart">Where the stretch starts in the declared text.</param>
/// <param name="TextLength">How many characters of the declared text it holds.</param>
/// <param name="SourceStart">Where its source characters start in the file.</param>
/// <param name="SourceLength">How many source characters it covers.</param>
/// <param name="Line">The 1-based line of <paramref name="SourceStart"/>.</param>
/// <param name="Column">The 1-based column of <paramref name="SourceStart"/>.</param>
/// <param name="Kind">The literal the stretch stands in.</param>
public sealed record LiteralSegment(int TextStart, int TextLength, int SourceStart, int SourceLength, int Line, int Column, LiteralKind Kind)
{
    /// <summary>True when each text character is one source character.</summary>
    public bool IsVerbatim => TextLength == SourceLength && Kind != LiteralKind.Constant;

    /// <summary>The offset in the declared text just past the stretch.</summary>
    public int TextEnd => TextStart + TextLength;

    /// <summary>The offset in the file just past the stretch.</summary>
    public int SourceEnd => SourceStart + SourceLength;
}
