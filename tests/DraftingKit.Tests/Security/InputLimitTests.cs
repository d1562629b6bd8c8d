using System.Text;
using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Tests.Hostile;

namespace DraftingKit.Tests.Security;

/// <summary>
/// Issue 23: a file or line over its limit is refused with one finding naming the file, line and column, before the
/// work it would cost. Sizes are checked on the file's length, so the tests make sparse files of the size they
/// need without writing megabytes.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-limits-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_template_file_over_the_limit_is_DK0041_and_is_not_read()
    {
        var path = SparseFile("huge.res.md", InputLimits.TemplateBytes + 1);

        var read = TemplateReader.ReadFile(path);

        var refusal = Assert.Single(read.Diagnostics);
        Assert.Equal("DK0041", refusal.Id);
        Assert.Equal((path, 1, 1), (refusal.Span.Path, refusal.Span.Line, refusal.Span.Column));
        Assert.Equal("The file is 4,194,305 bytes; DraftingKit reads templates and reports of at most 4,194,304 bytes (docs/limits.md), so it is not read", refusal.Message);
        Assert.True(read.Document.Parts.IsEmpty);
    }

    [Fact]
    public void A_report_file_over_the_limit_is_DK0041()
    {
        var path = SparseFile("huge.report.md", InputLimits.TemplateBytes + 1);

        Assert.Equal("DK0041", Assert.Single(ReportReader.ReadFile(path).Diagnostics).Id);
    }

    [Fact]
    public void A_template_of_exactly_the_limit_is_read()
    {
        var text = HostileInputs.Template("1. *Decides* to continue.\n");
        var padding = (int)InputLimits.TemplateBytes - Encoding.UTF8.GetByteCount(text);
        var bytes = Encoding.UTF8.GetBytes(text + string.Concat(Enumerable.Repeat(new string(' ', 99) + "\n", padding / 100)) + new string('\n', padding % 100));

        Assert.Equal(InputLimits.TemplateBytes, bytes.Length);
        Assert.DoesNotContain(TemplateReader.Read("limit.res.md", bytes).Diagnostics, d => d.Id is "DK0041" or "DK0042");
    }

    [Fact]
    public void Text_over_the_limit_given_by_a_host_is_DK0041_counted_in_UTF8_bytes()
    {
        // 1.5 million three-byte characters: under the limit in characters, over it in bytes.
        var text = HostileInputs.Template("*Recalling* " + new string('—', 1_500_000) + ",\n");

        Assert.Equal("DK0041", Assert.Single(DraftingLinter.Lint("dashes.res.md", text)).Id);
    }

    [Fact]
    public void A_line_over_the_limit_is_DK0042_at_that_line_and_no_rule_runs()
    {
        var text = HostileInputs.Template("*Recalling* its resolution 74/177,\n\n1. *Decides* " + new string('x', InputLimits.LineCharacters) + ".\n");
        var line = text.Split('\n').ToList().FindIndex(l => l.Length > InputLimits.LineCharacters) + 1;

        var refusal = Assert.Single(DraftingLinter.Lint("long.res.md", text));

        Assert.Equal("DK0042", refusal.Id);
        Assert.Equal((line, 1), (refusal.Span.Line, refusal.Span.Column));
        Assert.Equal($"Line {line} is 200,014 characters long; DraftingKit reads lines of at most 200,000 characters (docs/limits.md), so the file is not read; break the line", refusal.Message);
        HostileRun.AssertSpans(text, new[] { refusal }, "long.res.md");
    }

    [Fact]
    public void A_last_line_over_the_limit_with_no_line_end_is_DK0042_at_that_line()
    {
        var text = HostileInputs.Template("*Recalling* its resolution 74/177,\n\n1. *Decides* " + new string('x', InputLimits.LineCharacters)).TrimEnd('\n');
        var line = text.Split('\n').Length;

        var refusal = Assert.Single(DraftingLinter.Lint("long.res.md", text));

        Assert.Equal(("DK0042", line, 1), (refusal.Id, refusal.Span.Line, refusal.Span.Column));
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_read()
    {
        var text = HostileInputs.Template("1. *Decides* " + new string('x', InputLimits.LineCharacters - 14) + ".\n");

        Assert.Contains(text.Split('\n'), l => l.Length == InputLimits.LineCharacters);
        Assert.DoesNotContain(DraftingLinter.Lint("long.res.md", text), d => d.Id == "DK0042");
    }

    [Fact]
    public void A_report_with_a_line_over_the_limit_is_DK0042()
    {
        var text = "---\nkind: committee-report\n---\n\n1. " + new string('x', InputLimits.LineCharacters + 1) + "\n";

        var refusal = Assert.Single(ReportLinter.Lint("long.report.md", text));

        Assert.Equal(("DK0042", 5), (refusal.Id, refusal.Span.Line));
    }

    [Fact]
    public void An_included_template_over_the_limit_is_not_read()
    {
        File.WriteAllText(Path.Combine(folder, "Drafts.csproj"), "<Project />");
        SparseFile("huge.res.md", InputLimits.TemplateBytes + 1);
        var path = Path.Combine(folder, "report.report.md");
        File.WriteAllText(path, "---\nkind: committee-report\n---\n\n1. The Committee recommends:\n\n```include\ntemplate: huge.res.md\n```\n");

        var notRead = Assert.Single(ReportReader.ReadFile(path).Diagnostics, d => d.Id == "DK0020");

        Assert.Contains("DraftingKit reads templates and reports of at most 4,194,304 bytes", notRead.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_extraction_over_the_import_limit_is_DK0041()
    {
        var path = SparseFile("report.txt", InputLimits.ImportBytes + 1);

        var result = UnDocumentImporter.ImportFile(path);

        Assert.Empty(result.Texts);
        Assert.Equal("DK0041", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void An_imported_text_with_a_line_over_the_limit_is_DK0042()
    {
        var result = UnDocumentImporter.ImportText("report.txt", "Draft resolution I\n\n" + new string('x', InputLimits.LineCharacters + 1));

        Assert.Equal(("DK0042", 3), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Span.Line));
    }

    [Fact]
    public void An_akn_file_over_the_import_limit_is_DK0041()
    {
        var path = SparseFile("resolution.xml", InputLimits.ImportBytes + 1);

        Assert.Equal("DK0041", Assert.Single(AknImporter.ImportFile(path).Diagnostics).Id);
    }

    [Fact]
    public void A_word_file_over_its_limit_is_DK0041()
    {
        var path = SparseFile("report.docx", InputLimits.DocxBytes + 1);

        Assert.Equal("DK0041", Assert.Single(UnDocumentImporter.ImportFile(path).Diagnostics).Id);
    }

    [Fact]
    public void Nul_bytes_and_invalid_utf8_are_reported_at_their_place_and_read()
    {
        var bytes = Encoding.UTF8.GetBytes(HostileInputs.Template("*Recalling* its resolution\0 74/177,\n\n1. *Decides* to continue.\n")).Concat(new byte[] { 0xFF, 0xC0, 0x80 }).ToArray();

        var findings = DraftingLinter.Lint("nul.res.md", bytes);

        Assert.Contains(findings, d => d.Id == "DK0012");
        HostileRun.AssertSpans(new UTF8Encoding(false, false).GetString(bytes), findings, "nul.res.md");
    }

    private string SparseFile(string name, long length)
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        stream.SetLength(length);
        return path;
    }
}
