// Partial of TextAssembler: an adopted text printed without its enacting formula (partial: it places the blocks as Build does).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>
    /// True when an adopted text, its header read ("Resolution 2573 (2021)", "Adopted by the Security Council on 27 April
    /// 2021"), goes straight on into its paragraphs without an enacting formula, as S/RES/2573 (2021) does in the UN's
    /// file: the first block opens with a lead of the corpus, so it is the text and not report text.
    /// </summary>
    private bool OpensWithoutFormula(TextSegment segment, List<SourceBlock> body)
    {
        if (segment.Header is null || body.Count == 0)
        {
            return false;
        }

        var plain = InlineParser.Plain(body[0].Text).Trim();
        var numbered = Numbered.Match(plain);
        var opening = numbered.Success ? numbered.Groups["text"].Value : plain;
        return vocabulary.PreambularLeadAtStart(opening) is not null || vocabulary.OperativeLeadAtStart(opening) is not null;
    }

    private ResolutionDocument BuildWithoutFormula(TextSegment segment, List<SourceBlock> body)
    {
        PlaceAll(body, 0, afterFormula: false);
        return Assemble(segment, segment.Header!, formula: null, runOn: null);
    }
}
