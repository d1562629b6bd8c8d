using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftingKit.Rendering;

/// <summary>
/// The running heads and feet of a UN document in Word: nothing on the first page (the masthead stands there);
/// from page 2 on, the symbol as a bold running head over a rule and the page as "2/20" below the text, both at
/// the outer edge (left on even pages, right on odd pages), as the UN prints its documents for two-sided reading.
/// </summary>
internal static class DocxPageFurniture
{
    /// <summary>
    /// Adds the header and footer parts to <paramref name="main"/> and returns the references every section of
    /// the document carries (a Word section without its own references would inherit them anyway; writing them
    /// on each keeps every section self-contained).
    /// </summary>
    public static IReadOnlyList<OpenXmlElement> Add(MainDocumentPart main, string? symbol)
    {
        // Explicit relationship ids: the SDK otherwise draws random ones, and the bytes would differ each time.
        var parts = new List<OpenXmlElement>();
        parts.Add(Header(main, "rIdHeaderEven", HeaderFooterValues.Even, symbol, JustificationValues.Left));
        parts.Add(Header(main, "rIdHeaderOdd", HeaderFooterValues.Default, symbol, JustificationValues.Right));
        parts.Add(Header(main, "rIdHeaderFirst", HeaderFooterValues.First, null, JustificationValues.Left));
        parts.Add(Footer(main, "rIdFooterEven", HeaderFooterValues.Even, JustificationValues.Left, pageNumber: true));
        parts.Add(Footer(main, "rIdFooterOdd", HeaderFooterValues.Default, JustificationValues.Right, pageNumber: true));
        parts.Add(Footer(main, "rIdFooterFirst", HeaderFooterValues.First, JustificationValues.Left, pageNumber: false));
        return parts;
    }

    /// <summary>The section properties that go with the furniture: a different first page.</summary>
    public static TitlePage TitlePage() => new();

    /// <summary>The document setting that lets even and odd pages carry different heads.</summary>
    public static EvenAndOddHeaders EvenAndOddHeaders() => new();

    private static HeaderReference Header(MainDocumentPart main, string id, HeaderFooterValues type, string? symbol, JustificationValues side)
    {
        // Without a symbol there is no head, and no rule under it either.
        var paragraph = symbol is null
            ? new Paragraph()
            : new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.RunningHead }, new Justification { Val = side }),
                new Run(new WordText(XmlText.Safe(symbol))));

        main.AddNewPart<HeaderPart>(id).Header = new Header(paragraph);
        return new HeaderReference { Type = type, Id = id };
    }

    private static FooterReference Footer(MainDocumentPart main, string id, HeaderFooterValues type, JustificationValues side, bool pageNumber)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.RunningFoot },
            new Justification { Val = side }));
        if (pageNumber)
        {
            // "2/20": the page and the number of pages, as Word fields so that they stay right when the text reflows.
            paragraph.Append(
                new SimpleField(new Run(new WordText("1"))) { Instruction = " PAGE " },
                new Run(new WordText("/")),
                new SimpleField(new Run(new WordText("1"))) { Instruction = " NUMPAGES " });
        }

        main.AddNewPart<FooterPart>(id).Footer = new Footer(paragraph);
        return new FooterReference { Type = type, Id = id };
    }
}
