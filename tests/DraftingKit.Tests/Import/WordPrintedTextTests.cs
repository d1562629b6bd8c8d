using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import;
using DraftingKit.Tests.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// What a drafter's Word file holds besides plain runs, read as Word prints it (<see cref="DocxReader"/>): links,
/// content controls, smart tags and tracked insertions print their words; tracked deletions and the place a passage
/// was moved from print nothing; a non-breaking hyphen prints a hyphen that the model keeps as U+2011, an optional
/// hyphen nothing, a symbol its character, a carriage return a new line; a paragraph numbered by a SEQ or LISTNUM
/// field prints the field's result, not its code; hidden text prints nothing. Checked against what LibreOffice prints.
/// </summary>
public sealed class WordPrintedTextTests
{
    [Fact]
    public void A_draft_with_links_controls_revisions_and_fields_reads_as_word_prints_it()
    {
        var text = Read(Draft());

        Assert.Contains("*Recalling* its resolution 74/177 of 18 December 2019,", text);
        Assert.Contains("*Welcoming* the report of the Secretary-General on non\u2011proliferation,", text);
        Assert.Contains("1. *Decides* to remain seized of the matter;", text);
        Assert.Contains("2. *Requests* the Secretary-General to report on disarmament at its seventy-fifth session;", text);
        Assert.Contains("3. *Invites* Member States to contribute – within existing resources;", text);
        Assert.Contains("50th plenary meeting  \n18 December 2019", text);
        Assert.DoesNotContain("SEQ", text);
        Assert.DoesNotContain("LISTNUM", text);
        Assert.DoesNotContain("deleted", text);
        Assert.DoesNotContain("hidden", text);
        Assert.DoesNotContain(text, c => c == '\u00AD');
    }

    [Fact]
    public void The_draft_imports_with_its_leads_numbers_and_words()
    {
        using var stream = new MemoryStream(Draft());
        var document = Assert.Single(UnDocumentImporter.ImportDocx("printed.docx", stream).Texts).Document;

        Assert.Equal(["Recalling", "Welcoming"], document.PreambularParagraphs().Select(paragraph => paragraph.Lead));
        Assert.Equal(["Decides", "Requests", "Invites"], document.OperativeParagraphs().Select(paragraph => paragraph.Lead));
        Assert.Equal([1, 2, 3], document.OperativeParagraphs().Select(paragraph => paragraph.Number));
    }

    /// <summary>
    /// LibreOffice prints the same words for the link, the content controls, the smart tag, the insertion, the
    /// LISTNUM field's result, the symbol and the non-breaking hyphen. (Its text export also writes tracked deletions,
    /// hidden text and a SEQ field's code, which Word's view of the text with its changes accepted does not show.)
    /// </summary>
    [SkippableFact]
    public void LibreOffice_prints_the_words_the_reader_reads()
    {
        var printed = System.Text.Encoding.UTF8.GetString(PrintedPdfBatch.Convert([("printed", Draft())], "txt")["printed"]).TrimStart('\uFEFF');
        var read = Read(Draft()).Replace("*", string.Empty);

        foreach (var words in new[] { "Recalling its resolution 74/177 of 18 December 2019", "Welcoming the report of the Secretary-General on non\u2011proliferation,", "Decides to remain seized of the matter;", "2. Requests", "3. Invites Member States to contribute \u2013 within existing resources;" })
        {
            Assert.Contains(words, printed);
            Assert.Contains(words, read);
        }
    }

    /// <summary>
    /// A numbered paragraph deleted whole under tracked changes is not read and not counted: the paragraph after it
    /// is read with the number Word prints once the change is accepted. A paragraph whose words alone were deleted,
    /// its mark kept, still counts, as Word counts an empty numbered paragraph.
    /// </summary>
    [Fact]
    public void A_numbered_paragraph_deleted_under_tracked_changes_is_not_counted()
    {
        var list = new WordList();
        var paragraphs = new[] { "1. Decides to remain seized of the matter;", "2. Requests the Secretary-General to report;", "3. Invites Member States to contribute;" }
            .Select(text => list.Number(text, words => new W.Paragraph(Run(words)))).ToList();
        var deleted = paragraphs[1];
        foreach (var run in deleted.Elements<W.Run>().ToList())
        {
            var text = run.InnerText;
            run.RemoveAllChildren();
            run.Append(new W.DeletedText(text) { Space = SpaceProcessingModeValues.Preserve });
            run.InsertBeforeSelf(new W.DeletedRun(run.CloneNode(true)) { Id = "9", Author = "A" });
            run.Remove();
        }

        deleted.ParagraphProperties!.Append(new W.ParagraphMarkRunProperties(new W.Deleted { Id = "10", Author = "A" }));
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = list.Definitions();
            main.Document.Save();
        }

