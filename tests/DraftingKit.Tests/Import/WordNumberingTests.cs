using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the labels of Word's automatic numbering (<see cref="WordNumbering"/>), counted as LibreOffice prints them
/// (<see cref="WordNumberedDraftsTests"/> compares the seed drafts with its print).
/// </summary>
public sealed class WordNumberingTests
{
    [Fact]
    public void Items_restart_under_each_numbered_paragraph()
    {
        var labels = Labels(numbering => numbering.Append(Instance(1)),
            (1, 0, "Decides"), (1, 1, "to convene"), (1, 1, "to request"), (1, 0, "Requests"), (1, 1, "to report"));

        Assert.Equal(["1.", "(a)", "(b)", "2.", "(a)"], labels);
    }

    [Fact]
    public void A_numbered_paragraph_after_items_of_the_preamble_is_the_list_s_second()
    {
        // Items "(a)" … under an unnumbered preambular paragraph stand at the list's first number: LibreOffice prints
        // the next paragraph of the list's first level as "2.".
        var labels = Labels(numbering => numbering.Append(Instance(1)), (1, 1, "To promote"), (1, 1, "To help"), (1, 0, "Urges"));

        Assert.Equal(["(a)", "(b)", "2."], labels);
    }

    [Fact]
    public void An_instance_that_sets_a_start_restarts_the_list_and_the_instances_after_it_go_on()
    {
        // A provisional agenda inside paragraph 9, as LibreOffice writes a restarted list: the first item in an instance
        // that sets the start, the next in one that sets nothing; then the operative paragraphs go on at 10.
        var labels = Labels(
            numbering => numbering.Append(Instance(1), Instance(5, start: 1), Instance(6), Instance(7, start: 10)),
            (1, 0, "Decides"), (5, 0, "Opening of the Congress."), (6, 0, "Organizational matters."), (7, 0, "Requests"));

        Assert.Equal(["1.", "1.", "2.", "10."], labels);
    }

    [Fact]
    public void A_paragraph_style_numbers_its_paragraphs_and_a_bullet_prints_as_a_bullet()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Definitions(numbering => numbering.Append(Instance(1), new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 }));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 }))) { StyleId = "OperativeParagraph", Type = StyleValues.Paragraph },
                new Style(new BasedOn { Val = "OperativeParagraph" }) { StyleId = "OperativeLead", Type = StyleValues.Paragraph });
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "OperativeParagraph" }), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Decides"))),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "OperativeLead" }), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Requests"))),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 })), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Soft body armour")))));
            main.Document.Save();
        }

        stream.Position = 0;
        var text = DocxReader.ToSourceText(stream);

        Assert.Contains("1. Decides", text, StringComparison.Ordinal);
        Assert.Contains("2. Requests", text, StringComparison.Ordinal);
        Assert.Contains("• Soft body armour", text, StringComparison.Ordinal);
    }

    private static List<string> Labels(Action<Numbering> instances, params (int NumId, int Level, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Definitions(instances);
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = p.NumId })),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p.Text))))));
            main.Document.Save();
        }

        stream.Position = 0;
        using var read = WordprocessingDocument.Open(stream, false);
        var numbering = new WordNumbering(read.MainDocumentPart!);
        return read.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => numbering.LabelOf(p) ?? "none").ToList();
    }

    private static Numbering Definitions(Action<Numbering> instances)
    {
        var numbering = new Numbering(
            new AbstractNum(Level(0, NumberFormatValues.Decimal, "%1."), Level(1, NumberFormatValues.LowerLetter, "(%2)"), Level(2, NumberFormatValues.LowerRoman, "(%3)")) { AbstractNumberId = 0 },
            new AbstractNum(Level(0, NumberFormatValues.Bullet, "\uF0B7")) { AbstractNumberId = 1 });
        instances(numbering);
        return numbering;
    }

    private static NumberingInstance Instance(int id, int? start = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = id };
        if (start is int value)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = value }) { LevelIndex = 0 });
        }

        return instance;
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
