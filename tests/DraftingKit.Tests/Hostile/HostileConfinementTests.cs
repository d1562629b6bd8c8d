using CsCheck;
using DraftingKit.Reports;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Property test for issue 23: whatever path an include block names (dots, slashes, absolute paths, links in and
/// out of the project, in any order), a text outside the project is never read, so nothing of it reaches a
/// diagnostic or the report, and a text inside is never refused.
/// </summary>
[Collection(HostileSettings.Collection)]
public sealed class HostileConfinementTests : IDisposable
{
    private const string Secret = "secret-of-the-build-machine";

    // Few pieces, so that the few hundred draws reach out of the project many times ("out/secret.res.md", "../../…").
    private static readonly string[] Folders = { "..", ".", "texts", "out", "in", "", "\\", "%2e%2e" };

    private static readonly string[] Files = { "secret.res.md", "draft.res.md", "passwd" };

    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-hostile-confine-").FullName;

    public HostileConfinementTests()
    {
        var project = Path.Combine(folder, "project");
        Directory.CreateDirectory(Path.Combine(project, "texts"));
        File.WriteAllText(Path.Combine(project, "Drafts.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "secret.res.md"), "---\nkind: resolution\n---\n\n*The General Assembly,*\n\n1. *" + Secret + "* " + Secret + "\n");
        File.Copy(Tests.Support.RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"), Path.Combine(project, "texts", "draft.res.md"));
        Directory.CreateSymbolicLink(Path.Combine(project, "texts", "out"), folder);
        Directory.CreateSymbolicLink(Path.Combine(project, "texts", "in"), Path.Combine(project, "texts"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void No_include_path_reads_a_file_outside_the_project() =>
        Gen.Select(Gen.Bool, Gen.Int[0, Folders.Length - 1].Array[0, 4], Gen.Int[0, Files.Length - 1]).Sample((absolute, folders, file) =>
        {
            var template = (absolute ? "/" : string.Empty) + string.Concat(folders.Select(i => Folders[i] + "/")) + Files[file];
            var path = Path.Combine(folder, "project", "texts", "report.report.md");
            var text = "---\nkind: committee-report\n---\n\n1. The Committee recommends:\n\n```include\ntemplate: \"" + template.Replace("\\", "\\\\") + "\"\n```\n";

            var read = ReportReader.Read(path, text);

            Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
            if (read.Report.Blocks.OfType<RecommendedText>().SingleOrDefault()?.Document is { } included)
            {
                Assert.DoesNotContain(Secret, DraftingKit.Rendering.UnTextRenderer.Render(included), StringComparison.Ordinal);
            }
        }, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(300));

    [Fact]
    public void A_path_into_the_project_by_any_spelling_is_read()
    {
        var path = Path.Combine(folder, "project", "texts", "report.report.md");
        foreach (var template in new[] { "draft.res.md", "./draft.res.md", "in/draft.res.md", "../texts/draft.res.md", "in/in/../draft.res.md", Path.Combine(folder, "project", "texts", "draft.res.md") })
        {
            var read = ReportReader.Read(path, "---\nkind: committee-report\n---\n\n1. The Committee recommends:\n\n```include\ntemplate: " + template + "\n```\n");
            Assert.True(read.Report.Blocks.OfType<RecommendedText>().Single().Document is not null, template + ": " + string.Join("; ", read.Diagnostics));
        }
    }
}