        var read = Read(stream.ToArray());

        Assert.Contains("1. Decides to remain seized of the matter;\n\n2. Invites Member States to contribute;", read);
        Assert.DoesNotContain("Requests", read);
    }

    private static string Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return DocxReader.ToSourceText(stream);
    }

    private static W.Run Run(string text, bool italic = false)
    {
        var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (italic)
        {
            run.PrependChild(new W.RunProperties(new W.Italic()));
        }

        return run;
    }

    /// <summary>A smart tag (<c>w:smartTag</c>, which the SDK knows no class for) around a run of <paramref name="text"/>.</summary>
    private static OpenXmlElement SmartTag(string text)
    {
        var tag = new OpenXmlUnknownElement("w", "smartTag", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        tag.AppendChild(Run(text));
        return tag;
    }

    private static W.Run Field(W.FieldCharValues type) => new(new W.FieldChar { FieldCharType = type });

    /// <summary>A short draft whose words sit in the places a drafter's Word file puts them.</summary>
    private static byte[] Draft()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var link = main.AddHyperlinkRelationship(new Uri("https://undocs.org/A/RES/74/177"), true);
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(Run("The General Assembly,", italic: true)),
                new W.Paragraph(
                    new W.SdtRun(new W.SdtProperties(new W.SdtAlias { Val = "Lead" }), new W.SdtContentRun(Run("Recalling", italic: true))),
                    Run(" its "),
                    new W.Hyperlink(Run("resolution 74/177")) { Id = link.Id },
                    SmartTag(" of 18 December 2019"),
                    new W.DeletedRun(new W.Run(new W.DeletedText(" deleted words") { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "A" },
                    Run(",")),
                new W.Paragraph(
                    Run("Welcoming", italic: true),
                    new W.InsertedRun(Run(" the report of the Secretary-General")) { Id = "2", Author = "A" },
                    Run(" on non"),
                    new W.Run(new W.NoBreakHyphen()),
                    Run("proliferation,"),
                    new W.Run(new W.RunProperties(new W.Vanish()), new W.Text(" hidden words") { Space = SpaceProcessingModeValues.Preserve })),
                new W.SdtBlock(new W.SdtProperties(new W.SdtAlias { Val = "Operative" }), new W.SdtContentBlock(
                    new W.Paragraph(
                        new W.SimpleField(Run("1")) { Instruction = " SEQ Paragraph \\* ARABIC " },
                        Run(". "),
                        Run("Decides", italic: true),
                        Run(" to remain seized of the matter;")))),
                new W.Paragraph(
                    Field(W.FieldCharValues.Begin),
                    new W.Run(new W.FieldCode(" LISTNUM LegalDefault \\l 1 ") { Space = SpaceProcessingModeValues.Preserve }),
                    Field(W.FieldCharValues.Separate),
                    Run("2."),
                    Field(W.FieldCharValues.End),
                    Run(" "),
                    Run("Requests", italic: true),
                    new W.MoveFromRun(Run(" on disarmament")) { Id = "3", Author = "A" },
                    Run(" the Secretary-General to report on disarma"),
                    new W.Run(new W.SoftHyphen()),
                    Run("ment at its seventy-fifth session;")),
                new W.Paragraph(
                    Run("3. "),
                    Run("Invites", italic: true),
                    Run(" Member States to contribute "),
                    new W.Run(new W.SymbolChar { Font = "Times New Roman", Char = "2013" }),
                    Run(" within existing resources;")),
                new W.Paragraph(Run("50th plenary meeting"), new W.Run(new W.CarriageReturn()), Run("18 December 2019"))));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
