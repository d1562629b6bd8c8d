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
            new Footnote(Separator(new SeparatorMark())) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(Separator(new ContinuationSeparatorMark())) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
    }

    /// <summary>
    /// True when each note carries its number as a custom mark (the number written out) rather than Word's count: a
    /// committee report restarts the count in each text, and a count restarted per section is drawn wrongly by
    /// LibreOffice (every note after the first printed 0), so the number the report gives is written as it prints.
    /// </summary>
    public bool WritesNoteNumbers { get; init; }

    /// <summary>The document body.</summary>
    public Body Body { get; } = new();

    /// <summary>The footnotes part content.</summary>
    public Footnotes Footnotes { get; }

    /// <summary>The rule above the notes starts where the notes do, at the text block, as the UN prints it.</summary>
    private static Paragraph Separator(DocumentFormat.OpenXml.OpenXmlElement mark) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = DocxStyles.TextIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        new Run(mark));

    /// <summary>The id of the next footnote: 1, 2, 3 … in the order the footnotes are placed.</summary>
    public int NextFootnoteId() => nextFootnoteId++;
}
