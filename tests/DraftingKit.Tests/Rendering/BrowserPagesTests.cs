using System.Text.Json;
using DraftingKit.Rendering;
using DraftingKit.Reports;
using DraftingKit.Templates;
using DraftingKit.Tests.Import;
using DraftingKit.Tests.Reports;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The HTML pages of 74/177 and the three seed reports opened in headless Chromium by <c>tests/look/check-html.mjs</c>:
/// hanging numbers where the browser lays them out, the masthead's right-hand column, every note link landing and
/// linking back, one h1 and no skipped heading level, no horizontal scrolling at 400 px, and no axe-core violation.
/// Without Node.js, Chromium or the npm packages of tests/look the tests are skipped, never passed.
/// </summary>
public sealed class BrowserPagesTests
{
    private readonly ITestOutputHelper output;

    public BrowserPagesTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Resolution_and_report_pages_look_right_in_Chromium_and_pass_axe()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A-RES-74-177.html"] = HtmlRenderer.Render(TemplateReader.ReadFile(Path.Combine(RepositoryPaths.Root, "samples", "A-RES-74-177.res.md")).Document),
        };
        foreach (var seed in new[] { SeedCorpus.Report000, SeedCorpus.Report001, SeedCorpus.Report002 })
        {
            pages[seed + ".html"] = ReportHtmlRenderer.Render(ReportReader.ReadFile(ReportSeeds.ReportPath(seed)).Report);
        }

        // The Council's layout: every Council resolution of the corpus with a footnote, imported from the UN's XML.
        var council = Require.CorpusFolder("akn4un", "sc-en");
        foreach (var file in Directory.GetFiles(council, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Where(f => File.ReadAllText(f).Contains("<authorialNote", StringComparison.Ordinal)))
        {
            pages["council-" + Path.GetFileNameWithoutExtension(file) + ".html"] = HtmlRenderer.Render(global::DraftingKit.Import.Akn.AknImporter.ImportFile(file).Document);
        }

        Assert.True(pages.Count > 4, "the Security Council corpus should hold resolutions with footnotes");
        var results = Check(pages);

        Assert.Equal(pages.Keys.OrderBy(k => k, StringComparer.Ordinal), results.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var problems = results.Where(r => r.Value.Count > 0).Select(r => r.Key + ":\n  " + string.Join("\n  ", r.Value)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void The_browser_check_fails_a_page_whose_numbers_do_not_hang()
    {
        // The defect the escaped style sheet caused: child selectors written "&gt;" are dropped by the browser.
        var page = HtmlRenderer.Render(TemplateReader.ReadFile(Path.Combine(RepositoryPaths.Root, "samples", "A-RES-74-177.res.md")).Document)
            .Replace(".numbered > .num", ".numbered &gt; .num", StringComparison.Ordinal);

        var results = Check(new Dictionary<string, string> { ["broken.html"] = page });

        Assert.Contains(results["broken.html"], problem => problem.StartsWith("text after number \"1.\"", StringComparison.Ordinal));
    }

    /// <summary>Writes the pages to a folder, runs the checker over them, and returns each page's problems.</summary>
    private Dictionary<string, List<string>> Check(IReadOnlyDictionary<string, string> pages)
    {
        var node = Require.Tool("nodejs", "node");
        Require.Tool("chromium", "chromium", "chromium-browser");
        var look = Path.Combine(RepositoryPaths.Root, "tests", "look");
        Skip.IfNot(Directory.Exists(Path.Combine(look, "node_modules", "puppeteer-core")), "the npm packages of tests/look are not installed (npm ci in tests/look; scripts/install-test-tools.sh does it)");

        var folder = Directory.CreateTempSubdirectory("draftingkit-browser-").FullName;
        try
        {
            var files = pages.Select(page =>
            {
                var path = Path.Combine(folder, page.Key);
                File.WriteAllText(path, page.Value);
                return path;
            }).ToList();
            var run = ExternalTools.Run(node, TimeSpan.FromMinutes(5), new[] { Path.Combine(look, "check-html.mjs") }.Concat(files).ToArray());
            output.WriteLine(run.Output);
            output.WriteLine(run.Error);
            Assert.True(run.ExitCode is 0 or 1, $"check-html.mjs exit {run.ExitCode}: {run.Error}");

            var results = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                results[json.RootElement.GetProperty("file").GetString()!] = json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
            }

            return results;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
