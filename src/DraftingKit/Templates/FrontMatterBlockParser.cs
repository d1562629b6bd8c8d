using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DraftingKit.Templates;

/// <summary>
/// Lets Markdig parse a template's own text, front matter and all: the lines of the front matter, as
/// <see cref="FrontMatter.Locate"/> found them and handed over in the parser context, become one block that the body
/// builder passes over, so Markdig's offsets are the file's.
/// </summary>
/// <remarks>
/// PERF: the reader gave Markdig a copy of the file with the front matter blanked (the size of the file again, a
/// quarter of what the reader allocated). The front matter's extent is the reader's, not a second reading of the YAML
/// fences by Markdig's own front matter extension, whose rules for the fences differ from the reader's.
/// </remarks>
internal sealed class FrontMatterBlockParser : BlockParser
{
    private static readonly object ContextKey = new();

    public FrontMatterBlockParser()
    {
        // A front matter opens the file with "---", after a byte order mark if there is one.
        OpeningCharacters = new[] { '-', '\uFEFF' };
    }

    /// <summary>The parser context that tells this parser where the front matter of the text parsed ends.</summary>
    public static MarkdownParserContext? Context(FrontMatter frontMatter)
    {
        if (!frontMatter.Closed)
        {
            return null;
        }

        var context = new MarkdownParserContext();
        context.Properties[ContextKey] = frontMatter.BodyStart;
        return context;
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.Context is null || !processor.Context.Properties.TryGetValue(ContextKey, out var bodyStart))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new FrontMatterBlock(this, (int)bodyStart) { Column = processor.Column, Span = new Markdig.Syntax.SourceSpan(0, 0) });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // The closing fence is the last line before the body: a line that starts there, or after it, is the body's.
        var frontMatter = (FrontMatterBlock)block;
        var lineEnd = processor.Line.Text is { } text ? LineEnd(text, processor.StartBeforeIndent) : 0;
        block.UpdateSpanEnd(lineEnd);
        return lineEnd + 1 >= frontMatter.BodyStart ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length - 1 : end;
    }
}

/// <summary>The lines of a template's front matter in Markdig's tree: no text of the body.</summary>
internal sealed class FrontMatterBlock : LeafBlock
{
    public FrontMatterBlock(BlockParser parser, int bodyStart)
        : base(parser)
    {
        BodyStart = bodyStart;
    }

    /// <summary>Where the body starts, after the closing fence's line.</summary>
    public int BodyStart { get; }
}
