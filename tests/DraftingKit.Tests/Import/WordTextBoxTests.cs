using DocumentFormat.OpenXml;
using DraftingKit.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A text box is read once, after the paragraph that anchors it (<see cref="TextBoxes"/>): Word writes it as a
/// DrawingML shape and again as VML for older readers (<c>mc:Choice</c>/<c>mc:Fallback</c>), and the box's paragraphs
/// are not the anchoring paragraph's words.
/// </summary>
public sealed class WordTextBoxTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private const string Box = "Draft resolution submitted by the Vice-Chair of the Committee on the basis of informal consultations";

    [Fact]
    public void A_text_box_written_twice_reads_once_after_its_anchor()
    {
        var text = Read(
            new W.Paragraph(new W.Run(new W.Text("The General Assembly,"))),
            new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 74/177,")), Alternate(Drawing(Box), PictXml(Box))),
            new W.Paragraph(new W.Run(new W.Text("1. Decides to remain seized of the matter."))));

        Assert.Equal(1, Count(text, Box));
        Assert.Contains("Recalling its resolution 74/177,\n\n" + Box + "\n\n1. Decides", text);
    }

    /// <summary>A Choice without the box's text (a picture) leaves the text to the Fallback: it is not lost.</summary>
    [Fact]
    public void A_box_only_the_fallback_holds_is_read_from_it()
    {
        var text = Read(new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 74/177,")), Alternate(Picture(), PictXml(Box))));

        Assert.Equal(1, Count(text, Box));
    }

    [Fact]
    public void A_VML_text_box_alone_and_a_box_in_a_table_cell_read_once()
    {
        var cell = new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Peace and security")), new W.Run(Pict("Programme 1"))));
        var text = Read(
            new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 74/177,")), new W.Run(Pict(Box))),
            new W.Table(new W.TableRow(cell, new W.TableCell(new W.Paragraph(new W.Run(new W.Text("1,256,400")))))));

        Assert.Equal(1, Count(text, Box));
        Assert.Equal(1, Count(text, "Programme 1"));
        Assert.Contains("Recalling its resolution 74/177,\n\n" + Box, text);
    }

    /// <summary>A box anchored in a footnote is read once, with the note's text.</summary>
    [Fact]
    public void A_box_in_a_footnote_is_read_once_with_the_note()
    {
        using var stream = new MemoryStream();
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 74/177,")), new W.Run(new W.FootnoteReference { Id = 1 }))));
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>().Footnotes = new W.Footnotes(new W.Footnote(
                new W.Paragraph(new W.Run(new W.FootnoteReferenceMark()), new W.Run(new W.Text(" See A/74/100, para. 5.") { Space = SpaceProcessingModeValues.Preserve }), Alternate(Drawing("Table 1"), PictXml("Table 1")))) { Id = 1 });
            main.Document.Save();
        }

        var text = WordFieldNumbersTests.Read(stream.ToArray());

        Assert.Contains("<sup>1</sup> See A/74/100, para. 5. Table 1", text);
        Assert.Equal(1, Count(text, "Table 1"));
    }

    /// <summary>LibreOffice prints the box written twice once, as the reader reads it.</summary>
    [SkippableFact]
    public void LibreOffice_prints_the_box_once()
    {
        var docx = WordFieldNumbersTests.Build(
            new W.Paragraph(new W.Run(new W.Text("Recalling its resolution 74/177,")), Alternate(Drawing(Box), PictXml(Box))),
            new W.Paragraph(new W.Run(new W.Text("1. Decides to remain seized of the matter."))));

        var printed = DraftingKit.Tests.Rendering.PrintedPdfBatch.Read([("box", docx)])["box"].Flow;

        Assert.Equal(1, Count(printed, "submitted"));
        Assert.Equal(1, Count(WordFieldNumbersTests.Read(docx), "submitted"));
    }

    private static string Read(params OpenXmlElement[] body) => WordFieldNumbersTests.Read(body);

    private static int Count(string text, string words) => (text.Length - text.Replace(words, string.Empty).Length) / words.Length;

    private static W.Run Alternate(string choice, string fallback) =>
        new($"<w:r {Namespaces}><mc:AlternateContent><mc:Choice Requires=\"wps\">{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>");

    private static string Content(string words) => $"<w:txbxContent><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:txbxContent>";

    private static string Drawing(string words) =>
        "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
        + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"2743200\" cy=\"457200\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"1\" name=\"Text Box 1\"/><wp:cNvGraphicFramePr/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
        + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2743200\" cy=\"457200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
        + $"<wps:txbx>{Content(words)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";

    private static string Picture() =>
        "<w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"914400\"/><wp:docPr id=\"2\" name=\"Emblem\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"2\" name=\"Emblem\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + "<pic:blipFill/><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";

    private static string PictXml(string words) =>
        $"<w:pict><v:shape id=\"Text Box 1\" type=\"#_x0000_t202\" style=\"width:216pt;height:36pt\"><v:textbox>{Content(words)}</v:textbox></v:shape></w:pict>";

    /// <summary>A VML text box alone, as files written before DrawingML shapes hold it.</summary>
    private static W.Picture Pict(string words) => new($"<w:pict {Namespaces}>" + PictXml(words).Substring("<w:pict>".Length));
}
