using System.Collections;

namespace DraftingKit.Model;

/// <summary>
/// The blocks of a preamble, an operative part or an annex as a reader meets them: paragraphs still being read
/// (<see cref="ParagraphDraft"/>) among blocks already final (headings, tables). <see cref="Build"/> makes the blocks.
/// </summary>
internal sealed class BlockDrafts : IReadOnlyList<BlockDraft>
{
    private readonly List<BlockDraft> entries = new();

    public int Count => entries.Count;

    public BlockDraft this[int index] => entries[index];

    /// <summary>The last paragraph, when the last entry is one.</summary>
    public ParagraphDraft? LastParagraph => Count > 0 ? entries[Count - 1].Paragraph : null;

    public void Add(ParagraphDraft paragraph) => entries.Add(new BlockDraft(paragraph, null));

    public void Add(BodyBlock block) => entries.Add(new BlockDraft(null, block));

    public List<BodyBlock> Build() => entries.ConvertAll(entry => entry.Build());

    public IEnumerator<BlockDraft> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One entry of <see cref="BlockDrafts"/>: a paragraph still being read, or a final block.</summary>
internal readonly struct BlockDraft
{
    public BlockDraft(ParagraphDraft? paragraph, BodyBlock? block)
    {
        Paragraph = paragraph;
        Block = block;
    }

    public ParagraphDraft? Paragraph { get; }

    public BodyBlock? Block { get; }

    public BodyBlock Build() => Paragraph?.Build() ?? Block!;
}
