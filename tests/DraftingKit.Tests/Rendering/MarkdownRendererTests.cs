using System.Globalization;
using System.Linq;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    public static TheoryData<string> FixtureNames => new()
    {
        "governance-draft.res.md",
        "lettered-decision.res.md",
        "single-sentence-decision.res.md",
    };

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_renders_to_its_verified_template(string fixture) =>
        Snapshot.Verify(MarkdownRenderer.Render(Fixtures.Read(fixture).Document), name: fixture.Replace(".res.md", string.Empty), extension: "md");

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Template_to_model_to_Markdown_to_model_gives_the_same_model(string fixture)
    {
        var first = Fixtures.Read(fixture).Document;
        var markdown = MarkdownRenderer.Render(first);
        var second = TemplateReader.Read("round-trip.res.md", markdown);

        Assert.Empty(second.Diagnostics);
        Assert.Equal(ModelDump.Write(first), ModelDump.Write(second.Document));
        Assert.Equal(markdown, MarkdownRenderer.Render(second.Document));
    }

    [Fact]
    public void Characters_that_Markdown_would_read_as_formatting_are_escaped_and_read_back_as_text()
    {
        var document = TemplateReader.Read("t.res.md", "The General Assembly,\n\n*Recalling* the asterisk \\* the underscore \\_ and the brackets \\[sic\\],\n\n1. *Decides* to act.\n").Document;

        var roundTrip = TemplateReader.Read("t2.res.md", MarkdownRenderer.Render(document));

        Assert.Empty(roundTrip.Diagnostics);
        Assert.Equal("Recalling the asterisk * the underscore _ and the brackets [sic],", roundTrip.Document.PreambularParagraphs().Single().Text.PlainText);
    }

    [Fact]
    public void Front_matter_values_that_YAML_would_misread_are_quoted()
    {
        var document = TemplateReader.Read("t.res.md", "---\ntitle: \"Follow-up: the Doha Declaration #2\"\nagenda-item: \"69 (b)\"\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n").Document;

        var markdown = MarkdownRenderer.Render(document);

        Assert.Contains("title: \"Follow-up: the Doha Declaration #2\"", markdown, System.StringComparison.Ordinal);
        Assert.Equal("Follow-up: the Doha Declaration #2", TemplateReader.Read("t2.res.md", markdown).Document.Header.Title);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Rendering_is_byte_identical_under_any_current_culture(string culture)
    {
        var document = Fixtures.Read("governance-draft.res.md").Document;
        var expectedText = UnTextRenderer.Render(document);
        var expectedMarkdown = MarkdownRenderer.Render(document);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var reread = Fixtures.Read("governance-draft.res.md").Document;
            Assert.Equal(expectedText, UnTextRenderer.Render(reread));
            Assert.Equal(expectedMarkdown, MarkdownRenderer.Render(reread));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }
}
