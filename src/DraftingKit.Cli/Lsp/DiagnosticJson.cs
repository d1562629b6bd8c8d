using System.Text.Json.Nodes;
using DraftingKit.Diagnostics;

namespace DraftingKit.Cli.Lsp;

/// <summary>A finding as the protocol's <c>Diagnostic</c>: range, severity, the rule's id linked to its page, the message.</summary>
internal static class DiagnosticJson
{
    public const string Source = "DraftingKit";

    public static JsonObject Of(DraftingDiagnostic finding, string path, TextPositions positions)
    {
        var span = finding.Span;
        var elsewhere = span.Path.Length > 0 && span.Path != path && System.IO.Path.GetFullPath(span.Path) != System.IO.Path.GetFullPath(path);
        // A finding in another file (a text a report includes) is shown at the top, naming its file and line.
        var range = elsewhere ? Protocol.Range(positions, 0, 0) : Protocol.Range(positions, span.Start, span.End);
        var message = elsewhere ? span.Path + "(" + span.Line + "," + span.Column + "): " + finding.Message : finding.Message;
        return new JsonObject
        {
            ["range"] = range,
            ["severity"] = SeverityOf(finding.Severity),
            ["code"] = finding.Id,
            ["codeDescription"] = new JsonObject { ["href"] = finding.Descriptor.HelpLink },
            ["source"] = Source,
            ["message"] = message,
        };
    }

    public static int SeverityOf(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => 1,
        DraftingSeverity.Warning => 2,
        DraftingSeverity.Info => 3,
        _ => 4,
    };
}
