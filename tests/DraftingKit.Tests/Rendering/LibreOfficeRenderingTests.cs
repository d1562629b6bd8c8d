using System.Text.RegularExpressions;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Opens the DOCX in another word processor than the one whose SDK wrote it: LibreOffice converts it to PDF and
/// pdftotext reads the PDF back. Where soffice (or libreoffice) or pdftotext is missing the
/// tests report Skipped with the reason, and CI fails on any skip.
/// </summary>
public sealed class LibreOfficeRenderingTests
{
    private readonly ITestOutputHelper output;

    public LibreOfficeRenderingTests(ITestOutputHelper output) => this.output = output;

    [SkippableTheory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Pdf_from_LibreOffice_shows_every_operative_paragraph_in_order(string fixture)
    {
        var office = Require.Tool("libreoffice-writer-nogui", "soffice", "libreoffice");
        var pdfToText = Require.Tool("poppler-utils", "pdftotext");

        var document = RenderingFixtures.Read(fixture);
        var folder = Path.Combine(Path.GetTempPath(), "draftingkit-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var docx = Path.Combine(folder, "rendering.docx");
            File.WriteAllBytes(docx, DocxRenderer.Render(document));

            // A private profile folder: a second soffice would otherwise hand its work to one already running.
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var convert = ExternalTools.Run(office, TimeSpan.FromMinutes(3), "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, docx);
            var pdf = Path.Combine(folder, "rendering.pdf");
            Assert.True(File.Exists(pdf), $"soffice exit {convert.ExitCode}: {convert.Output} {convert.Error}");

            var text = ExternalTools.Run(pdfToText, TimeSpan.FromMinutes(1), pdf, "-").Output;
            var flat = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(5));
            var position = 0;
            foreach (var paragraph in document.OperativeParagraphs())
            {
                // The number and the first words: enough to identify the paragraph, short enough not to cross a line.
                var words = string.Join(" ", paragraph.Text.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
                var expected = (paragraph.DisplayNumber + " " + words).Trim();
                var found = flat.IndexOf(expected, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"'{expected}' not found after position {position} in:\n{flat}");
                position = found + expected.Length;
            }

            output.WriteLine($"LibreOffice rendered {document.OperativeParagraphs().Count()} operative paragraphs in order ({new FileInfo(pdf).Length} bytes of PDF).");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
