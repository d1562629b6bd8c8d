// Partial of BodyBuilder: Markdown a template cannot use, reported and kept as text (partial: it adds to the current part).
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using Markdig.Syntax;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private static string DescribeUnsupported(Block block) => block switch
    {
        FencedCodeBlock => "A fenced code block",
        CodeBlock => "A paragraph indented by four spaces (read by Markdown as code)",
        HtmlBlock => "An HTML block",
        _ => "A '" + block.GetType().Name + "' block",
    };

    private void AddRaw(Block block, string what)
    {
        var span = SpanOf(block);
        var start = span.Start;
        while (start < span.End && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        span = lines.Span(start, span.End - start);
        diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, what));
        var text = block is LeafBlock { Lines.Count: > 0 } leaf ? leaf.Lines.ToString() : source.Substring(span.Start, span.Length);
        text = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        if (text.Length > 0)
        {
            AddBlock(new TextParagraph(null, InlineText.Of(new TextRun(text, span)), EquatableArray<Subparagraph>.Empty, span));
        }
    }
}
