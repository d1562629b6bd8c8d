using System.Globalization;
using DraftingKit.Diagnostics;

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
            var lines = file.Text.Replace("\r\n", "\n").Split('\n');
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
                if (span.Line < 1 || span.Line > lines.Length)
                {
                    continue;
                }

                var line = lines[span.Line - 1];
                var column = System.Math.Min(System.Math.Max(span.Column, 1), line.Length + 1);
                var width = span.EndLine == span.Line ? span.EndColumn - span.Column + 1 : line.Length - column + 1;
                (line, column) = Excerpt(line, column);
                width = System.Math.Max(1, System.Math.Min(width, line.Length - column + 1));
                writer.WriteLine("    " + line);
                writer.WriteLine("    " + new string(' ', column - 1) + new string('^', width));
            }
        }
    }

    /// <summary>
    /// The part of a long line around <paramref name="column"/>: a finding on a line of a megabyte must not print
    /// the megabyte once per finding (a paragraph of 50,000 findings did, for hours).
    /// </summary>
    private static (string Line, int Column) Excerpt(string line, int column)
    {
        if (line.Length <= ExcerptLength)
        {
            return (line, column);
        }

        var start = System.Math.Max(0, System.Math.Min(column - 1 - (ExcerptLength / 4), line.Length - ExcerptLength));
        return (line.Substring(start, ExcerptLength), column - start);
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
