using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Cli.Lint;

/// <summary>
/// Findings as compilers print them, <c>path(line,col): error DK2001: message</c>, each followed by the line it
/// points at and a caret under the offending text.
/// </summary>
internal static class TextReport
{
    public static void Write(TextWriter writer, IReadOnlyList<LintedFile> files)
    {
        foreach (var file in files)
        {
            // PERF: the lines pointed at are cut out of the text when printed; a split of the whole text made a string
            // of every line, a second copy of a 50 MB template.
            var lines = new LineMap(file.DisplayPath, file.Text);
            foreach (var finding in file.Findings)
            {
                var span = finding.Span;
                writer.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}({1},{2}): {3} {4}: {5}",
                    file.DisplayPath,
                    span.Line,
                    span.Column,
                    Level(finding.Severity),
                    finding.Id,
                    finding.Message));
                if (span.Line < 1 || span.Line > lines.LineCount)
                {
                    continue;
                }

                var (start, length) = Line(file.Text, lines.LineSpan(span.Line));
                var column = System.Math.Min(System.Math.Max(span.Column, 1), length + 1);
                var width = span.EndLine == span.Line ? span.EndColumn - span.Column + 1 : length - column + 1;
                (var line, column) = Excerpt(file.Text, start, length, column);
                width = System.Math.Max(1, System.Math.Min(width, line.Length - column + 1));
                writer.WriteLine("    " + line);
                writer.WriteLine("    " + new string(' ', column - 1) + new string('^', width));
            }
        }
    }

    /// <summary>Where a line's text is, without its line break: a "\r" before the "\n" is the break's.</summary>
    private static (int Start, int Length) Line(string text, SourceSpan line)
    {
        var length = line.Length;
        if (length > 0 && text[line.Start + length - 1] == '\r' && line.Start + length < text.Length && text[line.Start + length] == '\n')
        {
            length--;
        }

        return (line.Start, length);
    }

    /// <summary>
    /// The part of a long line around <paramref name="column"/>: a finding on a line of a megabyte must not print
    /// the megabyte once per finding (a paragraph of 50,000 findings did, for hours), nor copy it.
    /// </summary>
    private static (string Line, int Column) Excerpt(string text, int lineStart, int lineLength, int column)
    {
        if (lineLength <= ExcerptLength)
        {
            return (text.Substring(lineStart, lineLength), column);
        }

        var start = System.Math.Max(0, System.Math.Min(column - 1 - (ExcerptLength / 4), lineLength - ExcerptLength));
        return (text.Substring(lineStart + start, ExcerptLength), column - start);
    }

    private const int ExcerptLength = 160;

    public static string Level(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => "error",
        DraftingSeverity.Warning => "warning",
        DraftingSeverity.Info => "info",
        _ => "hidden",
    };
}
