using System.IO;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DraftingKit.Reports;

/// <summary>A YAML value with where it stands: a scalar, or a list of scalars (sponsor lists).</summary>
internal sealed record YamlField(string Key, string? Value, IReadOnlyList<(string Value, SourceSpan Span)> Items, SourceSpan KeySpan, SourceSpan ValueSpan);

/// <summary>
/// Reads a YAML mapping of a report (front matter, include and proceeding blocks) into fields with their spans in
/// the file. Bad YAML is reported on the block; it never throws.
/// </summary>
internal static class YamlFields
{
    public static List<YamlField>? Read(string yaml, int yamlStart, LineMap lines, List<DraftingDiagnostic> diagnostics, DraftingDescriptor invalid)
    {
        var fields = new List<YamlField>();
        if (yaml.Trim().Length == 0)
        {
            return fields;
        }

        if (Security.YamlGuard.Check(yaml) is { } refusal)
        {
            diagnostics.Add(DraftingDiagnostic.Create(invalid, lines.Span(yamlStart + refusal.Index, 0), Message(invalid, "not valid YAML: " + refusal.Message)));
            return null;
        }

        var baseLine = lines.Span(yamlStart, 0).Line;
        YamlMappingNode? mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            mapping = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(DraftingDiagnostic.Create(invalid, lines.Span(yamlStart, yaml.Length), Message(invalid, "not valid YAML: " + FirstLine(exception.Message))));
            return null;
        }

        if (mapping is null)
        {
            diagnostics.Add(DraftingDiagnostic.Create(invalid, lines.Span(yamlStart, yaml.Length), Message(invalid, "it must be a list of 'key: value' lines")));
            return null;
        }

        foreach (var entry in mapping.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            var keySpan = SpanOf(lines, baseLine, entry.Key);
            var valueSpan = SpanOf(lines, baseLine, entry.Value);
            switch (entry.Value)
            {
                case YamlScalarNode scalar:
                    fields.Add(new YamlField(key, (scalar.Value ?? string.Empty).Trim(), Array.Empty<(string, SourceSpan)>(), keySpan, valueSpan));
                    break;
                case YamlSequenceNode sequence:
                    var items = new List<(string, SourceSpan)>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } value })
                        {
                            items.Add((value.Trim(), SpanOf(lines, baseLine, item)));
                        }
                    }

                    fields.Add(new YamlField(key, null, items, keySpan, valueSpan));
                    break;
                default:
                    fields.Add(new YamlField(key, null, Array.Empty<(string, SourceSpan)>(), keySpan, valueSpan));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The message of <paramref name="descriptor"/> for <paramref name="text"/>: DK0001 wraps it, DK0021 prints it.</summary>
    private static string Message(DraftingDescriptor descriptor, string text) =>
        descriptor == TemplateDiagnostics.InvalidYaml && text.StartsWith("not valid YAML: ", StringComparison.Ordinal) ? text.Substring(16) : "The block is " + text;

    private static SourceSpan SpanOf(LineMap lines, int baseLine, YamlNode node)
    {
        var start = lines.Offset(baseLine + (int)node.Start.Line - 1, (int)node.Start.Column);
        var end = lines.Offset(baseLine + (int)node.End.Line - 1, (int)node.End.Column);
        return lines.Span(start, Math.Max(0, end - start));
    }

    private static string FirstLine(string message)
    {
        var index = message.IndexOf('\n');
        var text = index < 0 ? message : message.Substring(0, index);
        var marker = text.LastIndexOf("): ", StringComparison.Ordinal);
        return (marker >= 0 ? text.Substring(marker + 3) : text).Trim();
    }
}
