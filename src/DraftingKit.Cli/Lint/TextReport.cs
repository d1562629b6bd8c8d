using System.Collections.Generic;
using System.Globalization;
using System.IO;
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
                width = System.Math.Max(1, System.Math.Min(width, line.Length - column + 1));
                writer.WriteLine("    " + line);
                writer.WriteLine("    " + new string(' ', column - 1) + new string('^', width));
            }
        }
    }

    public static string Level(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => "error",
        DraftingSeverity.Warning => "warning",
        DraftingSeverity.Info => "info",
        _ => "hidden",
    };
}
