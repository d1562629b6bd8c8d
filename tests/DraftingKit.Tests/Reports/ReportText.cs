using DraftingKit.Diagnostics;
using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Reports;

/// <summary>Small reports for the tests, read as if they stood beside the corpus reports so that includes resolve.</summary>
internal static class ReportText
{
    public const string CommitteeFrontMatter = "---\nkind: committee-report\norgan: General Assembly\ncommittee: Third Committee\nissued: 2017-11-28\nsession: 72\n---\n\n";

    public static string Path(string name = "test") => RepositoryPaths.InRepository("tests", "corpus", "reports", name + ".report.md");

    public static string Include(string file, string? id = null) =>
        "```include\n" + (id is null ? string.Empty : "id: " + id + "\n") + "template: ../seeds/000_88cf70b5d62246a4/" + file + ".res.md\n```\n\n";

    public static ReportReadResult Read(string body, string frontMatter = CommitteeFrontMatter) => ReportReader.Read(Path(), frontMatter + body);

    public static DraftingDiagnostic[] Lint(string body, string frontMatter = CommitteeFrontMatter) =>
        ReportLinter.Lint(Path(), frontMatter + body).ToArray();

    public static DraftingDiagnostic[] Findings(string id, string body, string frontMatter = CommitteeFrontMatter) =>
        Lint(body, frontMatter).Where(f => f.Id == id).ToArray();

    /// <summary>The rendered paragraphs after the header block.</summary>
    public static string[] Body(ReportDocument report) =>
        DraftingKit.Rendering.ReportTextRenderer.Paragraphs(report).Skip(DraftingKit.Rendering.ReportTextRenderer.HeaderParagraphs(report.Header).Count()).ToArray();

    public static string Seed000Paragraph(int number)
    {
        var lines = File.ReadAllLines(Import.SeedCorpus.SeedPath(Import.SeedCorpus.Report000));
        return lines.First(line => line.StartsWith(number + ". ", StringComparison.Ordinal));
    }

    public static string Seed002Paragraph(int number)
    {
        var lines = File.ReadAllLines(Import.SeedCorpus.SeedPath(Import.SeedCorpus.Report002));
        return lines.First(line => line.StartsWith(number + ". ", StringComparison.Ordinal) && !line.Contains("*", StringComparison.Ordinal));
    }
}
