using System.IO;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Security;

/// <summary>
/// The size checks every reader makes before it parses: a file over its limit is refused before a byte of it is
/// read, a text over it or with a line over <see cref="InputLimits.LineCharacters"/> before it is parsed. Each
/// refusal is one DK0041 or DK0042 naming the file, line and column.
/// </summary>
public static class InputChecks
{
    /// <summary>What a template reader calls the files it refuses: the message says "DraftingKit reads templates of at most …".</summary>
    internal const string Templates = "templates and reports";

    internal const string ImportedFiles = "documents to import";

    internal const string WordFiles = "Word files";

    /// <summary>DK0041 when the file at <paramref name="path"/> is larger than <paramref name="limit"/> bytes; null when it is not (or cannot be measured: reading it then reports why).</summary>
    public static DraftingDiagnostic? FileTooLarge(string path, long limit, string kind)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }

        return length > limit ? Refusal(path, length, limit, kind) : null;
    }

    /// <summary>DK0041 when <paramref name="length"/> bytes are more than <paramref name="limit"/>.</summary>
    internal static DraftingDiagnostic? TooLarge(string path, long length, long limit, string kind) =>
        length > limit ? Refusal(path, length, limit, kind) : null;

    /// <summary>
    /// DK0041 when the text is larger than a template may be, or DK0042 at the first line longer than
    /// <see cref="InputLimits.LineCharacters"/>; null when the text is within both.
    /// </summary>
    public static DraftingDiagnostic? Text(string path, string text, long limit, string kind)
    {
        // PERF: a character is at least one UTF-8 byte, so only a text near the limit needs its bytes counted.
        if (text.Length > limit / 4 && Encoding.UTF8.GetByteCount(text) is var bytes && bytes > limit)
        {
            return Refusal(path, bytes, limit, kind);
        }

        // PERF: IndexOf finds each line's end many characters at a time; a test of every character cost as much as
        // decoding the file.
        var line = 1;
        var lineStart = 0;
        while (true)
        {
            var end = text.IndexOf('\n', lineStart);
            var length = (end < 0 ? text.Length : end) - lineStart;
            if (length > InputLimits.LineCharacters)
            {
                return DraftingDiagnostic.Create(
                    InputDiagnostics.LineTooLong,
                    new SourceSpan(path, lineStart, 0, line, 1, line, 1),
                    line,
                    length,
                    InputLimits.LineCharacters);
            }

            if (end < 0)
            {
                return null;
            }

            line++;
            lineStart = end + 1;
        }
    }

    private static DraftingDiagnostic Refusal(string path, long length, long limit, string kind) =>
        DraftingDiagnostic.Create(InputDiagnostics.FileTooLarge, new SourceSpan(path, 0, 0, 1, 1, 1, 1), length, kind, limit);
}
