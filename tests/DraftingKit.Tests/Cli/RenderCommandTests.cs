using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-render-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Render_writes_UN_text_to_standard_output_and_exits_0()
    {
        var (exitCode, output, error) = DraftkitProcess.Run(folder, "render", Fixtures.PathOf("single-sentence-decision.res.md"));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Draft decision III\n\nAppointment of two members", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_the_template_format_to_a_file_with_the_output_option()
    {
        var target = Path.Combine(folder, "decision.res.md");

        var (exitCode, output, _) = DraftkitProcess.Run(folder, "render", Fixtures.PathOf("lettered-decision.res.md"), "--format", "md", "-o", target);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(Fixtures.Text("lettered-decision.res.md"), File.ReadAllText(target));
    }

    [Fact]
    public void Render_of_several_templates_names_each_output_from_its_symbol_inside_the_folder()
    {
        var template = Path.Combine(folder, "escape.res.md");
        File.WriteAllText(template, "---\nsymbol: ../../A/RES/74/177\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");
        var output = Path.Combine(folder, "out");

        var (exitCode, _, error) = DraftkitProcess.Run(folder, "render", template, Fixtures.PathOf("single-sentence-decision.res.md"), "-o", output);

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(output, "A-RES-74-177.txt")));
        Assert.True(File.Exists(Path.Combine(output, "single-sentence-decision.txt")));
        Assert.Equal(2, Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Render_of_a_template_with_errors_prints_them_as_a_compiler_does_and_exits_1()
    {
        var template = Path.Combine(folder, "bad.res.md");
        File.WriteAllText(template, "---\nkind: resolutoin\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        var (exitCode, output, error) = DraftkitProcess.Run(folder, "render", "bad.res.md");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("bad.res.md(2,7): error DK0003: Front-matter key 'kind' has the value 'resolutoin'; write 'resolution' or 'decision'\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Render_of_a_missing_file_is_an_IO_error_with_exit_code_2()
    {
        var (exitCode, _, error) = DraftkitProcess.Run(folder, "render", "missing.res.md");

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot read 'missing.res.md'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "--format", "rtf", "x.res.md")]
    [InlineData("render")]
    [InlineData("publish", "x.res.md")]
    public void A_wrong_command_line_is_a_usage_error_with_exit_code_2(params string[] arguments)
    {
        var (exitCode, _, error) = DraftkitProcess.Run(folder, arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("draftkit --help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("docx")]
    public void Render_refuses_to_overwrite_an_existing_file_unless_forced(string format)
    {
        var output = Path.Combine(folder, "existing." + format);
        File.WriteAllText(output, "the drafter's own file");
        var template = Fixtures.PathOf("single-sentence-decision.res.md");
        var stderr = new StringWriter();

        var refused = DraftingKit.Cli.Commands.RenderCommand.Run(new[] { template }, format, output, new StringWriter(), stderr);

        Assert.Equal(DraftingKit.Cli.ExitCodes.UsageOrIoError, refused);
        Assert.Contains("already exists; use --force", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("the drafter's own file", File.ReadAllText(output));

        var forced = DraftingKit.Cli.Commands.RenderCommand.Run(new[] { template }, format, output, new StringWriter(), new StringWriter(), force: true);

        Assert.Equal(DraftingKit.Cli.ExitCodes.Success, forced);
        Assert.NotEqual("the drafter's own file", File.ReadAllText(output));
    }

    [Fact]
    public void Render_into_a_folder_never_overwrites_a_file_named_like_the_symbol_unless_forced()
    {
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var template = Path.Combine(folder, "escape.res.md");
        File.WriteAllText(template, "---\nsymbol: ../../A/RES/74/177\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");
        File.WriteAllText(Path.Combine(output, "A-RES-74-177.txt"), "kept");

        var refused = DraftingKit.Cli.Commands.RenderCommand.Run(new[] { template }, "txt", output, new StringWriter(), new StringWriter());

        Assert.Equal(DraftingKit.Cli.ExitCodes.UsageOrIoError, refused);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(output, "A-RES-74-177.txt")));
        Assert.Single(Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories));
    }
}
