using System.IO.Compression;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Model;

/// <summary>
/// Issue 15: a text's language is part of the document. The French 75/274 of the UN's AKN4UN files is read as written
/// and keeps its language from the import (FRBRlanguage) through the template's front matter (<c>language: fr</c>) to
/// every format that declares one: the AKN4UN export, Word's proofing language and HTML's <c>lang</c>. The drafting
/// rules read English and do not run on it.
/// </summary>
public sealed class DocumentLanguageTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static string French() => File.ReadAllText(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-75-274.fra.res.md"));

    private static AknImportResult FrenchFile() => AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un", "75_274_F.xml"));

    [Theory]
    [InlineData("fr")]
    [InlineData("fra")]
    [InlineData("fre")]
    [InlineData("French")]
    [InlineData("FR-fr")]
    public void An_official_language_is_found_by_any_of_its_codes(string value) =>
        Assert.Equal("fra", DocumentLanguage.Find(value)?.AknCode);

    [Theory]
    [InlineData("")]
    [InlineData("de")]
    [InlineData("Français")]
    public void Another_value_names_no_official_language(string value) =>
        Assert.Null(DocumentLanguage.Find(value));

    [Fact]
    public void The_French_file_imports_in_French_and_its_template_says_so()
    {
        var document = FrenchFile().Document;

        Assert.Equal(DocumentLanguage.Find("fr"), document.Header.Language);
        Assert.Contains("\nlanguage: fr\n", MarkdownRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("\nlanguage: fr\n", French(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_file_declares_no_language_in_its_template()
    {
        var document = AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un", "75_245_E.xml")).Document;

        Assert.True(document.Header.Language.IsEnglish);
        Assert.DoesNotContain("\nlanguage:", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_the_key_is_English_and_an_unknown_language_is_reported()
    {
        var template = French().Replace("\nlanguage: fr\n", "\n", StringComparison.Ordinal);
        Assert.True(TemplateReader.Read("a.res.md", template).Document.Header.Language.IsEnglish);

        var result = TemplateReader.Read("b.res.md", template.Replace("\ntitle:", "\nlanguage: de\ntitle:", StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.Id == TemplateDiagnostics.InvalidValue.Id && d.Message.Contains("language", StringComparison.Ordinal));
        Assert.True(result.Document.Header.Language.IsEnglish);
    }

    [Fact]
    public void The_AKN_export_declares_the_texts_language_as_the_UN_file_does()
    {
        var file = FrenchFile();
        var theirs = XDocument.Load(RepositoryPaths.InRepository("tests", "corpus", "akn4un", "75_274_F.xml"));

        var ours = XDocument.Parse(AknRenderer.Render(TemplateReader.Read("A-RES-75-274.fra.res.md", French()).Document));

        Assert.Equal("fra", (string?)ours.Descendants(Akn + "FRBRlanguage").Single().Attribute("language"));
        Assert.Equal(Expression(theirs), Expression(ours));
        Assert.EndsWith("/fra@!main/", Expression(ours), StringComparison.Ordinal);
        Assert.Equal("fra", (string?)XDocument.Parse(AknRenderer.Render(file.Document)).Descendants(Akn + "FRBRlanguage").Single().Attribute("language"));
    }

    [Fact]
    public void An_English_text_is_exported_in_English()
    {
        var ours = XDocument.Parse(AknRenderer.Render(TemplateReader.ReadFile(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md")).Document));

        Assert.Equal("eng", (string?)ours.Descendants(Akn + "FRBRlanguage").Single().Attribute("language"));
        Assert.EndsWith("/eng@!main/", Expression(ours), StringComparison.Ordinal);
    }

    [Fact]
    public void Word_and_HTML_declare_the_texts_language()
    {
        var french = TemplateReader.Read("A-RES-75-274.fra.res.md", French()).Document;
        var english = TemplateReader.ReadFile(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md")).Document;

        Assert.Contains("w:lang w:val=\"fr-FR\"", Styles(french), StringComparison.Ordinal);
        Assert.Contains("w:lang w:val=\"en-GB\"", Styles(english), StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", HtmlRenderer.Render(french).Substring(0, 400), StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", HtmlRenderer.Render(english).Substring(0, 400), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_read_English_and_do_not_run_on_a_French_text()
    {
        var template = French();

        var asWritten = DraftingLinter.Lint("A-RES-75-274.fra.res.md", template);
        var readAsEnglish = DraftingLinter.Lint("A-RES-75-274.fra.res.md", template.Replace("\nlanguage: fr\n", "\n", StringComparison.Ordinal));

        Assert.Empty(asWritten);
        // The same words read as English: the French leads are no English leads, so the rules would report them.
        Assert.Contains(readAsEnglish, finding => finding.Id.StartsWith("DK2", StringComparison.Ordinal));
    }

    private static string Expression(XDocument document) =>
        (string?)document.Descendants(Akn + "FRBRExpression").Single().Element(Akn + "FRBRthis")?.Attribute("value") ?? string.Empty;

    private static string Styles(ResolutionDocument document)
    {
        using var zip = new ZipArchive(new MemoryStream(DocxRenderer.Render(document)), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.Entries.Single(entry => entry.FullName.EndsWith("styles.xml", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }
}
