using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

/// <summary>The example in docs/template-format.md is read as a test, so the page cannot drift from the reader.</summary>
public sealed class TemplateFormatDocumentationTests
{
    private static string Example()
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", "template-format.md"));
        var start = page.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var end = page.IndexOf("\n```\n", start, StringComparison.Ordinal);
        return page.Substring(start, end - start + 1);
    }

    [Fact]
    public void The_complete_example_reads_without_any_diagnostic()
    {
        var result = TemplateReader.Read("docs/template-format.md", Example());

        Assert.Empty(result.Diagnostics);
        var document = result.Document;
        Assert.Equal(3, System.Linq.Enumerable.Count(document.OperativeParagraphs()));
        Assert.Equal(2, document.PreambularParagraphs().ElementAtOrDefault(2)?.Subparagraphs.Count);
        Assert.Single(document.Annexes);
        Assert.Equal(2, document.Footnotes.Count);
    }

    [Fact]
    public void The_complete_example_round_trips_through_the_Markdown_writer()
    {
        var document = TemplateReader.Read("a.res.md", Example()).Document;

        var reread = TemplateReader.Read("b.res.md", MarkdownRenderer.Render(document));

        Assert.Empty(reread.Diagnostics);
        Assert.Equal(ModelDump.Write(document), ModelDump.Write(reread.Document));
    }
}
