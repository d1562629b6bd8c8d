using System.Text;
using DraftingKit.Cli;
using DraftingKit.Cli.Commands;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Tests.Hostile;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>draftkit lint --max-template-size</c> (issue 22): a template over the default 4 MiB is still refused unread
/// (DK0041), and read and checked whole when the drafter raises the limit for the run. The template is a short
/// draft padded with blank lines to just over the default, so that it costs little to lint.
/// </summary>
public sealed class LintTemplateSizeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-template-size-").FullName;
    private readonly string path;

    public LintTemplateSizeTests()
    {
        path = Path.Combine(folder, "large.res.md");
        var draft = HostileInputs.Template("1. *Requests* the Secretary-General to report;\n\n2. *Deciding* to remain seized of the matter.\n");
        var padding = (int)InputLimits.TemplateBytes + 1 - Encoding.UTF8.GetByteCount(draft);
        File.WriteAllText(path, draft + new string('\n', padding), new UTF8Encoding(false));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void By_default_a_template_over_4_MiB_is_refused_unread()
    {
        var (exit, stdout, _) = Lint(null);

        Assert.Equal(1, exit);
        Assert.Contains("error DK0041: The file is 4,194,305 bytes; DraftingKit reads templates and reports of at most 4,194,304 bytes", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("DK2001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raised_limit_reads_and_checks_the_template()
    {
        var (exit, stdout, stderr) = Lint("5MiB");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("DK0041", stdout, StringComparison.Ordinal);
        Assert.Contains("error DK2001: Operative paragraph 2 opens with 'Deciding'", stdout, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 1 error(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_of_exactly_the_file_reads_it_and_one_byte_less_refuses_it()
    {
        Assert.DoesNotContain(TemplateReader.ReadFile(path, InputLimits.TemplateBytes + 1).Diagnostics, d => d.Id == "DK0041");
        Assert.Equal("DK0041", Assert.Single(TemplateReader.ReadFile(path, InputLimits.TemplateBytes).Diagnostics).Id);
    }

    [Fact]
    public void A_lowered_limit_refuses_a_small_template()
    {
        var small = Path.Combine(folder, "small.res.md");
        File.WriteAllText(small, HostileInputs.Template("1. *Decides* to remain seized of the matter.\n") + new string('\n', 1024));

        var (_, stdout, _) = Lint("1KiB", small);

        Assert.Contains("DraftingKit reads templates and reports of at most 1,024 bytes", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5 MB")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2GiB")]
    [InlineData("MiB")]
    [InlineData("1.5MiB")]
    public void A_value_that_is_not_a_size_is_a_usage_error(string value)
    {
        var (exit, stdout, stderr) = Lint(value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"'{value}' is not a size for --max-template-size", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4194305", 4_194_305L)]
    [InlineData("512KiB", 524_288L)]
    [InlineData("64MiB", 67_108_864L)]
    [InlineData("64mib", 67_108_864L)]
    [InlineData("1GiB", 1_073_741_824L)]
    [InlineData(" 8 MiB ", 8_388_608L)]
    public void Sizes_are_bytes_or_binary_units(string value, long bytes) =>
        Assert.Equal(bytes, TemplateSizeOption.Parse(value));

    [Fact]
    public void The_option_is_wired_into_the_command_line()
    {
        var (refusedExit, refused, _) = DraftkitProcess.Run(folder, new[] { "lint", "large.res.md" });
        var (readExit, read, _) = DraftkitProcess.Run(folder, new[] { "lint", "large.res.md", "--max-template-size", "8MiB" });

        Assert.Equal((1, 1), (refusedExit, readExit));
        Assert.Contains("DK0041", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("DK0041", read, StringComparison.Ordinal);
        Assert.Contains("DK2001", read, StringComparison.Ordinal);
    }

    private (int Exit, string Stdout, string Stderr) Lint(string? maxTemplateSize, string? file = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LintCommand.Run(new[] { file ?? path }, "text", Array.Empty<string>(), Array.Empty<string>(), false, stdout, stderr, maxTemplateSize: maxTemplateSize);
        return (exit, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
