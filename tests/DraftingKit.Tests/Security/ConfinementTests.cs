using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Security;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Security;

/// <summary>
/// Issue 23: what a report includes is read only from inside its project. Each case lays out a small project in a
/// temporary folder (a <c>*.csproj</c> marks its root) with a secret file beside it, outside.
/// </summary>
public sealed class ConfinementTests : IDisposable
{
    private const string Secret = "secret-of-the-build-machine";

    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-confine-").FullName;

    public ConfinementTests()
    {
        Directory.CreateDirectory(Project("texts"));
        File.WriteAllText(Project("Drafts.csproj"), "<Project />");
        File.Copy(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"), Project("texts", "draft-resolution-I.res.md"));
        File.WriteAllText(Path.Combine(folder, "outside.res.md"), "---\nkind: resolution\n---\n\n*The General Assembly,*\n\n1. *Decides* " + Secret + ".\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_include_inside_the_project_is_read()
    {
        var read = ReadReport("texts/draft-resolution-I.res.md");

        Assert.DoesNotContain(read.Diagnostics, d => d.Id is "DK0040" or "DK0020");
        Assert.NotNull(Assert.IsType<RecommendedText>(read.Report.Blocks.Single(b => b is RecommendedText)).Document);
    }

    [Theory]
    [InlineData("../outside.res.md")]
    [InlineData("texts/../../outside.res.md")]
    [InlineData("../../../../../../../../etc/hostname")]
    [InlineData("/etc/hostname")]
    public void An_include_that_leaves_the_project_is_DK0040_at_its_value_and_is_not_read(string template)
    {
        var read = ReadReport(template);

        var diagnostic = Assert.Single(read.Diagnostics, d => d.Id == "DK0040");
        Assert.Equal((9, 11), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("'" + template + "' lies outside the project folder '" + Project() + "'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(read.Report.Blocks.OfType<RecommendedText>().Single().Document);
        Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void An_include_through_a_link_that_points_out_of_the_project_is_DK0040()
    {
        File.CreateSymbolicLink(Project("texts", "linked.res.md"), Path.Combine(folder, "outside.res.md"));
        Directory.CreateSymbolicLink(Project("elsewhere"), folder);

        Assert.Contains(ReadReport("texts/linked.res.md").Diagnostics, d => d.Id == "DK0040");
        Assert.Contains(ReadReport("elsewhere/outside.res.md").Diagnostics, d => d.Id == "DK0040");
    }

    [Fact]
    public void A_link_that_stays_inside_the_project_is_read()
    {
        File.CreateSymbolicLink(Project("texts", "alias.res.md"), Project("texts", "draft-resolution-I.res.md"));

        Assert.DoesNotContain(ReadReport("texts/alias.res.md").Diagnostics, d => d.Id is "DK0040" or "DK0020");
    }

    [Fact]
    public void Links_in_a_loop_are_refused_not_followed_forever()
    {
        File.CreateSymbolicLink(Project("texts", "a.res.md"), Project("texts", "b.res.md"));
        File.CreateSymbolicLink(Project("texts", "b.res.md"), Project("texts", "a.res.md"));

        Assert.Contains(ReadReport("texts/a.res.md").Diagnostics, d => d.Id == "DK0040");
    }

    [Fact]
    public void A_wider_root_given_on_purpose_lets_the_include_be_read()
    {
        var text = Report("../outside.res.md");

        var read = ReportReader.Read(Project("report.report.md"), text, ProjectRoot.At(folder));

        Assert.DoesNotContain(read.Diagnostics, d => d.Id is "DK0040" or "DK0020");
    }

    [Fact]
    public void The_report_linter_reports_the_escape_with_the_rules_findings()
    {
        var path = Project("report.report.md");
        File.WriteAllText(path, Report("../outside.res.md"));

        var findings = ReportLinter.Lint(path, File.ReadAllText(path));

        Assert.Contains(findings, f => f.Id == "DK0040" && f.Span.Line == 9);
    }

    [Fact]
    public void A_host_that_answers_from_its_own_files_is_not_asked_to_confine()
    {
        // The analyzer reads only the files the compilation hands it: it answers, and no disk is touched.
        var read = ReportReader.Read(Project("report.report.md"), Report("../outside.res.md"), _ => null);

        Assert.DoesNotContain(read.Diagnostics, d => d.Id == "DK0040");
        Assert.Contains(read.Diagnostics, d => d.Id == "DK0020");
    }

    [Fact]
    public void The_project_root_is_the_nearest_folder_with_a_project_file_a_repository_or_a_root_editorconfig()
    {
        var nested = Project("texts", "deeper");
        Directory.CreateDirectory(nested);
        Assert.Equal(Project(), ProjectRoot.Find(Path.Combine(nested, "x.report.md")).Folder);

        File.WriteAllText(Path.Combine(nested, ".editorconfig"), "root = true\n\n[*.res.md]\nindent_size = 4\n");
        Assert.Equal(nested, ProjectRoot.Find(Path.Combine(nested, "x.report.md")).Folder);

        File.WriteAllText(Path.Combine(nested, ".editorconfig"), "[*.res.md]\nroot = true\n");
        Assert.Equal(Project(), ProjectRoot.Find(Path.Combine(nested, "x.report.md")).Folder);

        Directory.CreateDirectory(Path.Combine(nested, "repo", ".git"));
        Assert.Equal(Path.Combine(nested, "repo"), ProjectRoot.Find(Path.Combine(nested, "repo", "x.report.md")).Folder);
    }

    [Fact]
    public void Without_any_project_marker_the_root_is_the_documents_own_folder()
    {
        var loose = Path.Combine(folder, "loose");
        Directory.CreateDirectory(loose);

        // The temporary folder has no marker above it up to the file system's root, or the test cannot tell.
        Assert.Equal(loose, ProjectRoot.Find(Path.Combine(loose, "x.report.md")).Folder);
    }

    private static string Report(string template) =>
        "---\nkind: committee-report\n---\n\n1. The Committee recommends the following draft resolution:\n\n```include\nid: I\ntemplate: " + template + "\n```\n";

    private ReportReadResult ReadReport(string template)
    {
        var path = Project("report.report.md");
        File.WriteAllText(path, Report(template));
        return ReportReader.ReadFile(path);
    }

    private string Project(params string[] parts) => Path.Combine(new[] { folder, "project" }.Concat(parts).ToArray());
}
