using DraftingKit.Cli;
using DraftingKit.Cli.Commands;
using DraftingKit.Tests.Rendering;

namespace DraftingKit.Tests.Cli;

public sealed class RenderFormatsCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "draftingkit-render-" + Guid.NewGuid().ToString("N"));

    private static string[] Templates => new[]
    {
        RenderingFixtures.PathOf(RenderingFixtures.CrimePrevention),
        RenderingFixtures.PathOf(RenderingFixtures.Revitalization),
    };

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("docx", "docx")]
    [InlineData("html", "html")]
    [InlineData("akn", "akn.xml")]
    [InlineData("txt", "txt")]
    public void Many_templates_render_into_the_folder_under_names_made_from_their_symbols(string format, string extension)
    {
        var (exit, _, error) = Run(Templates, format, folder);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            new[] { "A-RES-74-177." + extension, "A-RES-75-325." + extension },
            Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void An_existing_file_is_not_overwritten_without_force()
    {
        Run(Templates, "docx", folder);
        var target = Path.Combine(folder, "A-RES-74-177.docx");
        File.WriteAllText(target, "edited by the Secretariat");

        var (exit, _, error) = Run(Templates, "docx", folder);

        Assert.Equal(ExitCodes.UsageOrIoError, exit);
        Assert.Equal($"draftkit: '{target}' already exists; use --force to overwrite it.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("edited by the Secretariat", File.ReadAllText(target));
    }

    [Fact]
    public void Force_overwrites_with_the_same_bytes_as_a_first_rendering()
    {
        Run(Templates, "docx", folder);
        var first = File.ReadAllBytes(Path.Combine(folder, "A-RES-75-325.docx"));

        var (exit, _, _) = Run(Templates, "docx", folder, force: true);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(folder, "A-RES-75-325.docx")));
    }

    [Fact]
    public void Docx_needs_an_output_path_because_it_is_binary()
    {
        var (exit, output, error) = Run(Templates.Take(1).ToArray(), "docx", null);

        Assert.Equal(ExitCodes.UsageOrIoError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("draftkit: docx output is binary; name a file or folder with --output.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_goes_to_standard_output_when_no_path_is_given()
    {
        var (exit, output, _) = Run(Templates.Take(1).ToArray(), "html", null);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_that_climbs_out_of_the_folder_still_writes_inside_it()
    {
        Directory.CreateDirectory(folder);
        var template = Path.Combine(folder, "escape.res.md");
        File.WriteAllText(template, File.ReadAllText(Templates[0]).Replace("symbol: A/RES/74/177", "symbol: ../../../etc/passwd", StringComparison.Ordinal));
        var output = Path.Combine(folder, "out");

        var (exit, _, _) = Run(new[] { template, Templates[1] }, "akn", output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(new[] { "A-RES-75-325.akn.xml", "etc-passwd.akn.xml" }, Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal));
    }

    private static (int Exit, string Output, string Error) Run(string[] templates, string format, string? output, bool force = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = RenderCommand.Run(templates, format, output, stdout, stderr, force);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
