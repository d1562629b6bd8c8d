using System.Text;

namespace DraftingKit.Comparison;

/// <summary>
/// Writes edits as text with change marks, for the text, Markdown and HTML outputs: each stretch of insertions or
/// deletions inside its marks, italics and bold inside those, a footnote marker as its number.
/// </summary>
internal sealed class MarkedInline
{
    /// <summary>Opening and closing marks for an insertion.</summary>
    public (string Open, string Close) Insertion { get; init; } = ("{+", "+}");

    /// <summary>Opening and closing marks for a deletion.</summary>
    public (string Open, string Close) Deletion { get; init; } = ("[-", "-]");

    /// <summary>Marks for italics; empty in plain text.</summary>
    public (string Open, string Close) Italic { get; init; } = (string.Empty, string.Empty);

    /// <summary>Marks for bold; empty in plain text.</summary>
    public (string Open, string Close) Bold { get; init; } = (string.Empty, string.Empty);

    /// <summary>Escapes text for the output format.</summary>
    public Func<string, string> Escape { get; init; } = text => text;

    /// <summary>Writes a footnote marker from its number.</summary>
    public Func<string, string> Note { get; init; } = number => "[" + number + "]";

    /// <summary>How a tab (after a label, between table cells) reads.</summary>
    public string Tab { get; init; } = " ";

    /// <summary>How a line break reads.</summary>
    public string Break { get; init; } = "\n";

    /// <summary>Writes <paramref name="edits"/>; with <paramref name="marked"/> false, without change marks (a unit wholly new or deleted, marked as a whole by the caller).</summary>
    public void Write(StringBuilder output, IReadOnlyList<TokenEdit> edits, NoteNumbers numbers, bool marked = true)
    {
        var k = 0;
        while (k < edits.Count)
        {
            var kind = edits[k].Kind;
            var end = k;
            while (end < edits.Count && edits[end].Kind == kind)
            {
                end++;
            }

            var (open, close) = !marked || kind == EditKind.Equal ? (string.Empty, string.Empty) : kind == EditKind.Inserted ? Insertion : Deletion;
            output.Append(open);
            WriteStyled(output, edits, k, end, numbers);
            output.Append(close);
            k = end;
        }
    }

    private void WriteStyled(StringBuilder output, IReadOnlyList<TokenEdit> edits, int start, int end, NoteNumbers numbers)
    {
        var italic = false;
        var bold = false;
        for (var k = start; k < end; k++)
        {
            var token = edits[k].Token;
            var wantItalic = token.Kind == TokenKind.Text && token.Italic && token.Text.Trim().Length > 0;
            var wantBold = token.Kind == TokenKind.Text && token.Bold && token.Text.Trim().Length > 0;
            if (token.Kind == TokenKind.Text && token.Text.Trim().Length == 0)
            {
                // A space between two italic words stays inside the italics.
                wantItalic = italic && NextStyled(edits, k, end, t => t.Italic);
                wantBold = bold && NextStyled(edits, k, end, t => t.Bold);
            }

            if (italic && !wantItalic)
            {
                output.Append(Italic.Close);
                italic = false;
            }

            if (bold && !wantBold)
            {
                output.Append(Bold.Close);
                bold = false;
            }

            if (wantBold && !bold)
            {
                output.Append(Bold.Open);
                bold = true;
            }

            if (wantItalic && !italic)
            {
                output.Append(Italic.Open);
                italic = true;
            }

            output.Append(token.Kind switch
            {
                TokenKind.Text => Escape(token.Text),
                TokenKind.Note => Note(numbers.Of(token.Text)),
                TokenKind.Tab => Tab,
                _ => Break,
            });
        }

        if (italic)
        {
            output.Append(Italic.Close);
        }

        if (bold)
        {
            output.Append(Bold.Close);
        }
    }

    private static bool NextStyled(IReadOnlyList<TokenEdit> edits, int k, int end, Func<WordToken, bool> styled)
    {
        for (var next = k + 1; next < end; next++)
        {
            var token = edits[next].Token;
            if (token.Kind == TokenKind.Text && token.Text.Trim().Length == 0)
            {
                continue;
            }

            return token.Kind == TokenKind.Text && styled(token);
        }

        return false;
    }
}
