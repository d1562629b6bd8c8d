using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// The reader parses a template with no '|' without Markdig's pipe-table extension. A pipe table cannot open without
/// a '|', so both pipelines must read the same model and the same diagnostics from every such template; a template
/// that holds one is read with tables.
/// </summary>
public sealed class TablePipelineTests
{
    [Fact]
    public void A_template_without_a_bar_reads_the_same_with_and_without_pipe_tables()
    {
        var read = 0;
        foreach (var path in Templates())
        {
            var text = File.ReadAllText(path);
            if (text.IndexOf('|') >= 0)
            {
                continue;
            }

            AssertSameModel(path, text);
            read++;
        }

        Assert.True(read > 1000, $"only {read} templates read");
    }

    [Theory]
    [InlineData("Paragraph one.\n\nParagraph two.\n")]
    [InlineData("Text with a footnote.[^1]\n\n[^1]: Note.\n")]
    [InlineData("- a\n- b\n\n1. one\n2. two\n")]
    [InlineData("A line\nand a line break  \nin one paragraph.\n\n---\n\n***emphasis*** and `code`\n")]
    [InlineData("Header\n---\n\nA - B - C\n:--- :---:\n")]
    public void Written_forms_without_a_bar_read_the_same(string body) =>
        AssertSameModel("written.res.md", "---\nkind: resolution\n---\n" + body);

    [Fact]
    public void A_template_with_a_bar_is_read_with_tables()
    {
        Assert.Same(TemplateReader.Pipeline, TemplateReader.PipelineFor("| a | b |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Same(TemplateReader.PipelineWithoutTables, TemplateReader.PipelineFor("No table here.\n"));
        Assert.Same(TemplateReader.PipelineWithoutTables, TemplateReader.PipelineFor("| before the body\nbody", 10));

        var text = "*Decides* as follows:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        Assert.Contains(Markdig.Markdown.Parse(text, TemplateReader.PipelineFor(text)), block => block is Markdig.Extensions.Tables.Table);
    }

    private static void AssertSameModel(string name, string text)
    {
        var frontMatter = FrontMatter.Locate(text);
        var bodyStart = frontMatter.Closed ? frontMatter.BodyStart : 0;
        var lines = new LineMap(name, text);
        var header = new DocumentHeader();

        (EquatableArray<DocumentPart>, EquatableArray<Annex>, EquatableArray<Footnote>) Read(Markdig.MarkdownPipeline pipeline, List<DraftingDiagnostic> diagnostics) =>
            TemplateReader.ParseBody(text, pipeline, lines, diagnostics, bodyStart, FrontMatterBlockParser.Context(frontMatter)) is { } markdown
                ? new BodyBuilder(text, lines, header, diagnostics).Build(markdown)
                : default;

        var withTables = new List<DraftingDiagnostic>();
        var without = new List<DraftingDiagnostic>();
        Assert.True(Read(TemplateReader.Pipeline, withTables).Equals(Read(TemplateReader.PipelineWithoutTables, without)), name);
        Assert.Equal(withTables.Select(d => (d.Id, d.Span, d.Message)), without.Select(d => (d.Id, d.Span, d.Message)));
    }

    private static IEnumerable<string> Templates() => RepositoryPaths.EveryTemplate();
}
