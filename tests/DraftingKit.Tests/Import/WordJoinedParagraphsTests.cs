using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A paragraph whose mark alone is deleted under tracked changes (<c>w:pPr/w:rPr/w:del</c>) goes on in the next
/// paragraph, as Word prints it once the change is accepted (<see cref="DocxReader"/>): one paragraph, numbered once.
/// </summary>
public sealed class WordJoinedParagraphsTests
{
    [Fact]
    public void A_paragraph_whose_mark_is_deleted_reads_as_one_with_the_next()
    {
        var text = Read(Numbered(
            ("1. Decides to remain seized of the matter;", false),
            ("2. Requests the Secretary-General to submit a report ", true),
            ("to the General Assembly at its seventy-sixth session;", false),
            ("3. Invites Member States to contribute to the Trust Fund;", false)));

        Assert.Contains("\n\n2. Requests the Secretary-General to submit a report to the General Assembly at its seventy-sixth session;\n\n3. Invites", text);
    }

    /// <summary>Two numbered paragraphs joined are counted once: the paragraph after them prints the next number.</summary>
    [Fact]
    public void Numbered_paragraphs_joined_are_counted_once()
    {
        var text = Read(Numbered(
            ("1. Decides to remain seized of the matter;", false),
            ("2. Requests the Secretary-General to report thereon, and ", true),
            ("3. invites Member States to contribute ", true),
            ("4. within existing resources;", false),
            ("5. Calls upon all States to cooperate fully;", false)));

        Assert.Contains("\n\n2. Requests the Secretary-General to report thereon, and invites Member States to contribute within existing resources;\n\n3. Calls upon all States", text);
    }

    /// <summary>A paragraph whose mark was inserted stays apart; one whose deleted mark stands before a table is not joined into the table.</summary>
    [Fact]
    public void An_inserted_mark_and_a_mark_before_a_table_keep_their_paragraphs()
    {
        var inserted = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphMarkRunProperties(new W.Inserted { Id = "1", Author = "A" })), Run("Recalling its resolution 74/177,"));
        var beforeTable = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphMarkRunProperties(new W.Deleted { Id = "2", Author = "A" })), Run("The proposed programme budget is as follows:"));
        var table = new W.Table(new W.TableRow(new W.TableCell(new W.Paragraph(Run("Peace and security"))), new W.TableCell(new W.Paragraph(Run("1,256,400")))));

        var text = WordFieldNumbersTests.Read(WordFieldNumbersTests.Build(inserted, new W.Paragraph(Run("Welcoming the report,")), beforeTable, table));

        Assert.Contains("Recalling its resolution 74/177,\n\nWelcoming the report,\n\nThe proposed programme budget is as follows:\n\nPeace and security\t1,256,400", text);
    }

    [Fact]
    public void The_joined_draft_imports_with_one_operative_paragraph_for_the_two()
    {
        var docx = Numbered(
            ("The General Assembly,", false),
            ("1. Decides to remain seized of the matter;", false),
            ("2. Requests the Secretary-General to report thereon, and ", true),
            ("3. invites Member States to contribute ", true),
            ("4. within existing resources;", false),
            ("5. Calls upon all States to cooperate fully.", false));
        using var stream = new MemoryStream(docx);

        var document = Assert.Single(UnDocumentImporter.ImportDocx("joined.docx", stream).Texts).Document;

        Assert.Equal([1, 2, 3], document.OperativeParagraphs().Select(paragraph => paragraph.Number));
        Assert.Equal(["Decides", "Requests", "Calls upon"], document.OperativeParagraphs().Select(paragraph => paragraph.Lead));
    }

    private static string Read(byte[] docx) => WordFieldNumbersTests.Read(docx);

    /// <summary>The paragraphs numbered by Word where they open with a label, each whose flag is set with its mark deleted.</summary>
    private static byte[] Numbered(params (string Text, bool MarkDeleted)[] paragraphs)
    {
        var list = new WordList();
        var id = 10;
        var built = paragraphs.Select(paragraph =>
        {
            var numbered = list.Number(paragraph.Text, words => new W.Paragraph(Run(words)));
            if (paragraph.MarkDeleted)
            {
                var properties = numbered.ParagraphProperties ?? numbered.PrependChild(new W.ParagraphProperties());
                properties.Append(new W.ParagraphMarkRunProperties(new W.Deleted { Id = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "A" }));
            }

            return numbered;
        }).ToList();
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(built));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = list.Definitions();
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Run Run(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
