using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Builds a resolution of any number of paragraphs from the real paragraphs of 74/177: its front matter, then a
/// third of the paragraphs preambular and the rest operative (renumbered), cycling through the sample's own
/// paragraphs with their footnote markers removed, so that every rule has real drafting to check.
/// </summary>
internal static class SyntheticDraft
{
    private static readonly Regex FootnoteMarker = new(@"\[\^[^\]\s]+\]", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
    private static readonly Regex OperativeNumber = new(@"^\d+\.\s+", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    public static string Of(int paragraphs)
    {
        var lines = File.ReadAllLines(BenchmarkFiles.Sample);
        var frontMatter = new StringBuilder();
        var preambular = new List<string>();
        var operative = new List<string>();
        var fences = 0;
        foreach (var line in lines)
        {
            if (fences < 2)
            {
                frontMatter.Append(line).Append('\n');
                fences += line == "---" ? 1 : 0;
            }
            else if (line.StartsWith("*", System.StringComparison.Ordinal) && !line.StartsWith("*The General Assembly", System.StringComparison.Ordinal))
            {
                preambular.Add(FootnoteMarker.Replace(line, string.Empty));
            }
            else if (OperativeNumber.IsMatch(line))
            {
                operative.Add(FootnoteMarker.Replace(OperativeNumber.Replace(line, string.Empty), string.Empty).TrimEnd('.', ';') + ";");
            }
        }

        var preambularCount = paragraphs / 3;
        var operativeCount = paragraphs - preambularCount;
        var text = new StringBuilder(frontMatter.ToString());
        text.Append("\n*The General Assembly,*\n\n");
        for (var i = 0; i < preambularCount; i++)
        {
            text.Append(preambular[i % preambular.Count]).Append("\n\n");
        }

        for (var i = 0; i < operativeCount; i++)
        {
            var body = operative[i % operative.Count];
            if (i == operativeCount - 1)
            {
                body = body.TrimEnd(';') + ".";
            }

            text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(body).Append("\n\n");
        }

        return text.ToString();
    }
}
