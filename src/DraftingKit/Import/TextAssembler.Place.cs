// Partial of TextAssembler: where one block of the text goes, in the order a reader decides it (partial: it reads and adds to the current preamble, operative part and annexes).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    private void Place(SourceBlock block, SourceBlock? next)
    {
        var raw = block.Text;
        var span = block.Span;
        afterListLine = lastWasListLine;
        lastWasListLine = false;
        var annexLabel = AnnexLabel.Match(InlineParser.Plain(ReportSplitter.StripBold(raw)).Trim());
        if (annexLabel.Success && annexLabel.Groups["number"].Success && annexes.Count > 0
            && (annexes[annexes.Count - 1].Label == "Annex" || AnnexOnItsPage.HeadsWithinAnnex(block, paged)))
        {
            // A resolution with one annex calls it "Annex": an "Annex I" after it is an annex of the text that annex
            // holds (a convention's own annexes, 77/100), a heading inside it, not an annex of the resolution. A
            // designation the print runs on within a page heads a part of the annex before it (AnnexOnItsPage).
            PlaceInAnnex(annexes[annexes.Count - 1], raw, span, next);
            return;
        }

        if (annexLabel.Success && (operative.Count > 0 || annexes.Count > 0 || (LastParagraph() is { } before && (before.EndsWithColon || PointsToAnnex(before)))))
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

            PlaceInAnnex(annexes[annexes.Count - 1], raw, span, next);
            return;
        }

        if (block.TableRows is { } rows)
        {
            // A table stands where it is printed: in the operative part once it has begun, else in the preamble.
            (operative.Count > 0 || lettered ? operative : preamble).Add(PrintedTable.Read(rows, span));
            return;
        }

        if (block.Heading && operative.Count > 0)
        {
            // A heading the layout showed (TableHeading): not a point of the paragraph above, whatever its colon announces.
            operative.Add(new Heading(InlineParser.Parse(ReportSplitter.StripBold(raw), span), 1, span));
            return;
        }

        var host = LastParagraph();
        if (TryPlaceNumberedParagraph(raw, span, host) || TryPlaceListItem(block, raw, span, host) || TryPlaceLabelledParagraph(raw, span, host, next))
        {
            return;
        }

        if (TryPlaceScheduleEntry(raw, span, host))
        {
            return;
        }

        // An item printed with its mark ("– achieve …", "a. Assist …") belongs to the paragraph or item it follows.
        // In the operative part the first mark opens the list even after a paragraph that does not end in a colon
        // ("27. Reiterates its request …;" then "a. requests the GFRS …", S/RES/2713 (2023)).
        if (host is not null && (host.EndsWithColon || !host.Ladder.IsEmpty || (operative.Count > 0 && !lettered && PrintedItemMark.OpensList(InlineParser.Plain(raw)))) && PrintedItemMark.Opens(InlineParser.Plain(raw)))
        {
            host.Ladder.AddUnlabelled(InlineParser.Parse(raw, span), span);
            return;
        }

        if (TryPlaceListText(raw, span, host, next))
        {
            return;
        }

        // A paragraph of the preamble opens with a preambular lead even where its closing punctuation is missing.
        if ((!PageBreakJoiner.EndsParagraph(raw) || (operative.Count > 0 && HeadsParagraphs(raw, next))) && !(operative.Count == 0 && !lettered && OpensPreambularParagraph(InlineParser.Plain(raw))))
        {
            var heading = new Heading(InlineParser.Parse(ReportSplitter.StripBold(raw), span), 1, span);
            if (HeadingOpensOperativePart)
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

        if (TryPlaceSectionPreamble(raw, span))
        {
            return;
        }

        Unplaced(block, "A paragraph without a number follows the operative paragraphs; it is kept as a paragraph of text");
    }

    /// <summary>
    /// A text without numbered paragraphs whose single paragraph, closed by its full stop, adopts what the annex holds
    /// ("*Adopts* the political declaration … as contained in the annex to the present resolution.", 76/7, 77/289): the
    /// "Annex" after it opens that annex, not a heading of the text.
    /// </summary>
    private static bool PointsToAnnex(ParagraphDraft paragraph)
    {
        var plain = paragraph.Text.PlainText.TrimEnd();
        return plain.EndsWith(".", StringComparison.Ordinal) && plain.IndexOf("annex", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// A preambular lead of the corpus opens the paragraph, or, over more than a heading's length, the participle of an
    /// operative lead ("Demanding that all parties respect and protect …", S/RES/2765 (2024), of "Demands"): the
    /// preamble's form, not a heading's.
    /// </summary>
    private bool OpensPreambularParagraph(string plain)
    {
        if (vocabulary.PreambularLeadAtStart(plain) is not null)
        {
            return true;
        }

        // "Demanding" is the preamble's form of the lead "Demands"; "Degrading the threat …" heads a section.
        var space = plain.IndexOf(' ');
        if (plain.Length < HeadingLength || space < 5 || !plain.Substring(0, space).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = plain.Substring(0, space - 3);
        return vocabulary.OperativeLeadAtStart(stem + "s ") is not null || vocabulary.OperativeLeadAtStart(stem + "es ") is not null;
    }
}
