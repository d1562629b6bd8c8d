// Partial of TextAssembler: the sections of a text set under headings, each with its restated preamble (partial: it reads and adds to the operative part).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>The paragraphs placed as a section's restated preamble; the next paragraph with a lead joins them.</summary>
    private readonly HashSet<ParagraphDraft> sectionPreamble = new();

    /// <summary>True when the blocks placed follow an enacting formula (not a text printed without one).</summary>
    private bool afterFormula;

    /// <summary>True once the enacting formula is read and nothing placed after it yet.</summary>
    private bool RightAfterFormula => afterFormula && preamble.Count == 0 && operative.Count == 0 && !lettered;

    /// <summary>
    /// A heading right after the formula opens the operative part, as the template reader and the UN's AKN4UN files
    /// have it: a preamble has no headings, and a budget resolution that opens with "I" and the section's title
    /// (75/247, 76/241, 77/259) sets each section's restated preamble ("Recalling …") under its heading, inside the
    /// body like the sections after it.
    /// </summary>
    private bool HeadingOpensOperativePart => operative.Count > 0 || RightAfterFormula;

    /// <summary>
    /// An unnumbered paragraph that opens with a lead right after a heading of the operative part, or after another
    /// such paragraph, is the section's restated preamble ("II", "Activities of the Independent Audit Advisory
    /// Committee", "Recalling …", "Having considered …", then "1. Notes …"): text of the section, as the template
    /// reader reads it, not a paragraph the importer could not place.
    /// </summary>
    private bool TryPlaceSectionPreamble(string raw, SourceSpan span)
    {
        if (operative.Count == 0 || lettered)
        {
            return false;
        }

        var last = operative[operative.Count - 1];
        var opensSection = last.Block is Heading
            || (last.Paragraph is { Kind: ParagraphKind.Text, Label: null } paragraph && sectionPreamble.Contains(paragraph));
        var plain = InlineParser.Plain(raw).TrimStart();
        if (!opensSection || (vocabulary.PreambularLeadAtStart(plain) is null && vocabulary.OperativeLeadAtStart(plain) is null))
        {
            return false;
        }

        var preambular = vocabulary.PreambularLeadAtStart(plain) is not null;
        var text = new ParagraphDraft(ParagraphKind.Text, leads.Restore(InlineParser.Parse(raw, span), operative: !preambular), span);
        sectionPreamble.Add(text);
        operative.Add(text);
        return true;
    }
}
