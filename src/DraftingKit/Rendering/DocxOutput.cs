using DocumentFormat.OpenXml.Wordprocessing;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace DraftingKit.Rendering;

/// <summary>
/// The body and the footnotes part of one Word file, which several <see cref="DocxBodyWriter"/>s fill in turn when
/// a report carries several texts: Word footnote ids must be unique in the file, whatever number each note prints.
/// </summary>
internal sealed class DocxOutput
{
    private int nextFootnoteId = 1;

    public DocxOutput()
    {
        Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
    }

    /// <summary>The document body.</summary>
    public Body Body { get; } = new();

    /// <summary>The footnotes part content.</summary>
    public Footnotes Footnotes { get; }

    /// <summary>The id of the next footnote: 1, 2, 3 … in the order the footnotes are placed.</summary>
    public int NextFootnoteId() => nextFootnoteId++;
}
