using System.IO;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace DraftingKit.Rendering;

/// <summary>
/// Makes a DOCX byte-identical from run to run. System.IO.Packaging stamps every zip entry with the current
/// time; the package is copied entry by entry, in the same order, with one fixed time (the earliest a zip
/// entry can carry), so the same document always gives the same bytes.
/// </summary>
internal static class DocxPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The parts every rendering writes (the main document with the UN's styles and settings, and the footnotes),
    /// each with an explicit relationship id: the SDK otherwise draws random ones, and the bytes would differ.
    /// </summary>
    public static (MainDocumentPart Main, FootnotesPart Footnotes) AddParts(WordprocessingDocument package, bool writesNoteNumbers = false, Model.DocumentLanguage? language = null)
    {
        var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(writesNoteNumbers, language);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxBodyWriter.Settings();
        return (main, main.AddNewPart<FootnotesPart>("rIdFootnotes"));
    }

    public static void CopyWithFixedTimes(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
