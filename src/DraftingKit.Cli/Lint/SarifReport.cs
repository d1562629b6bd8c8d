using System.Text;
using System.Text.Json;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lint;

/// <summary>
/// Findings as SARIF 2.1.0, the form GitHub code scanning uploads: the rule table with help links in
/// <c>tool.driver.rules</c>, one result per finding with its region (1-based; SARIF's end column is exclusive).
/// </summary>
internal static class SarifReport
{
    public static void Write(TextWriter writer, IReadOnlyList<LintedFile> files)
    {
        var descriptors = RuleCatalog.AllDescriptors;
        var index = new Dictionary<string, int>();
        for (var i = 0; i < descriptors.Count; i++)
        {
            index[descriptors[i].Id] = i;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, descriptors);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var file in files)
            {
                foreach (var finding in file.Findings)
                {
                    WriteResult(json, file, finding, index);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DraftingDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DraftingKit");
        json.WriteString("informationUri", "https://github.com/draftingkit/DraftingKit");
        json.WriteString("semanticVersion", "0.1.0");
        json.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteString("name", descriptor.Alias);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", descriptor.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(descriptor.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintedFile file, DraftingDiagnostic finding, Dictionary<string, int> index)
    {
        var span = finding.Span;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (index.TryGetValue(finding.Id, out var ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", file.DisplayPath);
        json.WriteEndObject();
        json.WriteStartObject("region");
        var line = System.Math.Max(1, span.Line);
        var column = System.Math.Max(1, span.Column);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", System.Math.Max(line, span.EndLine));
        json.WriteNumber("endColumn", span.Length == 0 ? column : System.Math.Max(1, span.EndColumn) + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => "error",
        DraftingSeverity.Warning => "warning",
        DraftingSeverity.Info => "note",
        _ => "none",
    };
}
