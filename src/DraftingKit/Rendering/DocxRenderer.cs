using System.IO;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a document as a Word file (DOCX) in the layout of a UN-issued resolution or draft: the header block,
/// the title line, the formula, preambular paragraphs, operative paragraphs with hanging numbers, subparagraphs,
/// headings, annexes and the closing lines, with real Word footnotes and a named style on every paragraph
/// (<see cref="DocxStyles"/>). The same model always gives the same bytes.
/// </summary>
public static class DocxRenderer
{
    /// <summary>Writes the document as DOCX to <paramref name="output"/>, which must be writable.</summary>
    public static void Write(ResolutionDocument document, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var writer = new DocxBodyWriter(document);
            var (main, footnotes) = DocxPackage.AddParts(package, writer.WritesNoteNumbers, document.Header.Language);
            main.Document = writer.WriteDocument(DocxPageFurniture.Add(main, document.Header.Symbol));
            footnotes.Footnotes = writer.Footnotes;
            WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), HeaderLines.TitleLine(document.Header) ?? document.Header.Label, document.Header.Symbol);
        }

        DocxPackage.CopyWithFixedTimes(buffer, output);
    }

    /// <summary>The document as DOCX bytes.</summary>
    public static byte[] Render(ResolutionDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    /// <summary>
    /// Title, symbol (as subject and identifier) and language, and no dates: a rendering has no creation time of
    /// its own, and a changing timestamp would make every rendering differ.
    /// </summary>
    internal static void WriteCoreProperties(CoreFilePropertiesPart part, string? title, string? symbol)
    {
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Elements = "http://purl.org/dc/elements/1.1/";
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Core);
        xml.WriteAttributeString("xmlns", "dc", null, Elements);
        if (title is not null)
        {
            xml.WriteElementString("dc", "title", Elements, XmlText.Safe(title));
        }

        if (symbol is not null)
        {
            xml.WriteElementString("dc", "subject", Elements, XmlText.Safe(symbol));
            xml.WriteElementString("dc", "identifier", Elements, XmlText.Safe(symbol));
            xml.WriteElementString("cp", "keywords", Core, XmlText.Safe(symbol));
        }

        xml.WriteElementString("dc", "language", Elements, "en-GB");
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
