using System.Text.Json.Nodes;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// "Format document" for a template: the renumbering fixes (operative paragraphs, subparagraph labels, footnotes in
/// order of first reference), the only changes of layout the engine makes on its own. The wording is left alone.
/// </summary>
internal static class Formatting
{
    private static readonly HashSet<string> Renumbering = new() { RuleIds.OperativeNumbering, RuleIds.SubparagraphLabels, RuleIds.FootnoteNumbering };

    public static JsonNode Renumber(ServedDocument document)
    {
        var edit = CodeActions.FixAll(document, finding => Renumbering.Contains(finding.Id));
        return edit?["changes"]?[document.Text.Uri]?.DeepClone() ?? new JsonArray();
    }
}
