using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Older drafts number their operative paragraphs and subparagraphs with fields (<see cref="WordFields"/>): AUTONUM,
/// AUTONUMLGL and LISTNUM store no result and print the number Word counts where they stand; SEQ prints its stored
/// result, or its count where none is stored. A field's instructions never print: a link, a cross-reference or a page
/// reference prints its result only, a cross-reference to a note its marker.
/// </summary>
public sealed class WordFieldNumbersTests
{
    private static readonly string[] Operative =
    {
        "Decides to remain seized of the matter;",
        "Requests the Secretary-General to submit to the General Assembly at its seventy-sixth session a report on the implementation of the present resolution;",
        "Invites Member States to contribute to the Trust Fund within existing resources;",
    };

    [Fact]
    public void Operative_paragraphs_numbered_by_AUTONUM_read_with_the_numbers_Word_prints()
    {
        var text = Read(Operative.Select(words => Paragraph(Complex(" AUTONUM "), Tab(), Run(words))).ToArray());

        Assert.Contains("1. Decides to remain seized of the matter;", text);
        Assert.Contains("2. Requests the Secretary-General to submit", text);
        Assert.Contains("3. Invites Member States to contribute", text);
        Assert.DoesNotContain("AUTONUM", text);
    }

    [Fact]
    public void An_AUTONUM_draft_imports_with_its_operative_numbers()
    {
        var docx = Build(
            new[] { Paragraph(Run("The General Assembly,", italic: true)), Paragraph(Run("Recalling", italic: true), Run(" its resolution 74/177 of 18 December 2019,")) }
                .Concat(Operative.Select(words => Paragraph(new W.SimpleField { Instruction = " AUTONUM " }, Tab(), Run(words.Substring(0, words.IndexOf(' ')), italic: true), Run(words.Substring(words.IndexOf(' ')))))).ToArray());
        using var stream = new MemoryStream(docx);

        var document = Assert.Single(UnDocumentImporter.ImportDocx("autonum.docx", stream).Texts).Document;

        Assert.Equal([1, 2, 3], document.OperativeParagraphs().Select(paragraph => paragraph.Number));
        Assert.Equal(["Decides", "Requests", "Invites"], document.OperativeParagraphs().Select(paragraph => paragraph.Lead));
    }

    [Fact]
    public void AUTONUM_restarts_under_each_heading_that_holds_one_and_AUTONUMLGL_prints_the_heading_s_number()
    {
        var headings = Styles(new W.Style(new W.StyleName { Val = "heading 1" }, new W.StyleParagraphProperties(new W.OutlineLevel { Val = 0 })) { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });
        var text = Read(
            headings,
            Heading(Complex(" AUTONUM "), Tab(), Run("Revitalization of the work of the General Assembly")),
            Paragraph(Complex(" AUTONUM "), Tab(), Run("Decides to continue the work;")),
            Paragraph(Complex(" AUTONUM "), Tab(), Run("Requests its President to report;")),
            Heading(Complex(" AUTONUM "), Tab(), Run("Programme budget implications")),
            Paragraph(Complex(" AUTONUM "), Tab(), Run("Notes the statement of the Secretary-General;")),
            Heading(Complex(" AUTONUMLGL "), Tab(), Run("Working methods")),
            Paragraph(Complex(" AUTONUMLGL \\e "), Tab(), Run("Takes note of the proposals;")));

        Assert.Contains("1. Revitalization of the work", text);
        Assert.Contains("1. Decides to continue the work;", text);
        Assert.Contains("2. Requests its President to report;", text);
        Assert.Contains("2. Programme budget implications", text);
        Assert.Contains("1. Notes the statement", text);
        Assert.Contains("1. Working methods", text);
        Assert.Contains("1.1 Takes note of the proposals;", text);
    }

