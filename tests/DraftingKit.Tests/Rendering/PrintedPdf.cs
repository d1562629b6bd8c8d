using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// A Word rendering as a reader gets it on paper: LibreOffice lays the DOCX out into pages (PDF), Poppler's
/// pdftotext reads the pages back, in reading order and, for the page furniture, in their layout. Each DOCX is
/// converted once per test run. Without LibreOffice or Poppler the calling test is skipped, never passed.
/// </summary>
internal sealed class PrintedPdf
{
    private static readonly ConcurrentDictionary<string, Lazy<PrintedPdf>> Converted = new(StringComparer.Ordinal);

    private PrintedPdf(string text, string[] pages, IReadOnlyList<(int Page, string Text, bool Bold)> runs)
    {
        Text = text;
        Pages = pages;
        Runs = runs;
    }

    /// <summary>
    /// Each run of text as Poppler's pdftohtml finds it on the page (1-based page), and whether it is set in a bold
    /// face: how a reader sees which words are bold.
    /// </summary>
    public IReadOnlyList<(int Page, string Text, bool Bold)> Runs { get; }

    /// <summary>The words of every page line by line, whitespace as single spaces.</summary>
    public string Text { get; }

    /// <summary>Each page as pdftotext lays it out (<c>-layout</c>).</summary>
    public string[] Pages { get; }

    /// <summary>The non-blank lines of page <paramref name="index"/> (0-based), trimmed.</summary>
    public string[] Lines(int index) =>
        Pages[index].Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    /// <summary>
    /// The pages of <paramref name="docx"/>, named <paramref name="name"/> for the cache (the same name always
    /// means the same bytes within a run).
    /// </summary>
    public static PrintedPdf Of(string name, Func<byte[]> docx)
    {
        var office = Require.Tool("libreoffice-writer-nogui", "soffice", "libreoffice");
        var pdfToText = Require.Tool("poppler-utils", "pdftotext");
        return Converted.GetOrAdd(name, _ => new Lazy<PrintedPdf>(() => Convert(office, pdfToText, docx()))).Value;
    }

    /// <summary>The text runs of pdftohtml's XML, each with its page and whether a &lt;b&gt; marks it bold.</summary>
    private static List<(int Page, string Text, bool Bold)> ReadRuns(string xml)
    {
        var runs = new List<(int, string, bool)>();
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        foreach (var page in XDocument.Load(reader).Descendants("page"))
        {
            var number = int.Parse((string?)page.Attribute("number") ?? "0", CultureInfo.InvariantCulture);
            foreach (var text in page.Elements("text"))
            {
                runs.Add((number, text.Value, text.Descendants("b").Any()));
            }
        }

        return runs;
    }

    private static PrintedPdf Convert(string office, string pdfToText, byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("draftingkit-printed-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.docx");
            File.WriteAllBytes(input, docx);

            // A private profile folder: a second soffice would otherwise hand its work to one already running.
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var convert = ExternalTools.Run(office, TimeSpan.FromMinutes(3), "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, input);
            var pdf = Path.Combine(folder, "document.pdf");
            Assert.True(File.Exists(pdf), $"soffice exit {convert.ExitCode}: {convert.Output} {convert.Error}");

            // The layout keeps each line as printed: a hanging number stays before its paragraph and a note's number
            // before its text, where the reading order of pdftotext moves them into columns of their own.
            var layout = ExternalTools.Run(pdfToText, TimeSpan.FromMinutes(1), "-layout", pdf, "-").Output;
            var text = Regex.Replace(layout, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(5)).Trim();
            var pages = layout.Split('\f');
            var pdfToHtml = Path.Combine(Path.GetDirectoryName(pdfToText)!, "pdftohtml");
            var runs = File.Exists(pdfToHtml) ? ReadRuns(ExternalTools.Run(pdfToHtml, TimeSpan.FromMinutes(1), "-xml", "-i", "-stdout", pdf).Output) : throw new InvalidOperationException("pdftohtml is not beside " + pdfToText + " (poppler-utils)");

            // pdftotext ends the last page with a form feed too.
            return new PrintedPdf(text, pages.Length > 1 && pages[^1].Trim().Length == 0 ? pages[..^1] : pages, runs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
