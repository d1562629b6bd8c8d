using System.Text.RegularExpressions;
using DraftingKit.Comparison;
using DraftingKit.Import.Akn;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// The tracked Word file opens in another word processor than the one whose SDK wrote it: LibreOffice converts it to
/// PDF with the changes shown, and pdftotext reads both sides of each change back. Where soffice or pdftotext is
/// missing the test reports Skipped with the reason, and CI fails on any skip.
/// </summary>
public sealed class TrackedDocxLibreOfficeTests
{
    private readonly ITestOutputHelper output;

    public TrackedDocxLibreOfficeTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void LibreOffice_opens_the_tracked_comparison_of_77_237_and_shows_both_sides_of_each_change()
    {
        var office = Require.Tool("libreoffice-writer-nogui", "soffice", "libreoffice");
        var pdfToText = Require.Tool("poppler-utils", "pdftotext");
        var comparison = TextComparison.Compare(
            AknImporter.ImportFile(Require.AknFile("76", "A_RES_76_187-2119242E.xml")).Document,
            AknImporter.ImportFile(Require.AknFile("77", "A_RES_77_237-2229003E.xml")).Document);
        var folder = Directory.CreateTempSubdirectory("draftingkit-compare-lo-").FullName;
        try
        {
            var docx = Path.Combine(folder, "tracked.docx");
            File.WriteAllBytes(docx, ComparisonDocxRenderer.Render(comparison, "DraftingKit", new DateTime(2022, 12, 1, 0, 0, 0, DateTimeKind.Utc)));

            // A private profile folder: a second soffice would otherwise hand its work to one already running.
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var convert = ExternalTools.Run(office, TimeSpan.FromMinutes(3), "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, docx);
            var pdf = Path.Combine(folder, "tracked.pdf");
            Assert.True(File.Exists(pdf), $"soffice exit {convert.ExitCode}: {convert.Output} {convert.Error}");

            var text = Regex.Replace(ExternalTools.Run(pdfToText, TimeSpan.FromMinutes(1), pdf, "-").Output, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(5));

            // Word and LibreOffice show a deletion beside its insertion: the old session and the new, the old agenda item and the new.
            Assert.Contains("Seventy-sixthseventh session", text);
            Assert.Contains("Agenda item 108109", text);
            Assert.Contains("76/187.77/237.", text);
            Assert.Contains("Welcoming also the follow-up process to the Kyoto Declaration", text);
            output.WriteLine($"LibreOffice rendered the tracked comparison ({new FileInfo(pdf).Length} bytes of PDF).");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
