using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>draftkit render</c> and <c>draftkit import</c> run as processes with the README's own command lines: every
/// format into a folder named with a trailing slash that does not exist yet, each output judged by what it must
/// hold (the template for Markdown, the OASIS schema for AKN, the template's notes for Word), and a Word file the
/// CLI wrote imported back through the CLI.
/// </summary>
public sealed class RenderImportProcessTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "A-RES-74-177.res.md");
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-render-import-process-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("akn")]
    public void Each_format_renders_into_a_new_folder_named_with_a_trailing_slash_under_the_symbol(string format)
    {
        var (exit, output, error) = DraftkitProcess.Run(folder, "render", Sample, "--format", format, "-o", "out/");

        var written = Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName).ToArray();
        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, output);
        Assert.Equal(new[] { "A-RES-74-177." + (format == "akn" ? "akn.xml" : format) }, written);
    }

    [Fact]
    public void The_template_format_renders_back_to_the_template_byte_for_byte()
    {
        DraftkitProcess.Run(folder, "render", Sample, "--format", "md", "-o", "out/");

        Assert.Equal(File.ReadAllBytes(Sample), File.ReadAllBytes(Path.Combine(folder, "out", "A-RES-74-177.md")));
    }

    [Fact]
    public void Akoma_Ntoso_output_is_valid_against_the_OASIS_schema()
    {
        DraftkitProcess.Run(folder, "render", Sample, "--format", "akn", "-o", "out/");

        Assert.Empty(AknSchema.Validate(File.ReadAllText(Path.Combine(folder, "out", "A-RES-74-177.akn.xml"))));
    }

    [Fact]
    public void Word_output_carries_every_note_of_the_template_as_a_real_footnote()
    {
        var notes = Regex.Matches(File.ReadAllText(Sample), @"^\[\^[^\]]+\]:", RegexOptions.Multiline).Count;

        DraftkitProcess.Run(folder, "render", Sample, "--format", "docx", "-o", "out/");

        using var word = WordprocessingDocument.Open(Path.Combine(folder, "out", "A-RES-74-177.docx"), false);
        // Word's two built-in separator notes (ids -1 and 0) are not the document's notes.
        var footnotes = word.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Count(f => f.Id!.Value > 0);
        Assert.Equal(notes, footnotes);
    }

    [Fact]
    public void A_Word_file_the_CLI_wrote_imports_back_through_the_CLI_to_the_same_UN_text()
    {
        DraftkitProcess.Run(folder, "render", Sample, "--format", "docx", "-o", "out/");

        var imported = DraftkitProcess.Run(folder, "import", Path.Combine("out", "A-RES-74-177.docx"), "-o", "back");
        var original = DraftkitProcess.Run(folder, "render", Sample);
        var again = DraftkitProcess.Run(folder, "render", Path.Combine("back", "A-RES-74-177.res.md"));

        Assert.True(imported.ExitCode == 0, imported.StandardError);
        Assert.Equal(Path.Combine(folder, "back", "A-RES-74-177.res.md") + "\n", imported.StandardOutput.Replace("\r\n", "\n"));
        Assert.Equal(original.StandardOutput, again.StandardOutput);
    }

    [Fact]
    public void A_file_output_path_in_a_folder_that_does_not_exist_yet_is_created()
    {
        var (exit, _, error) = DraftkitProcess.Run(folder, "render", Sample, "-o", Path.Combine("new", "sub", "resolution.txt"));

        Assert.True(exit == 0, error);
        Assert.StartsWith("A/RES/74/177", File.ReadAllText(Path.Combine(folder, "new", "sub", "resolution.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_akn_of_a_UN_file_writes_a_template_that_renders_with_its_symbol()
    {
        var file = Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en", "77"), "*.xml").OrderBy(f => f, StringComparer.Ordinal).First();

        var imported = DraftkitProcess.Run(folder, "import-akn", file, "-o", "templates");
        var template = Assert.Single(Directory.GetFiles(Path.Combine(folder, "templates"), "*.res.md"));
        var rendered = DraftkitProcess.Run(folder, "render", template);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, rendered.ExitCode);
        Assert.StartsWith("A/RES/77/", rendered.StandardOutput, StringComparison.Ordinal);
    }
}
