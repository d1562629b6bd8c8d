using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Many Word renderings laid out to PDF by LibreOffice in one <c>soffice</c> call (its start-up is most of the time
/// a conversion takes) and read back by Poppler's pdftotext, with <c>-layout</c> and in its default reading order:
/// the text layers a reader copies out of a PDF. Without LibreOffice or Poppler the calling test is
/// skipped, never passed.
/// </summary>
internal static class PrintedPdfBatch
{
    /// <summary>
    /// For each name, its PDF's text as laid out (<c>-layout</c>) and in pdftotext's reading order (no option: lines
    /// as they flow, no blank line or indent between paragraphs, a word broken at a line's end joined without its
    /// hyphen; pdftotext has no option that keeps the hyphen), both read from the same PDF; pages end with a form feed.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Layout, string Flow)> Read(IReadOnlyList<(string Name, byte[] Docx)> documents)
    {
        var pdfToText = Require.Tool("poppler-utils", "pdftotext");
        var folder = Directory.CreateTempSubdirectory("draftingkit-printed-text-").FullName;
        try
        {
            var texts = new Dictionary<string, (string Layout, string Flow)>(StringComparer.Ordinal);
            foreach (var (name, pdfBytes) in Convert(documents, "pdf"))
            {
                var pdf = Path.Combine(folder, name + ".pdf");
                File.WriteAllBytes(pdf, pdfBytes);
                texts.Add(name, (ExternalTools.Run(pdfToText, TimeSpan.FromMinutes(1), "-layout", pdf, "-").Output, ExternalTools.Run(pdfToText, TimeSpan.FromMinutes(1), pdf, "-").Output));
            }

            return texts;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Each Word document converted by LibreOffice to <paramref name="format"/> ("pdf", or "docx" to have it saved
    /// again as LibreOffice writes Word), in one <c>soffice</c> call.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Convert(IReadOnlyList<(string Name, byte[] Docx)> documents, string format)
    {
        var office = Require.Tool("libreoffice-writer-nogui", "soffice", "libreoffice");
        var folder = Directory.CreateTempSubdirectory("draftingkit-printed-batch-").FullName;
        try
        {
            var inputs = new List<string>();
            var output = Path.Combine(folder, "out");
            foreach (var (name, docx) in documents)
            {
                var input = Path.Combine(folder, name + ".docx");
                File.WriteAllBytes(input, docx);
                inputs.Add(input);
            }

            // A private profile folder: a second soffice would otherwise hand its work to one already running.
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var arguments = new List<string> { "-env:UserInstallation=" + profile, "--headless", "--convert-to", format, "--outdir", output };
            arguments.AddRange(inputs);
            var convert = ExternalTools.Run(office, TimeSpan.FromMinutes(10), arguments.ToArray());
            var converted = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (name, _) in documents)
            {
                var file = Path.Combine(output, name + "." + format);
                Assert.True(File.Exists(file), $"soffice exit {convert.ExitCode} made no {name}.{format}: {convert.Output} {convert.Error}");
                converted.Add(name, File.ReadAllBytes(file));
            }

            return converted;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
