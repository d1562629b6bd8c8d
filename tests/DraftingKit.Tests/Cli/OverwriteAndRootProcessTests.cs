using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>--force</c> and <c>--root</c> on every verb that has them, run as processes: an existing output file is kept
/// (exit 2, the reason on standard error) until <c>--force</c> is given, and <c>--root</c> sets the project folder
/// that searches and imports stay inside.
/// </summary>
public sealed class OverwriteAndRootProcessTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "A-RES-74-177.res.md");
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-force-root-").FullName;

    public OverwriteAndRootProcessTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "project", "texts"));
        Directory.CreateDirectory(Path.Combine(folder, "other"));
        File.Copy(Sample, Path.Combine(folder, "project", "texts", "a.res.md"));
        File.Copy(Sample, Path.Combine(folder, "project", "texts", "b.res.md"));
        File.WriteAllText(Path.Combine(folder, "project", "texts", "b.res.md"), File.ReadAllText(Sample).Replace("5. *Urges* Member States", "5. *Urges* all Member States", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void KeptThenReplaced(Func<(int ExitCode, string StandardOutput, string StandardError)> without, Func<(int ExitCode, string StandardOutput, string StandardError)> with)
    {
        var target = Path.Combine(folder, "out.txt");
        File.WriteAllText(target, "kept");

        var refused = without();
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists; use --force", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(target));

        var forced = with();
        Assert.True(forced.ExitCode == 0, forced.StandardError);
        Assert.Contains("Urges", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_keeps_an_existing_output_file_without_force_and_replaces_it_with_it() =>
        KeptThenReplaced(
            () => DraftkitProcess.Run(folder, "render", "project/texts/a.res.md", "-o", "out.txt"),
            () => DraftkitProcess.Run(folder, "render", "project/texts/a.res.md", "-o", "out.txt", "--force"));

    [Fact]
    public void Compare_keeps_an_existing_output_file_without_force_and_replaces_it_with_it() =>
        KeptThenReplaced(
            () => DraftkitProcess.Run(folder, "compare", "project/texts/a.res.md", "project/texts/b.res.md", "-o", "out.txt"),
            () => DraftkitProcess.Run(folder, "compare", "project/texts/a.res.md", "project/texts/b.res.md", "-o", "out.txt", "--force"));

    [Theory]
    [InlineData("import")]
    [InlineData("import-akn")]
    public void An_import_keeps_an_existing_template_without_force_and_replaces_it_with_it(string verb)
    {
        var source = verb == "import" ? Sample : Directory.GetFiles(Require.CorpusFolder("akn4un", "en", "76"), "*.xml").OrderBy(f => f, StringComparer.Ordinal).First();
        var first = DraftkitProcess.Run(folder, verb, source, "-o", "imported");
        Assert.True(first.ExitCode == 0, first.StandardError);
        var template = Directory.GetFiles(Path.Combine(folder, "imported"), "*.res.md").Single();
        File.WriteAllText(template, "kept");

        var refused = DraftkitProcess.Run(folder, verb, source, "-o", "imported");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(template));

        var forced = DraftkitProcess.Run(folder, verb, source, "-o", "imported", "--force");
        Assert.True(forced.ExitCode == 0, forced.StandardError);
        Assert.StartsWith("---", File.ReadAllText(template), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_with_root_searches_the_folder_inside_the_project()
    {
        var (exit, _, error) = DraftkitProcess.Run(folder, "lint", "project", "--root", "project");

        // The sample's one genuine slip (DK5002 on 67/1 "of 19 September 2012") in each of the two texts.
        Assert.Equal(1, exit);
        Assert.Contains("2 file(s), 2 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_with_root_refuses_a_folder_outside_the_project()
    {
        var (exit, _, error) = DraftkitProcess.Run(folder, "render", "project/texts", "--root", "other", "-o", "out/");

        Assert.Equal(2, exit);
        Assert.Contains("project/texts", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")) && Directory.EnumerateFiles(Path.Combine(folder, "out")).Any());
    }

    [Fact]
    public void Import_akn_with_root_reads_no_file_of_a_folder_outside_the_project_and_says_so()
    {
        var source = Require.CorpusFolder("akn4un", "en", "76");

        var (exit, _, error) = DraftkitProcess.Run(folder, "import-akn", source, "--root", "other", "-o", "imported");

        Assert.Equal(1, exit);
        Assert.Contains("DK0040", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "imported")) && Directory.EnumerateFiles(Path.Combine(folder, "imported")).Any());
    }

    [Fact]
    public void Import_with_root_inside_the_project_writes_the_template()
    {
        var (exit, _, error) = DraftkitProcess.Run(folder, "import", "project/texts/a.res.md", "--root", "project", "-o", "imported");

        Assert.True(exit == 0, error);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "imported"), "*.res.md"));
    }

    [Fact]
    public void Rules_lists_a_rule_as_json_and_refuses_an_id_no_rule_has()
    {
        var (exit, output, error) = DraftkitProcess.Run(folder, "rules", "DK1030", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("\"DK1030\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"DK2001\"", output, StringComparison.Ordinal);

        var unknown = DraftkitProcess.Run(folder, "rules", "DK9999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("DK9999", unknown.StandardError, StringComparison.Ordinal);
    }
}
