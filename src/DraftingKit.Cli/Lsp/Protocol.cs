using System.Text.Json.Nodes;

namespace DraftingKit.Cli.Lsp;

/// <summary>The protocol's small shapes (positions, ranges, errors, file URIs), built and read without reflection.</summary>
internal static class Protocol
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;

    /// <summary>A number read leniently: a missing or mistyped value is 0, so a bad position is clamped, not thrown on.</summary>
    public static int Int(JsonNode? node)
    {
        if (node is JsonValue value)
        {
            if (value.TryGetValue<int>(out var number))
            {
                return number;
            }

            if (value.TryGetValue<long>(out var large))
            {
                return large > int.MaxValue ? int.MaxValue : large < int.MinValue ? int.MinValue : (int)large;
            }

            if (value.TryGetValue<double>(out var real) && !double.IsNaN(real))
            {
                return real >= int.MaxValue ? int.MaxValue : real <= int.MinValue ? int.MinValue : (int)real;
            }
        }

        return 0;
    }

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static JsonObject Position(TextPositions positions, int offset)
    {
        var (line, character) = positions.PositionOf(offset);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }

    public static JsonObject Range(TextPositions positions, int start, int end) =>
        new() { ["start"] = Position(positions, start), ["end"] = Position(positions, Math.Max(start, end)) };

    public static JsonObject Error(int code, string message) =>
        new() { ["code"] = code, ["message"] = message };

    /// <summary>The local path of a <c>file:</c> URI; other schemes keep the URI as their name.</summary>
    public static string PathOf(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return parsed.LocalPath;
        }

        return uri;
    }

    public static string UriOf(string path) => new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    public static JsonObject TextEdit(TextPositions positions, int start, int end, string newText) =>
        new() { ["range"] = Range(positions, start, end), ["newText"] = newText };
}
