// Partial of TextAssembler: an annex's title, headings and paragraphs (partial: the assembler's shared patterns read them; the annex being read is nested because only the assembler makes one).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>
    /// An annex holds its title (the first line without closing punctuation), headings, and paragraphs without
    /// leads, numbered ("12. …") or not, with their subparagraphs.
    /// </summary>
    private static void PlaceInAnnex(AnnexBuilder annex, string raw, SourceSpan span, SourceBlock? next)
    {
        var last = annex.Blocks.LastParagraph;
        var numbered = Numbered.Match(raw);
        if (numbered.Success)
        {
            annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(numbered.Groups["text"].Value, span), span) { Label = numbered.Groups["number"].Value });
            return;
        }

        var bullet = Bullet.Match(raw);
        var itemRaw = bullet.Success ? bullet.Groups["text"].Value : raw;
        // A numbered paragraph of an annex holds the labelled items after it even without a colon ("2. Weapons with a
        // calibre greater than 14.7 mm …;" then "(a) Note: …", S/RES/2662 (2022), annex A).
        if (SubparagraphLabel.TryRead(itemRaw, out var label) && last is not null && (last.EndsWithColon || !last.Ladder.IsEmpty || last.Label is not null))
        {
            last.AddLabelled(label, InlineParser.Parse(AfterLabel(itemRaw, label), span), span);
            return;
        }

        // A letter set apart from its text by a label's gap, as the annex's numbers are ("1.   Explosive materials …:" /
        // "a.   Nitrocellulose …;", S/RES/2607 (2021), annex C, laid out), labels a paragraph of the annex; a mark typed
        // before its words with one space ("a. Nitrocellulose …", S/RES/2551 (2020)) opens an item, below.
        var letter = LetterLabel.Match(raw);
        if (letter.Success && last?.Label is not null)
        {
            annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(letter.Groups["text"].Value, span), span) { Label = letter.Groups["letter"].Value });
            return;
        }

        // A printed mark under an annex paragraph that ends with a colon, or after its first item, opens that paragraph's
        // item, as in the operative part ("1. Explosive materials, as follows, and mixtures containing one or more
        // thereof:" / "a. Nitrocellulose …;" / "b. Trinitrophenylmethylnitramine (tetryl);", S/RES/2551 (2020), annex C).
        if (last is not null && (last.EndsWithColon || !last.Ladder.IsEmpty) && PrintedItemMark.Opens(InlineParser.Plain(raw)))
        {
            last.Ladder.AddUnlabelled(InlineParser.Parse(raw, span), span);
            return;
        }

        // A line that states how the text was issued ("Issued in accordance with …") is text, though unpunctuated.
        if (!PageBreakJoiner.EndsParagraph(raw) && !StatementLine.ReadsAsStatement(InlineParser.Plain(raw)))
        {
            var text = InlineParser.Parse(ReportSplitter.StripBold(raw), span);
            if (EntryName.Names(InlineParser.Plain(raw), next is null ? null : InlineParser.Plain(next.Text)))
            {
                // A name its paragraphs open with names an entry, as text: no title, no heading (EntryName).
                annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, text, span));
            }
            else if (annex.Title is null && annex.Blocks.Count == 0)
            {
                annex.Title = text;
            }
            else
            {
                annex.Blocks.Add(new Heading(text, 1, span));
            }

            return;
        }

        if (HeadsNumberedAfterSentence(last, raw, next))
        {
            annex.Blocks.Add(new Heading(InlineParser.Parse(ReportSplitter.StripBold(raw), span), 1, span));
            return;
        }

        annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(raw, span), span));
    }

    /// <summary>
    /// True when a block shorter than a line that ends in a colon, after a paragraph that closed its sentence, heads the
    /// numbered paragraphs after it ("• Provide food and emergency assistance everywhere to those in need." / "We commit
    /// to taking the following actions:" / "39. We will reinforce …", A/RES/76/258), as such a line heads them in the
    /// operative part (<see cref="HeadsParagraphs"/>). After a comma it closes a preamble's sentence and is its text
    /// ("Recognizing …," / "Declare the following:", A/RES/76/181; "We, the signatories, pledge:", 77/335).
    /// </summary>
    private static bool HeadsNumberedAfterSentence(ParagraphDraft? last, string raw, SourceBlock? next) =>
        last is not null && last.Ladder.IsEmpty && last.Text.PlainText.TrimEnd().EndsWith(".", StringComparison.Ordinal)
        && next is not null && Numbered.IsMatch(next.Text) && HeadsParagraphs(raw, next);

    /// <summary>A lower-case letter and full stop set apart from the text by two spaces or more, as a label and its tab print.</summary>
    private static readonly System.Text.RegularExpressions.Regex LetterLabel = new(@"^(?<letter>[a-z])\.\s{2,}(?<text>\S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private sealed class AnnexBuilder
    {
        public AnnexBuilder(string label, SourceSpan span)
        {
            Label = label;
            Span = span;
        }

        public string Label { get; }

        public SourceSpan Span { get; }

        public InlineText? Title { get; set; }

        public BlockDrafts Blocks { get; } = new();
    }
}
