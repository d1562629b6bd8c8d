// Partial of TextAssembler: where one block of the text goes, in the order a reader decides it (partial: it reads and adds to the current preamble, operative part and annexes).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    private void Place(SourceBlock block)
    {
        var raw = block.Text;
        var span = block.Span;
        var annexLabel = AnnexLabel.Match(InlineParser.Plain(ReportSplitter.StripBold(raw)).Trim());
        if (annexLabel.Success && (operative.Count > 0 || annexes.Count > 0 || (LastParagraph() is { } before && before.EndsWithColon)))
        {
            annexes.Add(new AnnexBuilder(annexLabel.Value, span));
            return;
        }

        if (annexes.Count > 0)
        {
            if (block.TableRows is { } annexRows)
            {
                annexes[annexes.Count - 1].Blocks.Add(PrintedTable.Read(annexRows, span));
                return;
            }

            PlaceInAnnex(annexes[annexes.Count - 1], raw, span);
            return;
        }

        if (block.TableRows is { } rows)
        {
            // A table stands where it is printed: in the operative part once it has begun, else in the preamble.
            (operative.Count > 0 || lettered ? operative : preamble).Add(PrintedTable.Read(rows, span));
            return;
        }

        var host = LastParagraph();
        if (TryPlaceNumberedParagraph(raw, span, host) || TryPlaceListItem(block, raw, span, host) || TryPlaceLabelledParagraph(raw, span, host))
        {
            return;
        }

        // An item printed with its mark ("– achieve …", "a. Assist …") belongs to the paragraph or item it follows.
        if (host is not null && (host.EndsWithColon || !host.Ladder.IsEmpty) && PrintedItemMark.Opens(InlineParser.Plain(raw)))
        {
            host.Ladder.AddUnlabelled(InlineParser.Parse(raw, span), span);
            return;
        }

        // A paragraph of the preamble opens with a preambular lead even where its closing punctuation is missing.
        if (!PageBreakJoiner.EndsParagraph(raw) && !(operative.Count == 0 && !lettered && vocabulary.PreambularLeadAtStart(InlineParser.Plain(raw)) is not null))
        {
            var heading = new Heading(InlineParser.Parse(ReportSplitter.StripBold(raw), span), 1, span);
            if (operative.Count > 0)
            {
                operative.Add(heading);
            }
            else
            {
                preamble.Add(heading);
            }

            return;
        }

        if (operative.Count == 0 && !lettered)
        {
            preamble.Add(new ParagraphDraft(ParagraphKind.Preambular, leads.Restore(InlineParser.Parse(raw, span), operative: false), span));
            return;
        }

        Unplaced(block, "A paragraph without a number follows the operative paragraphs; it is kept as a paragraph of text");
    }
}
