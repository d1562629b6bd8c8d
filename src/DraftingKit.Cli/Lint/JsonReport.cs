using System.Text;
using System.Text.Json;

namespace DraftingKit.Cli.Lint;

/// <summary>Findings as JSON: one object per finding with its place, rule, message, help link and fix.</summary>
internal static class JsonReport
{
    public static void Write(TextWriter writer, IReadOnlyList<LintedFile> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "draftkit");
            json.WriteNumber("files", files.Count);
            json.WriteStartArray("findings");
            foreach (var file in files)
            {
                foreach (var finding in file.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.DisplayPath);
                    json.WriteNumber("line", finding.Span.Line);
                    json.WriteNumber("column", finding.Span.Column);
                    json.WriteNumber("endLine", finding.Span.EndLine);
                    json.WriteNumber("endColumn", finding.Span.EndColumn);
                    json.WriteString("severity", TextReport.Level(finding.Severity));
                    json.WriteString("id", finding.Id);
                    json.WriteString("alias", finding.Descriptor.Alias);
                    json.WriteString("message", finding.Message);
                    json.WriteString("helpUri", finding.Descriptor.HelpLink);
                    json.WriteStartArray("fix");
                    foreach (var edit in finding.Fix)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("offset", edit.Span.Start);
                        json.WriteNumber("length", edit.Span.Length);
                        json.WriteNumber("line", edit.Span.Line);
                        json.WriteNumber("column", edit.Span.Column);
                        json.WriteString("newText", edit.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
    }
}
