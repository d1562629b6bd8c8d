using DraftingKit.Cli;
using DraftingKit.Cli.Commands;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Security;

/// <summary>
/// Issue 23 as a CI job meets it: a pull request plants a report that includes a file of the machine, or a link
/// named like a template that points out of the repository; <c>draftkit</c> reports both and echoes nothing of them.
/// </summary>
public sealed class ConfinementCommandTests : IDisposable
{
    private const string Secret = "secret-of-the-build-machine";

    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-confine-cli-").FullName;

    public ConfinementCommandTests()
    {
        Directory.CreateDirectory(Project("texts"));
        File.WriteAllText(Project("Drafts.csproj"), "<Project />");
        File.Copy(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"), Project("texts", "draft-resolution-I.res.md"));
        File.WriteAllText(Path.Combine(folder, "secret.txt"), Secret + "\n*Recalling* " + Secret + "\n");
        File.WriteAllText(Project("texts", "report.report.md"), "---\nkind: committee-report\n---\n\n1. The Committee recommends:\n\n```include\ntemplate: ../../secret.txt\n```\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Lint_reports_an_include_out_of_the_project_at_its_line_and_prints_nothing_of_the_file()
    {
        var (exit, stdout, _) = Lint(new[] { Project("texts", "report.report.md") });

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains(Project("texts", "report.report.md") + "(8,11): error DK0040: '../../secret.txt' lies outside the project folder '" + Project() + "'", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_with_a_wider_root_reads_the_include()
    {
        var (_, stdout, _) = Lint(new[] { Project("texts", "report.report.md") }, root: folder);

        Assert.DoesNotContain("DK0040", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_a_folder_reports_a_planted_link_out_of_the_project_and_does_not_read_it()
    {
        File.CreateSymbolicLink(Project("texts", "planted.res.md"), Path.Combine(folder, "secret.txt"));

        var (exit, stdout, _) = Lint(new[] { Project("texts") });

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains("planted.res.md(1,1): error DK0040: '", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_of_a_report_whose_include_leaves_the_project_writes_nothing()
    {
        var output = Path.Combine(folder, "out");
        var stderr = new StringWriter();

        var exit = RenderCommand.Run(new[] { Project("texts", "report.report.md") }, "txt", output, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains("DK0040", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public void Import_of_a_folder_skips_a_planted_link_out_of_the_project()
    {
        var xml = Project("akn");
        Directory.CreateDirectory(xml);
        File.CreateSymbolicLink(Path.Combine(xml, "planted.xml"), Path.Combine(folder, "secret.txt"));
        var stderr = new StringWriter();

        var exit = ImportAknCommand.Run(new[] { xml }, Path.Combine(folder, "imported"), force: false, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains("planted.xml(1,1): error DK0040:", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_base_auto_does_not_read_a_planted_link_out_of_the_project()
    {
        // The only text with the draft's title lies outside the project, reached by a link planted in its folder.
        var sample = File.ReadAllText(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"));
        File.WriteAllText(Path.Combine(folder, "outside.res.md"), sample.Replace("*Reaffirming*", "*Reaffirming* " + Secret + ",", StringComparison.Ordinal));
        File.CreateSymbolicLink(Project("texts", "planted.res.md"), Path.Combine(folder, "outside.res.md"));
        var stderr = new StringWriter();

        var request = new CompareRequest(new[] { Project("texts", "draft-resolution-I.res.md") }, "auto", new[] { Project("texts") }, "txt", null, "DraftingKit", false, new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc));

        var exit = CompareCommand.Run(request, new StringWriter(), stderr);

        Assert.Contains("planted.res.md(1,1): error DK0040:", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("base: " + Project("texts", "planted.res.md"), stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, stderr.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Success, exit);
    }

    private (int Exit, string Stdout, string Stderr) Lint(string[] paths, string? root = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LintCommand.Run(paths, "text", Array.Empty<string>(), Array.Empty<string>(), fix: false, stdout, stderr, rootPath: root);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Project(params string[] parts) => Path.Combine(new[] { folder, "project" }.Concat(parts).ToArray());
}
