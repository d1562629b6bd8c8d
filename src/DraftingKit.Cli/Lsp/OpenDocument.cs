using System.Text.Json.Nodes;

namespace DraftingKit.Cli.Lsp;

/// <summary>A template or report open in the editor: its text as the editor holds it, and that text's version.</summary>
internal sealed class OpenDocument
{
    private TextPositions? positions;

    public OpenDocument(string uri, string path, string text, int version)
    {
        Uri = uri;
        Path = path;
        Text = text;
        Version = version;
    }

    public string Uri { get; }

    /// <summary>The file's path on disk, as the engine and the project's configuration know it.</summary>
    public string Path { get; }

    public string Text { get; private set; }

    public int Version { get; private set; }

    public TextPositions Positions => positions ??= new TextPositions(Text);

    /// <summary>
    /// Applies one <c>TextDocumentContentChangeEvent</c>: a range and its new text (incremental sync), or the whole
    /// text when there is no range.
    /// </summary>
    public void Apply(JsonObject change)
    {
        var newText = (string?)change["text"] ?? string.Empty;
        if (change["range"] is JsonObject range)
        {
            var start = OffsetOf(range["start"]);
            var end = OffsetOf(range["end"]);
            if (end < start)
            {
                (start, end) = (end, start);
            }

            Text = Text.Substring(0, start) + newText + Text.Substring(end);
        }
        else
        {
            Text = newText;
        }

        positions = null;
    }

    public void SetVersion(int version) => Version = version;

    public int OffsetOf(JsonNode? position) =>
        Positions.OffsetOf(Protocol.Int(position?["line"]), Protocol.Int(position?["character"]));
}
