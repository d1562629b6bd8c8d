using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The shapes of the UN's own Word files one at a time (<see cref="UnWordFile"/>): the masthead in the first page's
/// header or at the text's top, the page's furniture left out, notes numbered as Word prints them whatever their ids.
/// </summary>
public sealed class UnWordFileShapesTests
{
    private static ResolutionDocument Template(string folder, string file) =>
        TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", folder, file)).Document;

    private static ImportResult Import(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        return UnDocumentImporter.ImportDocx(name, stream);
    }

    /// <summary><paramref name="document"/> as the UN's Word file, changed by <paramref name="change"/>.</summary>
    private static byte[] Changed(ResolutionDocument document, Action<WordprocessingDocument> change)
    {
        using var stream = new MemoryStream();
        var bytes = UnWordFile.Write(document);
        stream.Write(bytes, 0, bytes.Length);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            change(word);
            word.MainDocumentPart!.Document.Save();
        }

        return stream.ToArray();
    }

    [Fact]
    public void The_masthead_in_the_first_pages_header_gives_the_header_and_leaves_the_UNs_name_out()
    {
        var original = Template("akn4un-templates", "A-RES-77-9.res.md");
        var bytes = Changed(original, word => MoveMastheadToHeader(word));

        var result = Import(bytes, "A-RES-77-9.docx");

        var imported = Assert.Single(result.Texts).Document;
        Assert.Equal("A/RES/77/9", imported.Header.Symbol);
        Assert.Equal("General", imported.Header.Distribution);
        Assert.Equal(original.Header.Issued, imported.Header.Issued);
        Assert.Equal(CarriedModel.AsWordText(original), CarriedModel.AsFormatted(imported, linkTargets: false));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Message.Contains("United Nations", StringComparison.Ordinal));
        using var stream = new MemoryStream(bytes);
        Assert.DoesNotContain("United Nations\n", DocxReader.ToSourceText(stream), StringComparison.Ordinal);
    }

    [Fact]
    public void The_masthead_as_a_table_at_the_texts_top_gives_the_header()
    {
        var original = Template("akn4un-sc-templates", "S-RES-2504-2020.res.md");
        var bytes = Changed(original, word => MoveMastheadToText(word));

        var imported = Assert.Single(Import(bytes, "S-RES-2504-2020.docx").Texts).Document;

        Assert.Equal("S/RES/2504 (2020)", imported.Header.Symbol);
        Assert.Equal(CarriedModel.AsWordText(original), CarriedModel.AsFormatted(imported, linkTargets: false));
    }

    [Fact]
    public void Without_a_distinct_first_page_the_header_part_is_the_pages_furniture()
    {
        // w:titlePg off: the first page prints the running head, and no masthead is read from a header part.
        var original = Template("akn4un-templates", "A-RES-77-9.res.md");
        var bytes = Changed(original, word =>
        {
            MoveMastheadToHeader(word);
            word.MainDocumentPart!.Document.Body!.Descendants<W.TitlePage>().ToList().ForEach(title => title.Remove());
        });

        var imported = Assert.Single(Import(bytes, "A-RES-77-9.docx").Texts).Document;

        Assert.Null(imported.Header.Distribution);
        Assert.Null(imported.Header.Issued);
    }

    [Fact]
    public void A_table_at_the_texts_top_without_a_symbol_is_read_as_a_table()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            W.TableCell Cell(string text) => new(new W.Paragraph(new W.Run(new W.Text(text))));
            main.Document = new W.Document(new W.Body(
                new W.Table(new W.TableRow(Cell("General Assembly"), Cell("Distr.: General"))),
                new W.Paragraph(new W.Run(new W.Text("The General Assembly,"))),
                new W.Paragraph(new W.Run(new W.Text("1. Decides to remain seized of the matter.")))));
            main.Document.Save();
        }

        using var read = new MemoryStream(stream.ToArray());
        Assert.StartsWith("General Assembly\tDistr.: General", DocxReader.ToSourceText(read), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_with_separators_at_ids_0_and_1_are_numbered_as_Word_prints_them()
    {
        // The note on the part's letter "B" is printed 1; its id is 2 where the separators are 0 and 1.
        var original = Template("akn4un-templates", "A-RES-76-244-B.res.md");
        var bytes = Changed(original, word => ShiftNoteIds(word));

        var imported = Assert.Single(Import(bytes, "A-RES-76-244-B.docx").Texts).Document;

        Assert.Equal(CarriedModel.AsWordText(original), CarriedModel.AsFormatted(imported, linkTargets: false));
        Assert.Equal("1", imported.Parts[0].DesignationNote!.Inlines.OfType<FootnoteReference>().Single().Label);
    }

    [Fact]
    public void Notes_count_from_the_sections_numbering_start()
    {
        // A part issued alone may go on its notes from where the text before it stopped: w:numStart 5 prints 5 and 6.
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            W.Run Reference(long id) => new(new W.RunProperties(new W.RunStyle { Val = "FootnoteReference" }), new W.FootnoteReference { Id = id });
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 70/175,") { Space = SpaceProcessingModeValues.Preserve }), Reference(1)),
                new W.Paragraph(new W.Run(new W.Text("Noting the report,") { Space = SpaceProcessingModeValues.Preserve }), Reference(2)),
                new W.SectionProperties(new W.FootnoteProperties(new W.NumberingStart { Val = 5 }))));
            main.AddNewPart<FootnotesPart>().Footnotes = new W.Footnotes(
                new W.Footnote(new W.Paragraph(new W.Run(new W.SeparatorMark()))) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(new W.Paragraph(new W.Run(new W.ContinuationSeparatorMark()))) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new W.Footnote(new W.Paragraph(new W.Run(new W.Text("A/70/1.")))) { Id = 1 },
                new W.Footnote(new W.Paragraph(new W.Run(new W.Text("A/70/2.")))) { Id = 2 });
            main.Document.Save();
        }

        using var read = new MemoryStream(stream.ToArray());
        var text = DocxReader.ToSourceText(read);

        Assert.Contains("70/175,<sup>5</sup>", text, StringComparison.Ordinal);
        Assert.Contains("<sup>6</sup> A/70/2.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_with_a_symbol_for_its_mark_and_a_tab_before_it_keeps_its_words()
    {
        var original = Template("akn4un-sc-templates", "S-RES-2713-2023.res.md");

        var imported = Assert.Single(Import(UnWordFile.Write(original), "S-RES-2713-2023.docx").Texts).Document;

        // The notes compared alone: the text's bold headings ("**Degrading the threat …**") are a class the import
        // leaves, and its annex's "a. Note: …" between items 2 and 3 is read as the UN's plain text reads it.
        static IEnumerable<string> Notes(ResolutionDocument document) => CarriedModel.AsWordText(document).Split('\n').Where(line => line.StartsWith("footnote ", StringComparison.Ordinal));
        Assert.Equal(Notes(original), Notes(imported));
        Assert.Contains(imported.Footnotes, note => note.Label == "*" && ModelDump.Inline(note.Text).StartsWith("(Not applicable", StringComparison.Ordinal));
    }

    /// <summary>Puts the masthead table in the first page's header, whichever place the writer chose.</summary>
    private static void MoveMastheadToHeader(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart!;
        if (main.Document.Body!.GetFirstChild<W.Table>() is { } table && table.InnerText.Contains("United Nations", StringComparison.Ordinal))
        {
            var id = main.Document.Body.Descendants<W.HeaderReference>().Single(reference => reference.Type?.Value == W.HeaderFooterValues.First).Id!.Value!;
            var header = ((HeaderPart)main.GetPartById(id)).Header!;
            table.Remove();
            table.Descendants<W.Drawing>().ToList().ForEach(drawing => drawing.Remove());
            header.PrependChild(table);
            header.Save();
        }
    }

    /// <summary>Puts the masthead table at the text's top, whichever place the writer chose.</summary>
    private static void MoveMastheadToText(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart!;
        var id = main.Document.Body!.Descendants<W.HeaderReference>().Single(reference => reference.Type?.Value == W.HeaderFooterValues.First).Id!.Value!;
        var header = ((HeaderPart)main.GetPartById(id)).Header!;
        if (header.GetFirstChild<W.Table>() is { } table)
        {
            table.Remove();
            table.Descendants<W.Drawing>().ToList().ForEach(drawing => drawing.Remove());
            header.Save();
            main.Document.Body.PrependChild(table);
        }
    }

    /// <summary>Writes the separators as notes 0 and 1 and every note one id further on, as files from other tools hold them.</summary>
    private static void ShiftNoteIds(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart!;
        var notes = main.FootnotesPart!.Footnotes!;
        if (notes.Elements<W.Footnote>().Any(note => note.Id!.Value == -1))
        {
            foreach (var note in notes.Elements<W.Footnote>())
            {
                note.Id = note.Id!.Value + 1;
            }

            foreach (var reference in main.Document.Body!.Descendants<W.FootnoteReference>())
            {
                reference.Id = reference.Id!.Value + 1;
            }

            notes.Save();
        }
    }
}
