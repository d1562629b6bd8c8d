// The builder's state and its walk over the top-level blocks; the rest of BodyBuilder is partial files, one per kind of block, because every kind adds to the same current part or annex.
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Footnote = DraftingKit.Model.Footnote;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

/// <summary>
/// Places the Markdown blocks of a template body into parts, preamble, operative part and annexes, the way a
/// reader of the published text would: the formula opens a part, paragraphs before the first numbered
/// paragraph are preambular, numbered list items are operative paragraphs, "(a)" paragraphs are subparagraphs.
/// </summary>
internal sealed partial class BodyBuilder
{
    private readonly string source;
    private readonly LineMap lines;
    private readonly DocumentHeader header;
    private readonly List<DraftingDiagnostic> diagnostics;
    private readonly InlineConverter inlines;
    private readonly List<DocumentPart> parts = new();
    private readonly List<Annex> annexes = new();
    private readonly List<Footnote> footnotes = new();

    private PartBuilder? part;
    private AnnexBuilder? annex;

    public BodyBuilder(string source, LineMap lines, DocumentHeader header, List<DraftingDiagnostic> diagnostics)
    {
        this.source = source;
        this.lines = lines;
        this.header = header;
        this.diagnostics = diagnostics;
        inlines = new InlineConverter(source, lines, diagnostics);
    }

    public (EquatableArray<DocumentPart> Parts, EquatableArray<Annex> Annexes, EquatableArray<Footnote> Footnotes) Build(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            AddTopLevel(block);
        }

        FinishPart();
        FinishAnnex();
        return (EquatableArray.From(parts), EquatableArray.From(annexes), EquatableArray.From(footnotes));
    }

    private SourceSpan SpanOf(Block block) => lines.Inclusive(block.Span.Start, block.Span.End);

    private void AddTopLevel(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddHeading(heading);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(inlines.Convert(paragraph.Inline), SpanOf(paragraph));
                break;
            case ListBlock list:
                AddList(list);
                break;
            case MarkdownTable table:
                AddBlock(ConvertTable(table));
                break;
            case FootnoteGroup group:
                AddFootnotes(group);
                break;
            case FrontMatterBlock:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                // The front matter (read on its own), a separator line or a link definition carries no text of the resolution.
                break;
            case QuoteBlock quote:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, SpanOf(quote), "A block quote ('>')"));
                foreach (var child in quote)
                {
                    AddTopLevel(child);
                }

                break;
            default:
                AddRaw(block, DescribeUnsupported(block));
                break;
        }
    }

    private void AddBlock(BodyBlock block)
    {
        if (annex is not null)
        {
            annex.Blocks.Add(block);
        }
        else
        {
            CurrentPart(block.Span).Add(block);
        }
    }

    private PartBuilder CurrentPart(SourceSpan span) => part ??= new PartBuilder(null, span);

    private void FinishPart()
    {
        if (part is not null)
        {
            parts.Add(part.Build());
            part = null;
        }
    }

    private void FinishAnnex()
    {
        if (annex is not null)
        {
            annexes.Add(annex.Build());
            annex = null;
        }
    }
}
