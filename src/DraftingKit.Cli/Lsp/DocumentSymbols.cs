using System.Text.Json.Nodes;
using DraftingKit.Model;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The outline of a template: each part, its preamble (paragraphs by lead) and its operative paragraphs (by number
/// and lead), the headings among them, the annexes and the footnotes.
/// </summary>
internal static class DocumentSymbols
{
    private const int Module = 2;
    private const int Namespace = 3;
    private const int Key = 20;
    private const int StringKind = 15;
    private const int NumberKind = 16;

    public static JsonNode Of(ServedDocument document)
    {
        var symbols = new JsonArray();
        if (document.Model() is not { } model)
        {
            return symbols;
        }

        foreach (var part in model.Parts)
        {
            var into = symbols;
            if (part.Designation is { } designation)
            {
                var partSymbol = Symbol(document, "Part " + designation, Module, part.Span, part.Span);
                symbols.Append(partSymbol);
                into = (JsonArray)partSymbol["children"]!;
            }

            if (part.Preamble.Count > 0)
            {
                var first = part.Preamble[0].Span;
                var last = part.Preamble[part.Preamble.Count - 1].Span;
                var preamble = Symbol(document, "Preamble", Namespace, Between(first, last), first);
                foreach (var block in part.Preamble)
                {
                    ((JsonArray)preamble["children"]!).Append(Block(document, block));
                }

                into.Append(preamble);
            }

            foreach (var block in part.OperativePart)
            {
                into.Append(Block(document, block));
            }
        }

        foreach (var annex in model.Annexes)
        {
            var symbol = Symbol(document, annex.Label + (annex.Title is { } title ? ": " + Short(title.PlainText) : string.Empty), Module, annex.Span, annex.Span);
            foreach (var block in annex.Blocks)
            {
                ((JsonArray)symbol["children"]!).Append(Block(document, block));
            }

            symbols.Append(symbol);
        }

        foreach (var footnote in model.Footnotes)
        {
            symbols.Append(Symbol(document, "[^" + footnote.Label + "] " + Short(footnote.Text.PlainText), Key, footnote.Span, footnote.Span));
        }

        return symbols;
    }

    private static JsonObject Block(ServedDocument document, BodyBlock block) => block switch
    {
        OperativeParagraph operative => Symbol(document, operative.DisplayNumber + " " + (operative.Lead ?? Short(operative.Text.PlainText)), NumberKind, block.Span, block.Span),
        PreambularParagraph preambular => Symbol(document, preambular.Lead ?? Short(preambular.Text.PlainText), StringKind, block.Span, block.Span),
        Heading heading => Symbol(document, Short(heading.Text.PlainText), Module, block.Span, block.Span),
        TextParagraph paragraph => Symbol(document, (paragraph.Label is { } label ? label + " " : string.Empty) + Short(paragraph.Text.PlainText), StringKind, block.Span, block.Span),
        _ => Symbol(document, block.GetType().Name, StringKind, block.Span, block.Span),
    };

    private static JsonObject Symbol(ServedDocument document, string name, int kind, SourceSpan range, SourceSpan selection)
    {
        var rangeJson = Protocol.Range(document.Positions, range.Start, range.End);
        var selectionStart = Math.Max(range.Start, selection.Start);
        var selectionEnd = Math.Min(range.End, Math.Max(selectionStart, selection.End));
        return new JsonObject
        {
            ["name"] = name.Length == 0 ? "(empty)" : name,
            ["kind"] = kind,
            ["range"] = rangeJson,
            ["selectionRange"] = Protocol.Range(document.Positions, selectionStart, selectionEnd),
            ["children"] = new JsonArray(),
        };
    }

    private static SourceSpan Between(SourceSpan first, SourceSpan last) =>
        first with { Length = Math.Max(first.Length, last.End - first.Start) };

    private static string Short(string text)
    {
        var trimmed = text.Trim();
        var words = trimmed.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? trimmed : string.Join(" ", words.Take(6)) + " …";
    }
}
