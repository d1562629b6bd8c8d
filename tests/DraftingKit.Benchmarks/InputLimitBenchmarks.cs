using System.IO;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Rules;
using DraftingKit.Security;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Inputs at and past the limits of docs/limits.md: a template with one line of 50,000 to 200,000 characters (the
/// limit) must lint in time linear in the line; a template or line past its limit, a zip bomb and XML nested
/// 100,000 deep must be refused in time that does not grow with what they would expand to.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class InputLimitBenchmarks
{
    private string longLine = null!;
    private string overLimit = null!;
    private byte[] bomb = null!;
    private string deepXml = null!;

    [Params(50_000, 100_000, 200_000)]
    public int LineCharacters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var frontMatter = "---\nkind: resolution\nstatus: draft\n---\n\n*The General Assembly,*\n\n*Recalling* ";
        var piece = "resolution 74/177 of 18 December 2019, ";
        var line = new StringBuilder(LineCharacters);
        while (line.Length + piece.Length <= LineCharacters - 20)
        {
            line.Append(piece);
        }

        longLine = frontMatter + line + ",\n\n1. *Decides* to continue.\n";
        overLimit = frontMatter + new string('x', InputLimits.LineCharacters + 1) + "\n";
        bomb = Bomb(400L * 1024 * 1024);
        deepXml = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">" + Repeat("<blockContainer>", 100_000) + Repeat("</blockContainer>", 100_000) + "</akomaNtoso>";
    }

    [Benchmark(Description = "Lint a line of the given length")]
    public int LintLongLine() => DraftingLinter.Lint("long.res.md", longLine).Count;

    [Benchmark(Description = "Refuse a line past the limit (DK0042)")]
    public int RefuseLongLine() => DraftingLinter.Lint("over.res.md", overLimit).Count;

    [Benchmark(Description = "Refuse a zip bomb expanding to 400 MiB (DK0190)")]
    public int RefuseZipBomb()
    {
        using var stream = new MemoryStream(bomb);
        return UnDocumentImporter.ImportDocx("bomb.docx", stream).Diagnostics.Count;
    }

    [Benchmark(Description = "Refuse AKN nested 100,000 deep (DK0191)")]
    public int RefuseDeepXml() => AknImporter.Import("deep.xml", deepXml).Diagnostics.Count;

    private static byte[] Bomb(long expanded)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long written = 0; written < expanded; written += chunk.Length)
            {
                part.Write(chunk, 0, chunk.Length);
            }
        }

        return output.ToArray();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
