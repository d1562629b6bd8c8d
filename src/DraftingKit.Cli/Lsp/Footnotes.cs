using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Footnotes as the template writes them: a marker <c>[^label]</c> in the text and its definition <c>[^label]: …</c>
/// at the start of a line. Go to definition, find references and rename read the text itself, so they work on a
/// draft the reader cannot yet read whole.
/// </summary>
internal static class Footnotes
{
    private static readonly Regex Marker = new(@"\[\^(?<label>[^\]\s\[]{1,100})\]", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500));

    /// <summary>One marker or definition: where its label stands and whether it is the definition.</summary>
    internal readonly record struct Occurrence(string Label, int LabelStart, int Start, int End, bool IsDefinition);

    public static IEnumerable<Occurrence> Find(string text)
    {
        foreach (Match match in Marker.Matches(text))
        {
            var label = match.Groups["label"];
            var atLineStart = match.Index == 0 || text[match.Index - 1] == '\n';
            var definition = atLineStart && match.Index + match.Length < text.Length && text[match.Index + match.Length] == ':';
            yield return new Occurrence(label.Value, label.Index, match.Index, match.Index + match.Length, definition);
        }
    }

    /// <summary>The labels the document defines, in order.</summary>
    public static IEnumerable<string> Labels(string text) =>
        Find(text).Where(o => o.IsDefinition).Select(o => o.Label).Distinct(StringComparer.Ordinal);

    public static JsonNode? Definition(ServedDocument document, int offset)
    {
        if (At(document.Text.Text, offset) is not { } here)
        {
            return null;
        }

        var definitions = Find(document.Text.Text).Where(o => o.IsDefinition && o.Label == here.Label).ToList();
        return definitions.Count == 0 ? null : Locations(document, definitions);
    }

    public static JsonNode? References(ServedDocument document, int offset, bool includeDeclaration)
    {
        if (At(document.Text.Text, offset) is not { } here)
        {
            return null;
        }

        return Locations(document, Find(document.Text.Text).Where(o => o.Label == here.Label && (includeDeclaration || !o.IsDefinition)));
    }

    public static JsonNode? PrepareRename(ServedDocument document, int offset) =>
        At(document.Text.Text, offset) is { } here
            ? new JsonObject { ["range"] = Protocol.Range(document.Positions, here.LabelStart, here.LabelStart + here.Label.Length), ["placeholder"] = here.Label }
            : null;

    /// <summary>Renames the label in every marker and its definition; a label that cannot stand in a marker is refused.</summary>
    public static JsonNode? Rename(ServedDocument document, int offset, string newName)
    {
        if (At(document.Text.Text, offset) is not { } here)
        {
            return null;
        }

        if (newName.Length == 0 || newName.Length > 100 || newName.Any(c => char.IsWhiteSpace(c) || c is '[' or ']' or '^'))
        {
            throw new ArgumentException("a footnote label is a word without spaces or brackets: '" + newName + "' cannot be one");
        }

        var edits = Find(document.Text.Text).Where(o => o.Label == here.Label)
            .Select(o => (o.LabelStart, o.LabelStart + o.Label.Length, newName));
        return CodeActions.Edit(document, edits);
    }

    private static Occurrence? At(string text, int offset)
    {
        foreach (var occurrence in Find(text))
        {
            if (occurrence.Start <= offset && offset <= occurrence.End)
            {
                return occurrence;
            }

            if (occurrence.Start > offset)
            {
                break;
            }
        }

        return null;
    }

    private static JsonArray Locations(ServedDocument document, IEnumerable<Occurrence> occurrences)
    {
        var array = new JsonArray();
        foreach (var occurrence in occurrences)
        {
            array.Append(new JsonObject
            {
                ["uri"] = document.Text.Uri,
                ["range"] = Protocol.Range(document.Positions, occurrence.Start, occurrence.End),
            });
        }

        return array;
    }
}
