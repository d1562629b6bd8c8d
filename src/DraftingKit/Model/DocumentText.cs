namespace DraftingKit.Model;

/// <summary>Walks the text of a document in reading order, as footnote numbering and the rules need.</summary>
public static class DocumentText
{
    /// <summary>
    /// Every inline text of the body in the order a reader meets it: part titles, formulas, paragraphs and
    /// their subparagraphs, tables, then annexes. Footnote texts are not included.
    /// </summary>
    public static IEnumerable<InlineText> InReadingOrder(ResolutionDocument document)
    {
        foreach (var part in document.Parts)
        {
            if (part.DesignationNote is { } note)
            {
                yield return note;
            }

            if (part.Title is { } title)
            {
                yield return title;
            }

            if (part.Formula is { } formula)
            {
                yield return formula.Text;
            }

            foreach (var text in Blocks(part.Preamble))
            {
                yield return text;
            }

            foreach (var text in Blocks(part.OperativePart))
            {
                yield return text;
            }
        }

        foreach (var annex in document.Annexes)
        {
            if (annex.Title is { } title)
            {
                yield return title;
            }

            foreach (var text in Blocks(annex.Blocks))
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// The running text a State is named in: the parts' preambles and operative paragraphs, and the footnotes. Annexes
    /// are left out, as they may reproduce a State's own designations (Editorial Manual, country names).
    /// </summary>
    public static IEnumerable<InlineText> RunningText(ResolutionDocument document)
    {
        foreach (var part in document.Parts)
        {
            foreach (var text in Blocks(part.Preamble))
            {
                yield return text;
            }

            foreach (var text in Blocks(part.OperativePart))
            {
                yield return text;
            }
        }

        foreach (var footnote in document.Footnotes)
        {
            yield return footnote.Text;
        }
    }

    /// <summary>The inline texts of <paramref name="blocks"/> in order, subparagraphs and table cells included.</summary>
    public static IEnumerable<InlineText> Blocks(EquatableArray<BodyBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                // PERF: most paragraphs have no subparagraphs; the walk of none still cost an iterator object each.
                case PreambularParagraph paragraph:
                    yield return paragraph.Text;
                    if (!paragraph.Subparagraphs.IsEmpty)
                    {
                        foreach (var text in Subparagraphs(paragraph.Subparagraphs))
                        {
                            yield return text;
                        }
                    }

                    break;
                case OperativeParagraph paragraph:
                    yield return paragraph.Text;
                    if (!paragraph.Subparagraphs.IsEmpty)
                    {
                        foreach (var text in Subparagraphs(paragraph.Subparagraphs))
                        {
                            yield return text;
                        }
                    }

                    break;
                case TextParagraph paragraph:
                    yield return paragraph.Text;
                    if (!paragraph.Subparagraphs.IsEmpty)
                    {
                        foreach (var text in Subparagraphs(paragraph.Subparagraphs))
                        {
                            yield return text;
                        }
                    }

                    break;
                case Heading heading:
                    yield return heading.Text;
                    break;
                case Table table:
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            yield return cell;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The texts of <paramref name="items"/> and their nested items, depth first.</summary>
    public static IEnumerable<InlineText> Subparagraphs(EquatableArray<Subparagraph> items)
    {
        foreach (var item in items)
        {
            yield return item.Text;
            if (item.Items.IsEmpty)
            {
                continue;
            }

            foreach (var nested in Subparagraphs(item.Items))
            {
                yield return nested;
            }
        }
    }
}
