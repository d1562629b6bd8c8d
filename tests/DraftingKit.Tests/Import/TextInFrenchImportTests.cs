using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15, item 7: a text in French that <c>draftkit render</c> writes (A/RES/75/274 in French, its cover in French)
/// imports back to the same model through UN text, Word and AKN4UN, keeps its language, and is named with the UN's
/// language suffix ("A-RES-75-274.fra.res.md").
/// </summary>
public sealed class TextInFrenchImportTests
{
    private const string FileName = "A-RES-75-274.fra.res.md";

    private static ResolutionDocument Original() =>
        TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", FileName)).Document;

    [Fact]
    public void The_UN_text_comes_back_in_French()
    {
        var original = Original();

        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", UnTextRenderer.Render(original));

        var text = Assert.Single(result.Texts);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DraftingKit.Diagnostics.DraftingSeverity.Error);
        Assert.Equal(FileName, text.FileName);
        Assert.Equal("fr", text.Document.Header.Language.Code);
        Assert.Equal(CarriedModel.AsPlainText(original), CarriedModel.AsPlainTextAsRead(text.Document));
    }

    [Fact]
    public void The_text_in_a_PDFs_reading_order_opens_its_paragraphs_on_the_French_leads()
    {
        var original = Original();

        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", PdfTextLayer.Flow(original));

        var text = Assert.Single(result.Texts);
        Assert.Equal("fr", text.Document.Header.Language.Code);
        Assert.Equal(CarriedModel.AsPlainText(original), CarriedModel.AsPlainTextAsRead(text.Document));
    }

    [Theory]
    [InlineData("A/RES/75/274\nAssemblée générale\n\nL’Assemblée générale,\nRéaffirmant", "fr")]
    [InlineData("Le Conseil de sécurité,\n", "fr")]
    [InlineData("The General Assembly,\nRecalling", "en")]
    [InlineData("L’Assemblée générale, dans sa résolution 75/1, a rappelé les engagements pris lors de la session\nThe General Assembly,", "en")]
    [InlineData("No formula here", "en")]
    public void A_texts_language_is_its_first_formulas(string text, string code) =>
        Assert.Equal(code, FirstFormula.LanguageOf(text).Code);

    [Fact]
    public void The_Word_file_comes_back_in_French()
    {
        var original = Original();
        using var stream = new MemoryStream(DocxRenderer.Render(original));

        var result = UnDocumentImporter.ImportDocx("A-RES-75-274.fra.docx", stream);

        var text = Assert.Single(result.Texts);
        Assert.Equal(FileName, text.FileName);
        Assert.Equal("fr", text.Document.Header.Language.Code);
        Assert.Equal(CarriedModel.AsPlainText(original), CarriedModel.AsPlainTextAsRead(text.Document));
    }

    [Fact]
    public void The_AKN_file_comes_back_in_French()
    {
        var original = Original();

        var result = AknImporter.Import("A-RES-75-274.fra.xml", AknRenderer.Render(original));

        Assert.Equal("fr", result.Document.Header.Language.Code);
        Assert.Equal(CarriedModel.AsFormatted(original, linkTargets: false), CarriedModel.AsFormatted(result.Document, linkTargets: false));
    }

    [Fact]
    public void The_template_read_back_is_the_template_written()
    {
        var original = Original();

        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", UnTextRenderer.Render(original));
        var written = MarkdownRenderer.Render(result.Texts[0].Document);

        Assert.Contains("\nlanguage: fr\n", written, StringComparison.Ordinal);
        Assert.Contains("\nmeeting: 62e séance plénière\n", written, StringComparison.Ordinal);
        Assert.Contains("\nissued: 2021-04-29\n", written, StringComparison.Ordinal);
        Assert.Equal(CarriedModel.AsPlainTextAsRead(result.Texts[0].Document), CarriedModel.AsPlainTextAsRead(TemplateReader.Read(FileName, written).Document));
    }

    [Fact]
    public void A_French_cover_with_straight_apostrophes_and_no_break_spaces_is_read_the_same()
    {
        // As a keyboard or a PDF's text layer gives it: "l'ordre du jour", "28\u00A0avril 2021".
        var original = Original();
        var text = UnTextRenderer.Render(original).Replace('’', '\'').Replace("28 avril 2021", "28\u00A0avril 2021", StringComparison.Ordinal);

        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", text);

        var imported = Assert.Single(result.Texts).Document;
        Assert.Equal("fr", imported.Header.Language.Code);
        Assert.Equal(("14", 75, new UnDate(2021, 4, 28)), (imported.Header.AgendaItem, imported.Header.Session, imported.Header.Adopted));
    }

    [Theory]
    [InlineData("A-RES-75-1.res.md")]
    [InlineData("A-RES-76-300.res.md")]
    public void An_English_text_keeps_its_English_name_and_language(string name)
    {
        var english = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", name)).Document;

        var result = UnDocumentImporter.ImportText(name, UnTextRenderer.Render(english));

        var text = Assert.Single(result.Texts);
        Assert.Equal(name, text.FileName);
        Assert.True(text.Document.Header.Language.IsEnglish);
    }

    [Fact]
    public void The_French_leads_are_read_by_the_French_vocabulary()
    {
        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", UnTextRenderer.Render(Original()));

        // Every lead of the text is one the UN's French files use (french-*.tsv): none is unknown, and the longest ends where the UN's italics end.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0105");
        var leads = result.Texts[0].Document.Parts[0].Preamble.OfType<PreambularParagraph>().Select(p => p.Lead).ToList();
        Assert.Contains("Prenant note avec satisfaction", leads);
        Assert.Equal(new[] { "Décide", "Invite", "Souligne", "Prie" }, result.Texts[0].Document.Parts[0].OperativePart.OfType<OperativeParagraph>().Select(p => p.Lead));
    }

    [Fact]
    public void An_unknown_French_lead_is_still_reported()
    {
        // A later text's lead the one French file does not hold: its first word is the lead, and DK0105 says so.
        var text = UnTextRenderer.Render(Original()).Replace("Constatant que", "Considérant que", StringComparison.Ordinal);

        var result = UnDocumentImporter.ImportText("A-RES-75-274.fra.txt", text);

        Assert.Contains(result.Diagnostics, d => d.Id == "DK0105" && d.Message.Contains("'Considérant'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_French_draft_comes_back_with_its_sponsors_through_text_Word_and_AKN()
    {
        // A/75/L.81 as a draft in French: "Distr. limitée", the sponsors line "… : projet de résolution".
        var draft = TemplateReader.Read("A-75-L.81.fra.res.md", DraftTemplate()).Document;
        Assert.Contains("Argentine, Maroc et Qatar\u00A0: projet de résolution\n", UnTextRenderer.Render(draft), StringComparison.Ordinal);
        using var stream = new MemoryStream(DocxRenderer.Render(draft));

        foreach (var result in new[] { UnDocumentImporter.ImportText("A-75-L.81.txt", UnTextRenderer.Render(draft)), UnDocumentImporter.ImportDocx("A-75-L.81.docx", stream) })
        {
            var text = Assert.Single(result.Texts);
            Assert.Equal("A-75-L.81.fra.res.md", text.FileName);
            Assert.Equal(("fr", "Argentine, Maroc et Qatar"), (text.Document.Header.Language.Code, text.Document.Header.Sponsors));
            Assert.Equal(CarriedModel.AsPlainText(draft), CarriedModel.AsPlainTextAsRead(text.Document));
        }

        var akn = AknImporter.Import("A-75-L.81.xml", AknRenderer.Render(draft)).Document;
        Assert.Equal(("fr", "Argentine, Maroc et Qatar"), (akn.Header.Language.Code, akn.Header.Sponsors));
    }

    private static string DraftTemplate()
    {
        var adopted = File.ReadAllText(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", FileName));
        var body = adopted.Substring(adopted.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5);
        return "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsymbol: A/75/L.81\nsession: 75\nagenda-item: 14\n"
            + "distribution: limitée\nissued: 2021-04-20\nlanguage: fr\nsponsors: Argentine, Maroc et Qatar\ntitle: Journée internationale des femmes juges\n---\n" + body;
    }

    [Fact]
    public void A_French_draft_without_a_cover_is_French_by_its_formula()
    {
        // The French text's body alone, as a delegation drafts it before a symbol is given.
        var body = UnTextRenderer.Render(Original());
        var draft = body.Substring(body.IndexOf("L’Assemblée générale,", StringComparison.Ordinal));
        draft = draft.Substring(0, draft.IndexOf("62e séance plénière", StringComparison.Ordinal));

        var result = UnDocumentImporter.ImportText("projet.txt", draft);

        var text = Assert.Single(result.Texts);
        Assert.Equal("fr", text.Document.Header.Language.Code);
        Assert.Equal(Organ.GeneralAssembly, text.Document.Header.Organ);
        Assert.EndsWith(".fra.res.md", text.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_file_in_a_language_whose_words_the_project_lacks_takes_the_language_Word_declares()
    {
        // A text marked Spanish (es-ES) prints the English header words; Word's w:lang says what it is.
        var path = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "A-RES-75-1*.res.md").OrderBy(f => f, StringComparer.Ordinal).First();
        var spanish = TemplateReader.Read(path, File.ReadAllText(path).Replace("\nstatus: adopted\n", "\nstatus: adopted\nlanguage: es\n", StringComparison.Ordinal)).Document;
        Assert.Equal("es", spanish.Header.Language.Code);
        using var stream = new MemoryStream(DocxRenderer.Render(spanish));

        var result = UnDocumentImporter.ImportDocx(path, stream);

        var text = Assert.Single(result.Texts);
        Assert.Equal("es", text.Document.Header.Language.Code);
        Assert.EndsWith(".spa.res.md", text.FileName, StringComparison.Ordinal);
    }
}
