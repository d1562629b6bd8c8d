// Partial of BodyBuilder: one annex as it is read, nested because only the builder makes one.
using DraftingKit.Model;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private sealed class AnnexBuilder
    {
        private readonly string label;
        private readonly SourceSpan span;
        private readonly BlockDrafts blocks = new();

        public AnnexBuilder(string label, SourceSpan span)
        {
            this.label = label;
            this.span = span;
        }

        public InlineText? Title { get; set; }

        public BlockDrafts Blocks => blocks;

        public ParagraphDraft? LastParagraph => blocks.LastParagraph;

        public SubparagraphLadder? LastParagraphLadder => LastParagraph is { } last && (last.EndsWithColon || !last.Ladder.IsEmpty) ? last.Ladder : null;

        public void AddParagraph(ParagraphDraft paragraph) => blocks.Add(paragraph);

        public Annex Build()
        {
            var built = blocks.Build();
            return new Annex(label, Title, EquatableArray.From(built), span);
        }
    }
}
