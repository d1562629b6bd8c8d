using DraftingKit.Cli.Commands;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit render</c> and <c>draftkit lint</c> on reports (<c>*.report.md</c>), as a user meets them.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Report000 => RepositoryPaths.InRepository("tests", "corpus", "reports", "000_88cf70b5d62246a4.report.md");

    [Fact]
    public void Render_prints_the_report_as_UN_text()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { Report000 }, "txt", null, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.StartsWith("General Assembly\nDistr.: General\n28 November 2017\nEnglish\nOriginal: Spanish\n\nSeventy-second session\n", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("\n15. Also at its 43rd meeting, the Committee adopted draft resolution A/C.3/72/L.6/Rev.1 (see para. 20, draft resolution IV).\n", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_a_file_named_after_the_report_into_a_folder()
    {
        var exit = RenderCommand.Run(new[] { Report000 }, "txt", folder, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder, "000_88cf70b5d62246a4.txt")));
    }

    [Fact]
    public void Render_prints_the_report_as_Markdown()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { Report000 }, "md", null, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.StartsWith("General Assembly\\\nDistr.: General\\\n28 November 2017\\\nEnglish\\\nOriginal: Spanish\n\n", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("\n### Draft resolution IV\n", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_the_report_as_one_Word_file()
    {
        var target = Path.Combine(folder, "A-72-438.docx");

        var exit = RenderCommand.Run(new[] { Report000 }, "docx", target, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(target, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(package));
        Assert.Contains("Draft resolution V", package.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_docx_of_a_report_to_standard_output()
    {
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { Report000 }, "docx", null, new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("docx output is binary", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_akn_for_a_report()
    {
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { Report000 }, "akn", null, new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("is a report; reports render as txt (UN-format text), md, html, docx or pdf, not as akn.", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_of_a_report_with_a_missing_text_prints_DK0020_and_exits_1()
    {
        var report = Path.Combine(folder, "broken.report.md");
        File.WriteAllText(report, "---\nkind: committee-report\n---\n\n1. Text.\n\n```include\ntemplate: missing.res.md\n```\n");
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { report }, "txt", null, new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Contains(report.Replace('\\', '/') + "(7,1): error DK0020: The text 'missing.res.md' cannot be read: no file ", stderr.ToString().Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_the_reports_folder_prints_the_one_slip_of_seed_000()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = LintCommand.Run(new[] { RepositoryPaths.InRepository("tests", "corpus", "reports") }, "text", Array.Empty<string>(), Array.Empty<string>(), false, stdout, stderr);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n');
        Assert.EndsWith("000_88cf70b5d62246a4.report.md(105,11): warning DK8006: Meeting '43' is written without its ordinal suffix; write 'the 43rd meeting'", lines[0], StringComparison.Ordinal);
        Assert.Contains("draftkit lint: 3 file(s), 0 error(s), 1 warning(s), 0 suggestion(s)", stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_severity_by_alias_applies_to_report_rules()
    {
        var stdout = new StringWriter();

        var exit = LintCommand.Run(new[] { Report000 }, "text", new[] { "meeting-ordinal=error" }, Array.Empty<string>(), false, stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("error DK8006", stdout.ToString(), StringComparison.Ordinal);
    }
}