    [Fact]
    public void LISTNUM_numbers_paragraphs_and_their_subparagraphs_of_one_list()
    {
        var text = Read(
            Paragraph(Complex(" LISTNUM OutlineDefault \\l 3 "), Tab(), Run("Decides that the Commission shall:")),
            Paragraph(Complex(" LISTNUM OutlineDefault \\l 6 "), Tab(), Run("Review the implementation of the Programme of Action;")),
            Paragraph(Complex(" LISTNUM OutlineDefault \\l 6 "), Tab(), Run("Report to the Economic and Social Council;")),
            Paragraph(Complex(" LISTNUM OutlineDefault \\l 3 "), Tab(), Run("Requests the Secretary-General:")),
            Paragraph(Complex(" LISTNUM OutlineDefault \\l 6 "), Tab(), Run("To provide the necessary support;")),
            Paragraph(Complex(" LISTNUM LegalDefault \\l 1 \\s 9 "), Tab(), Run("Decides to remain seized of the matter.")),
            Paragraph(Complex(" LISTNUM "), Tab(), Run("Encourages Member States to participate.")));

        Assert.Contains("1. Decides that the Commission shall:", text);
        Assert.Contains("(a) Review the implementation", text);
        Assert.Contains("(b) Report to the Economic and Social Council;", text);
        Assert.Contains("2. Requests the Secretary-General:", text);
        Assert.Contains("(a) To provide the necessary support;", text);
        Assert.Contains("9. Decides to remain seized of the matter.", text);
        Assert.Contains("10. Encourages Member States to participate.", text);
        Assert.DoesNotContain("LISTNUM", text);
        Assert.DoesNotContain("OutlineDefault", text);
    }

