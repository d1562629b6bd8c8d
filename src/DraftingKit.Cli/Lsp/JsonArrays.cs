using System.Text.Json.Nodes;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Adds a node to a JSON array through <c>Add(JsonNode)</c>: the generic <c>Add&lt;T&gt;</c> that a typed
/// <see cref="JsonObject"/> argument would bind to serializes by reflection, which the native executable cannot.
/// </summary>
internal static class JsonArrays
{
    public static void Append(this JsonArray array, JsonNode? node) => array.Add(node);
}
