using System;
using System.IO;
using System.Linq;
using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// A Security Council draft (S/2024/…) in the form of a draft, in every format (issue 16): the masthead with the
/// draft's symbol, the sponsors line "Albania, …: draft resolution", no number, no adoption line and no title, then
/// "The Security Council,"; printed as UN text and imported back, the sponsors line is read again.
/// </summary>
public sealed class CouncilDraftFormTests
{
    private const string Draft =
        "---\nkind: resolution\nstatus: draft\norgan: Security Council\nsymbol: S/2024/123\nsponsors: Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland\n"
        + "distribution: General\nissued: 2024-02-12\n---\n\n"
        + "*The Security Council*,\n\n*Recalling* its previous resolutions and the statements of its President on the subject,\n\n"
        + "1. *Requests* the Secretary-General to report to the Council on the implementation of this resolution within 90 days;\n\n"
        + "2. *Decides* to remain seized of the matter.\n";

    private const string SponsorsLine = "Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland: draft resolution";

    private static ResolutionDocument Read(string text)
    {
        var result = TemplateReader.Read("S-2024-123.res.md", text);
        Assert.Empty(result.Diagnostics);
        return result.Document;
    }

    [Fact]
    public void UN_text_prints_the_masthead_then_the_sponsors_line_and_no_adoption_line()
    {
        var text = UnTextRenderer.Render(Read(Draft));

        Assert.StartsWith("S/2024/123\nSecurity Council\nDistr.: General\n12 February 2024\n\n" + SponsorsLine + "\n\nThe Security Council,\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Adopted", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolution 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_and_Word_carry_the_sponsors_line()
    {
        var document = Read(Draft);

        Assert.Contains("<p class=\"draft-label sponsors\">" + SponsorsLine + "</p>", HtmlRenderer.Render(document), StringComparison.Ordinal);
        using var stream = new MemoryStream(DocxRenderer.Render(document));
        var imported = Assert.Single(UnDocumentImporter.ImportDocx("S-2024-123.docx", stream).Texts).Document;
        Assert.Equal(document.Header.Sponsors, imported.Header.Sponsors);
    }

    [Fact]
    public void Akoma_Ntoso_sets_the_sponsors_line_in_the_preface_and_stays_valid()
    {
        var xml = AknRenderer.Render(Read(Draft));

        Assert.Contains("<docProponent>Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland</docProponent>: <docStatus>draft resolution</docStatus>", xml, StringComparison.Ordinal);
        Assert.Empty(AknSchema.Validate(xml));
    }

    [Fact]
    public void Akoma_Ntoso_of_a_draft_imports_back_with_its_sponsors()
    {
        var council = Read(Draft);
        var assembly = Read(Draft.Replace("organ: Security Council", "organ: General Assembly").Replace("symbol: S/2024/123", "symbol: A/C.3/79/L.12\nsession: 79\ntitle: Promotion of a culture of peace")
            .Replace("*The Security Council*,", "*The General Assembly*,").Replace("the Council", "the Assembly").Replace(" this resolution", " the present resolution"));
        Assert.Equal("Promotion of a culture of peace", assembly.Header.Title);

        foreach (var document in new[] { council, assembly })
        {
            var result = AknImporter.Import("draft.xml", AknRenderer.Render(document));

            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DraftingKit.Diagnostics.DraftingSeverity.Error);
            Assert.Equal(document.Header.Sponsors, result.Document.Header.Sponsors);
            Assert.Equal(document.Header.Title, result.Document.Header.Title);
        }
    }

    [Fact]
    public void The_template_keeps_its_sponsors_when_written_again()
    {
        var document = Read(Draft);

        Assert.Equal(ModelDump.Write(document), ModelDump.Write(Read(MarkdownRenderer.Render(document))));
        Assert.Contains("sponsors: Albania, Ecuador,", ModelDump.Write(document), StringComparison.Ordinal);
        Assert.Contains("\nsponsors: \"Albania, Ecuador,", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_draft_imports_back_as_a_Council_draft_with_its_symbol_and_sponsors()
    {
        var result = UnDocumentImporter.ImportText("S-2024-123.txt", UnTextRenderer.Render(Read(Draft)));

        var imported = Assert.Single(result.Texts);
        Assert.Equal("S-2024-123.res.md", imported.FileName);
        var header = imported.Document.Header;
        Assert.Same(Organ.SecurityCouncil, header.Organ);
        Assert.Equal(DocumentStatus.Draft, header.Status);
        Assert.Equal("S/2024/123", header.Symbol);
        Assert.Equal("Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland", header.Sponsors);
        Assert.Null(header.Title);
        Assert.Equal(2, imported.Document.OperativeParagraphs().Count());
    }

    [Fact]
    public void A_draft_decision_names_itself_and_an_adopted_text_prints_no_sponsors()
    {
        var decision = Read(Draft.Replace("kind: resolution", "kind: decision"));
        Assert.Contains("Northern Ireland: draft decision\n", UnTextRenderer.Render(decision), StringComparison.Ordinal);

        var adopted = Read(Draft.Replace("symbol: S/2024/123", "symbol: S/RES/2722 (2024)").Replace("status: draft", "status: adopted\nnumber: 2722 (2024)\nadopted: 2024-02-12\nmeeting: 9527th meeting"));
        var text = UnTextRenderer.Render(adopted);
        Assert.DoesNotContain("draft resolution", text, StringComparison.Ordinal);
        Assert.Contains("Adopted by the Security Council at its 9527th meeting, on 12 February 2024", text, StringComparison.Ordinal);
    }
}
