using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Import;

/// <summary>Idempotence: import, write the template, read it back, and nothing of the model changes.</summary>
public sealed class ImportRoundTripTests
{
    public static TheoryData<string> Seeds() => new()
    {
        SeedCorpus.Report000, SeedCorpus.Report001, SeedCorpus.Report002, SeedCorpus.Resolution003,
    };

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var text in SeedCorpus.Texts)
        {
            data.Add(text.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Imported_texts_read_back_from_their_templates_as_the_same_model(string seed)
    {
        var result = UnDocumentImporter.ImportFile(SeedCorpus.SeedPath(seed));
        Assert.NotEmpty(result.Texts);
        foreach (var text in result.Texts)
        {
            var template = MarkdownRenderer.Render(text.Document);
            var read = TemplateReader.Read(text.FileName, template);
            Assert.True(!read.HasErrors, text.FileName + ": " + string.Join("\n", read.Diagnostics));
            Assert.Equal(ModelDump.Write(text.Document), ModelDump.Write(read.Document));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Committed_templates_survive_read_write_read(string name)
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.ToString() == name);
        var first = TemplateReader.ReadFile(SeedCorpus.TemplatePath(text));
        var second = TemplateReader.Read("again.res.md", MarkdownRenderer.Render(first.Document));
        Assert.False(second.HasErrors);
        Assert.Equal(ModelDump.Write(first.Document), ModelDump.Write(second.Document));
    }

    [Fact]
    public void Importing_a_template_reads_it_as_it_stands()
    {
        var text = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md");
        var result = UnDocumentImporter.ImportFile(SeedCorpus.TemplatePath(text));
        var imported = Assert.Single(result.Texts);
        Assert.Equal(ModelDump.Write(TemplateReader.ReadFile(SeedCorpus.TemplatePath(text)).Document), ModelDump.Write(imported.Document));
    }
}
