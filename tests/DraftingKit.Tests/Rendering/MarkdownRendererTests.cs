using System.Globalization;
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
    public void A_note_referenced_again_is_written_once_as_a_note_and_then_as_the_number_it_prints()
    {
        // 74/177 prints 36 notes and refers to eleven of them a second time ("the Protocols thereto,¹").
        var document = TemplateReader.ReadFile(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md")).Document;

        var markdown = MarkdownRenderer.Render(document);

        // Every viewer that knows Markdown footnotes makes a note of each "[^label]": one per note, as printed.
        var references = System.Text.RegularExpressions.Regex.Matches(markdown, @"\[\^([^\]]+)\](?!:)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(36, document.Footnotes.Count);
        Assert.Equal(36, references.Count);
        Assert.Equal(36, references.Distinct().Count());
        Assert.Contains("Protocols thereto,¹ the Single Convention", markdown, System.StringComparison.Ordinal);
        Assert.Equal(UnTextRenderer.Render(document), UnTextRenderer.Render(TemplateReader.Read("again.res.md", markdown).Document));
    }

    [Fact]
    public void Superscript_digits_after_a_word_read_as_a_note_already_referenced()
    {
        var read = TemplateReader.Read("t.res.md", "The General Assembly,\n\n*Recalling* the Convention[^c] and the Protocol,[^p]\n\n1. *Calls upon* States to ratify the Convention¹ and the Protocol,² and to report;\n\n[^c]: The convention.\n\n[^p]: The protocol.\n");

        Assert.Empty(read.Diagnostics);
        var operative = read.Document.OperativeParagraphs().Single().Text.Inlines;
        Assert.Equal(new[] { "c", "p" }, operative.OfType<FootnoteReference>().Select(r => r.Label));
        Assert.Equal("Calls upon States to ratify the Convention and the Protocol, and to report;", read.Document.OperativeParagraphs().Single().Text.PlainText);
    }

    [Theory]
    [InlineData("an area of 10⁶ square kilometres", "after a digit")]
    [InlineData("the Convention ¹ as text", "after a space")]
    [InlineData("the Convention,³ not yet a note", "a number no note has yet")]
    public void Superscript_digits_that_cannot_be_a_repeated_marker_stay_text(string text, string why)
    {
        var read = TemplateReader.Read("t.res.md", "The General Assembly,\n\n1. *Notes* the Protocol[^p] and " + text + ";\n\n[^p]: The protocol.\n");

        Assert.True(read.Document.OperativeParagraphs().Single().Text.Inlines.OfType<FootnoteReference>().Count() == 1, why);
        Assert.EndsWith(text + ";", read.Document.OperativeParagraphs().Single().Text.PlainText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Superscript_digits_meant_as_text_are_written_so_that_they_read_back_as_text()
    {
        var document = TemplateReader.Read("t.res.md", "The General Assembly,\n\n1. *Notes* the Protocol[^p] and the Convention[^c] on an area of 5 km&#178; in the zone²;\n\n[^p]: The protocol.\n\n[^c]: The convention.\n").Document;
        Assert.Equal(3, document.OperativeParagraphs().Single().Text.Inlines.OfType<FootnoteReference>().Count());

        var again = TemplateReader.Read("t2.res.md", MarkdownRenderer.Render(document));

        Assert.Empty(again.Diagnostics);
        Assert.Equal(UnTextRenderer.Render(document), UnTextRenderer.Render(again.Document));
        Assert.Contains("5 km&#xB2;", MarkdownRenderer.Render(document), System.StringComparison.Ordinal);
        Assert.Equal(3, again.Document.OperativeParagraphs().Single().Text.Inlines.OfType<FootnoteReference>().Count());
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
