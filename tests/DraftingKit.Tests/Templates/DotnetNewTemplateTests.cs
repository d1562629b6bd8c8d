using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

public sealed class DotnetNewTemplateTests
{
    [Fact]
    public void The_new_resolution_item_template_is_a_clean_template()
    {
        var result = TemplateReader.ReadFile(RepositoryPaths.InRepository("templates", "resolution", "draft-resolution.res.md"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(81, result.Document.Header.Session);
        Assert.Single(result.Document.OperativeParagraphs());
    }

    [Fact]
    public void The_Council_item_template_is_a_clean_Council_draft()
    {
        // dotnet new resolution --organ security-council writes this file (template.json, computed symbol council).
        var result = TemplateReader.ReadFile(RepositoryPaths.InRepository("templates", "resolution", "draft-council-resolution.res.md"));

        Assert.Empty(result.Diagnostics);
        Assert.Same(DraftingKit.Model.Organ.SecurityCouncil, result.Document.Header.Organ);
        Assert.Null(result.Document.Header.Title);
        Assert.Empty(DraftingKit.Rules.DraftingLinter.Lint("draft-council-resolution.res.md", System.IO.File.ReadAllText(RepositoryPaths.InRepository("templates", "resolution", "draft-council-resolution.res.md")))
            .Where(f => f.Severity != DraftingKit.Diagnostics.DraftingSeverity.Hidden).Select(f => f.ToString()));
        Assert.Equal("Decides to remain seized of the matter.", result.Document.OperativeParagraphs().Last().Text.PlainText);

        // In the form of a draft: the sponsors line under the masthead, no adoption line.
        var text = DraftingKit.Rendering.UnTextRenderer.Render(result.Document);
        Assert.Contains("\nNames of the members of the Council that submit the draft: draft resolution\n", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Adopted by", text, System.StringComparison.Ordinal);
    }
}
