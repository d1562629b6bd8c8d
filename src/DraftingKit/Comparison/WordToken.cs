namespace DraftingKit.Comparison;

/// <summary>What a <see cref="WordToken"/> stands for.</summary>
internal enum TokenKind
{
    /// <summary>A word, a space or a punctuation mark.</summary>
    Text,

    /// <summary>A footnote marker; <see cref="WordToken.Text"/> holds the key of the aligned note pair.</summary>
    Note,

    /// <summary>The tab between a hanging label and its text, or between table cells.</summary>
    Tab,

    /// <summary>A line break inside one paragraph (the closing lines).</summary>
    Break,
}

/// <summary>
/// The unit of the word-level comparison: a word, a space or a punctuation mark with its italics and bold, or a
/// footnote marker. Two tokens are the same change-wise when their <see cref="Key"/>s are equal, so that a word
/// turned italic is a change, as it is in print.
/// </summary>
internal sealed record WordToken(TokenKind Kind, string Text, bool Italic = false, bool Bold = false)
{
    /// <summary>The identity the diff compares: kind, formatting and text.</summary>
    // PERF: computed once; the aligner and the word diff read it many times per token.
    public string Key { get; } = Kind switch
    {
        TokenKind.Note => "n" + Text,
        TokenKind.Tab => "t",
        TokenKind.Break => "b",
        _ => (Italic ? "i" : "r") + (Bold ? "b" : "r") + Text,
    };

    /// <summary>The token as plain text: a marker is empty, a tab a tab, a break a newline.</summary>
    public string Plain => Kind switch
    {
        TokenKind.Text => Text,
        TokenKind.Tab => "\t",
        TokenKind.Break => "\n",
        _ => string.Empty,
    };
}