    /// <summary>A LISTNUM naming a list the drafter's file defines prints that list's levels ("%1." and "(%2)") with counts of its own.</summary>
    [Fact]
    public void LISTNUM_naming_a_list_of_the_file_prints_its_levels()
    {
        var list = new W.AbstractNum(
            new W.AbstractNumDefinitionName { Val = "UN operative" },
            new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.Decimal }, new W.LevelText { Val = "%1." }) { LevelIndex = 0 },
            new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.LowerLetter }, new W.LevelText { Val = "(%2)" }) { LevelIndex = 1 })
        { AbstractNumberId = 0 };
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                Paragraph(Complex(" LISTNUM \"UN operative\" \\l 1 "), Tab(), Run("Calls upon all States:")),
                Paragraph(Complex(" LISTNUM \"UN operative\" \\l 2 "), Tab(), Run("To become parties to the Convention;")),
                Paragraph(Complex(" LISTNUM \"UN operative\" \\l 2 "), Tab(), Run("To implement it fully;")),
                Paragraph(Complex(" LISTNUM \"UN operative\" \\l 1 "), Tab(), Run("Decides to remain seized of the matter."))));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new W.Numbering(list, new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.Document.Save();
        }

        var text = Read(stream.ToArray());

        Assert.Contains("1. Calls upon all States:", text);
        Assert.Contains("(a) To become parties to the Convention;", text);
        Assert.Contains("(b) To implement it fully;", text);
        Assert.Contains("2. Decides to remain seized of the matter.", text);
    }

    [Fact]
    public void A_stored_result_is_printed_and_a_SEQ_without_one_prints_its_count()
    {
        var text = Read(
            Paragraph(Complex(" SEQ Paragraph \\* ARABIC ", "1"), Run(". Decides to remain seized of the matter;")),
            Paragraph(Complex(" SEQ Paragraph \\* ARABIC "), Run(". Requests the Secretary-General to report;")),
            Paragraph(Complex(" SEQ Paragraph \\* ARABIC \\h "), Run("Invites Member States to contribute;")),
            Paragraph(Run("("), Complex(" SEQ Item \\* alphabetic "), Run(") To promote the rule of law;")),
            Paragraph(Complex(" LISTNUM LegalDefault \\l 1 ", "4."), Run(" Stresses the importance of the rule of law;")));

        Assert.Contains("1. Decides to remain seized of the matter;", text);
        Assert.Contains("2. Requests the Secretary-General to report;", text);
        Assert.Contains("\n\nInvites Member States to contribute;", text);
        Assert.Contains("(a) To promote the rule of law;", text);
        Assert.Contains("4. Stresses the importance", text);
        Assert.DoesNotContain("SEQ", text);
    }

    /// <summary>
    /// A link, a cross-reference and a page reference print their result and nothing of their instructions, nor of a
    /// field nested in them; a cross-reference to a note's bookmark is the note's marker; a field left open at the end
    /// of a cut-short file hides nothing.
    /// </summary>
    [Fact]
    public void A_field_s_instructions_never_print()
    {
        var paragraphs = new OpenXmlElement[]
        {
            Paragraph(Run("Recalling", italic: true), Run(" its "), Complex(" HYPERLINK \"https://undocs.org/A/RES/74/177\" \\h ", "resolution 74/177"), Run(" of 18 December 2019,")),
            Paragraph(Run("Noting", italic: true), Run(" paragraph "), Complex(" REF _Ref12 \\r \\h ", "5"), Run(" of the report, on page "), Complex(" PAGEREF _Ref12 \\h ", "3"), Run(",")),
            Paragraph(Run("Welcoming", italic: true), Run(" the "), Nested(), Run(" of the Secretary-General,")),
            Paragraph(Run("Taking note", italic: true), Run(" of the report,"), new W.BookmarkStart { Name = "_Ref90", Id = "7" }, new W.Run(new W.FootnoteReference { Id = 1 }), new W.BookmarkEnd { Id = "7" }),
            Paragraph(Run("Reaffirming", italic: true), Run(" the report,"), Complex(" NOTEREF _Ref90 \\f \\h ", "1")),
            Paragraph(Run("Acknowledges the work done;"), Field(W.FieldCharValues.Begin), Instruction(" MERGEFIELD Lead ")),
            Paragraph(Run("Decides to remain seized of the matter.")),
        };

        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs));
            main.AddNewPart<FootnotesPart>().Footnotes = new W.Footnotes(new W.Footnote(new W.Paragraph(new W.Run(new W.FootnoteReferenceMark()), Run(" A/74/100."))) { Id = 1 });
            main.Document.Save();
        }

        var text = Read(stream.ToArray());

        Assert.Contains("*Recalling* its resolution 74/177 of 18 December 2019,", text);
        Assert.Contains("*Noting* paragraph 5 of the report, on page 3,", text);
        Assert.Contains("*Welcoming* the report of the Secretary-General,", text);
        Assert.Contains("*Reaffirming* the report,<sup>1</sup>", text);
        Assert.Contains("Acknowledges the work done;\n\nDecides to remain seized of the matter.", text);
        foreach (var code in new[] { "HYPERLINK", "undocs", "REF", "_Ref", "\\h", "\\r", "Title", "MERGEFIELD" })
        {
            Assert.DoesNotContain(code, text);
        }
    }

    /// <summary>{ IF { DOCPROPERTY Title } = "" "" "report" }: the nested field's result is part of the IF's instructions.</summary>
    private static List<OpenXmlElement> Nested() =>
    [
        Field(W.FieldCharValues.Begin), Instruction(" IF "),
        Field(W.FieldCharValues.Begin), Instruction(" DOCPROPERTY Title "), Field(W.FieldCharValues.Separate), Run("Title"), Field(W.FieldCharValues.End),
        Instruction(" = \"\" \"\" \"report\" "), Field(W.FieldCharValues.Separate), Run("report"), Field(W.FieldCharValues.End),
    ];

    internal static string Read(params OpenXmlElement[] paragraphs) => Read(null, paragraphs);

    private static string Read(W.Styles? styles, params OpenXmlElement[] paragraphs) => Read(Build(styles, paragraphs));

    internal static string Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return DocxReader.ToSourceText(stream);
    }

    internal static byte[] Build(params OpenXmlElement[] paragraphs) => Build(null, paragraphs);

    internal static byte[] Build(W.Styles? styles, params OpenXmlElement[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs));
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Styles Styles(params W.Style[] styles) => new(styles);

    private static W.Paragraph Heading(params object[] content) =>
        new(new OpenXmlElement[] { new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Heading1" }) }.Concat(content.SelectMany(Flat)));

    /// <summary>A paragraph of runs and other content; a list of runs (a field) is laid flat into it.</summary>
    internal static W.Paragraph Paragraph(params object[] content) => new(content.SelectMany(Flat));

    /// <summary>A complex field: begin, its instructions, and where <paramref name="result"/> is given a separator, the result and the end.</summary>
    internal static List<OpenXmlElement> Complex(string instruction, string? result = null)
    {
        var runs = new List<OpenXmlElement> { Field(W.FieldCharValues.Begin), Instruction(instruction) };
        if (result is not null)
        {
            runs.Add(Field(W.FieldCharValues.Separate));
            runs.Add(Run(result));
        }

        runs.Add(Field(W.FieldCharValues.End));
        return runs;
    }

    private static IEnumerable<OpenXmlElement> Flat(object content) => content is OpenXmlElement element ? [element] : (IEnumerable<OpenXmlElement>)content;

    internal static W.Run Run(string text, bool italic = false)
    {
        var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (italic)
        {
            run.PrependChild(new W.RunProperties(new W.Italic()));
        }

        return run;
    }

    private static W.Run Tab() => new(new W.TabChar());

    private static W.Run Field(W.FieldCharValues type) => new(new W.FieldChar { FieldCharType = type });

    private static W.Run Instruction(string code) => new(new W.FieldCode(code) { Space = SpaceProcessingModeValues.Preserve });
}
