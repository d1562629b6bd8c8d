using System.IO;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Rendering;

namespace DraftingKit.Comparison;

/// <summary>
/// A comparison as a Word file with real tracked changes, in the UN layout of <see cref="DocxRenderer"/> (its styles,
/// page and settings): every insertion a <c>w:ins</c> and every deletion a <c>w:del</c> with author and date, whole
/// new or deleted paragraphs with their paragraph marks tracked, and footnotes compared inside the notes. Accepting
/// every change gives the revised text as <see cref="DocxRenderer"/> prints it; rejecting every change, the base.
/// </summary>
public static class ComparisonDocxRenderer
{
    /// <summary>The comparison as DOCX bytes, its changes by <paramref name="author"/> on <paramref name="date"/>.</summary>
    public static byte[] Render(TextComparison comparison, string author, DateTime date)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var (main, footnotes) = DocxPackage.AddParts(package);
            var writer = new TrackedDocxWriter(comparison, author, date);
            main.Document = writer.WriteDocument(DocxPageFurniture.Add(main, comparison.Revised.Header.Symbol));
            footnotes.Footnotes = writer.Footnotes;
            var header = comparison.Revised.Header;
            DocxRenderer.WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), HeaderLines.TitleLine(header) ?? header.Label, header.Symbol);
        }

        using var output = new MemoryStream();
        DocxPackage.CopyWithFixedTimes(buffer, output);
        return output.ToArray();
    }
}
