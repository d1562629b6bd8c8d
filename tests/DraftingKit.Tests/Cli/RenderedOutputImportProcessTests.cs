using DraftingKit.Templates;
using DraftingKit.Tests.Import;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// Item by item as a user does it: <c>draftkit render --format txt|docx|akn</c>, then <c>draftkit import</c> of the
/// file written, gives a template that reads as the same model as the one rendered (as far as the format carries
/// it) — for a draft, a one-sentence decision, a lettered decision, a report's recommended text and adopted
/// resolutions.
/// </summary>
public sealed class RenderedOutputImportProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-output-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var templates = new[]
        {
            Path.Combine("tests", "DraftingKit.Tests", "Fixtures", "governance-draft.res.md"),
            Path.Combine("tests", "DraftingKit.Tests", "Fixtures", "single-sentence-decision.res.md"),
            Path.Combine("tests", "DraftingKit.Tests", "Fixtures", "lettered-decision.res.md"),
            Path.Combine("tests", "corpus", "seeds", "000_88cf70b5d62246a4", "draft-decision.res.md"),
            Path.Combine("tests", "corpus", "seeds", "002_1571e35c9475b5fc", "draft-resolution-IV.res.md"),
            Path.Combine("samples", "FlawedDraft", "flawed-draft.res.md"),
            Path.Combine("samples", "A-RES-74-177.res.md"),
            Path.Combine("tests", "corpus", "akn4un-templates", "A-RES-75-10.res.md"),
            Path.Combine("tests", "corpus", "akn4un-templates", "A-RES-77-105.res.md"),
        };
        foreach (var template in templates)
        {
            data.Add(template, "txt");
            data.Add(template, "docx");
            if (template.Contains("akn4un-templates", StringComparison.Ordinal))
            {
                data.Add(template, "akn");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_render_writes_imports_back_through_the_CLI_to_the_same_model(string template, string format)
    {
        var source = RepositoryPaths.InRepository(template.Split(Path.DirectorySeparatorChar));
        var rendered = DraftkitProcess.Run(folder, "render", source, "--format", format, "-o", "out/");
        Assert.True(rendered.ExitCode == 0, rendered.StandardError);
        var written = Assert.Single(Directory.GetFiles(Path.Combine(folder, "out")));

        var imported = DraftkitProcess.Run(folder, "import", written, "-o", "back");

        Assert.True(imported.ExitCode == 0, imported.StandardError);
        var back = Assert.Single(Directory.GetFiles(Path.Combine(folder, "back"), "*.res.md"));
        var original = TemplateReader.ReadFile(source).Document;
        var again = TemplateReader.ReadFile(back).Document;
        var expected = format == "akn" ? CarriedModel.AsFormatted(original, linkTargets: false) : CarriedModel.AsPlainText(original);
        var actual = format == "akn" ? CarriedModel.AsFormatted(again, linkTargets: false) : CarriedModel.AsPlainTextAsRead(again);
        Assert.True(expected == actual, RenderedOutputImportTests.FirstDifference(expected, actual));
    }
}
