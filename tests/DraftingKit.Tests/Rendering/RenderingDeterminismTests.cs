using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Every format, DOCX bytes included, is the same from run to run, under any current culture and in any time
/// zone: a rendering checked into a repository or compared in CI must not change with the machine.
/// </summary>
public sealed class RenderingDeterminismTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dk-determinism-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Templates() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Prepend(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>One fingerprint per template and format: reading, then rendering all five formats.</summary>
    private static List<string> Fingerprints()
    {
        var fingerprints = new List<string>();
        foreach (var path in Templates())
        {
            var document = TemplateReader.ReadFile(path).Document;
            foreach (var (format, bytes) in Renderings(document))
            {
                fingerprints.Add(Path.GetFileName(path) + " " + format + " " + Convert.ToHexString(SHA256.HashData(bytes)));
            }
        }

        return fingerprints;
    }

    private static IEnumerable<(string Format, byte[] Bytes)> Renderings(ResolutionDocument document)
    {
        yield return ("txt", Encoding.UTF8.GetBytes(UnTextRenderer.Render(document)));
        yield return ("md", Encoding.UTF8.GetBytes(MarkdownRenderer.Render(document)));
        yield return ("html", Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)));
        yield return ("docx", DocxRenderer.Render(document));
        yield return ("akn", Encoding.UTF8.GetBytes(AknRenderer.Render(document)));
    }

    [Fact]
    public void Every_format_of_every_seed_template_is_byte_identical_from_run_to_run()
    {
        var first = Fingerprints();
        var second = Fingerprints();
        Assert.Equal(36 * 5, first.Count);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Every_format_is_byte_identical_under_the_current_culture(string culture)
    {
        var expected = Fingerprints();
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Fingerprints());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/Adak")]
    [InlineData("Asia/Kathmandu")]
    public void The_word_file_is_byte_identical_in_any_time_zone(string zone)
    {
        var sample = RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md");
        var expected = DocxRenderer.Render(TemplateReader.ReadFile(sample).Document);
        Directory.CreateDirectory(folder);
        var output = Path.Combine(folder, zone.Replace('/', '-') + ".docx");

        var (exitCode, _, standardError) = DraftkitProcess.Run(folder, new Dictionary<string, string> { ["TZ"] = zone, ["LANG"] = "tr_TR.UTF-8" }, "render", sample, "--format", "docx", "-o", output);

        Assert.True(exitCode == 0, standardError);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(expected)), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(output))));
    }
}
