using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Notes the UN marks with a symbol ("*" on an annex heading, S/RES/2713 (2023) three times; "†") come back from
/// plain text and Word as notes with their marks, each at the words it annotates, as the AKN importer reads them.
/// </summary>
public sealed class SymbolNoteImportTests
{
    private static readonly string Council2713 = RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates", "S-RES-2713-2023.res.md");

    public static TheoryData<string> Forms() => new() { "UN text", "Word", "<sup> markers after a rule line", "marks glued to the word" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Notes_marked_with_a_symbol_come_back_with_their_marks(string form)
    {
        var original = TemplateReader.ReadFile(Council2713).Document;

        var imported = Assert.Single(Import(original, form).Texts).Document;

        Assert.Equal(new[] { "1", "*", "*b", "*c" }, original.Footnotes.Select(note => note.Label));
        Assert.Equal(Notes(original), Notes(imported));
        Assert.Equal(References(original), References(imported));
    }

    [Fact]
    public void A_dagger_note_and_a_numbered_note_keep_their_places()
    {
        var template = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Strengthening of the coordination of emergency humanitarian assistance\n---\n\n"
            + "*The General Assembly*,\n\n*Recalling* its resolution 46/182 of 19 December 1991,[^1]\n\n"
            + "1. *Takes note* of the report of the Secretary-General;[^†]\n\n"
            + "2. *Requests* the Secretary-General to report to it at its next session.\n\n"
            + "[^1]: Resolution 46/182, annex.\n\n[^†]: Issued without formal editing.\n";
        var original = TemplateReader.Read("dagger.res.md", template).Document;

        foreach (var form in new[] { "UN text", "Word" })
        {
            var imported = Assert.Single(Import(original, form).Texts).Document;
            Assert.Equal(Notes(original), Notes(imported));
            Assert.Equal(References(original), References(imported));
        }
    }

    [Fact]
    public void A_mark_without_a_note_stays_text()
    {
        // The Council's lone "*" between parts, and an asterisk no note explains, are the text's own characters.
        var text = "The Security Council,\n\n*Recalling* its previous resolutions,\n\n1. *Decides* to remain seized of the matter.\n\n*\n\nA. Targeted sanctions\n\n2. *Decides* that the measures apply to rated items *\n";

        var document = Assert.Single(UnDocumentImporter.ImportText("council.txt", text).Texts).Document;

        Assert.Empty(document.Footnotes);
        Assert.Contains("rated items *", ModelDump.Write(document), StringComparison.Ordinal);
    }

    private static ImportResult Import(ResolutionDocument original, string form)
    {
        switch (form)
        {
            case "Word":
                using (var stream = new MemoryStream(DocxRenderer.Render(original)))
                {
                    return UnDocumentImporter.ImportDocx("text.docx", stream);
                }

            case "<sup> markers after a rule line":
                return UnDocumentImporter.ImportText("text.txt", WithRule(Sup(UnTextRenderer.Render(original))));
            case "marks glued to the word":
                return UnDocumentImporter.ImportText("text.txt", UnTextRenderer.Render(original).Replace(" *\n", "*\n", StringComparison.Ordinal).Replace(" †", "†", StringComparison.Ordinal));
            default:
                return UnDocumentImporter.ImportText("text.txt", UnTextRenderer.Render(original));
        }
    }

    /// <summary>UN text with its markers and note numbers as &lt;sup&gt; (a symbol's too), as some extractions give them.</summary>
    private static string Sup(string text)
    {
        var lines = text.Split('\n').Select(line =>
        {
            if (line.StartsWith("¹ ", StringComparison.Ordinal))
            {
                return "<sup>1</sup> " + line.Substring(2);
            }

            if (line.StartsWith("* ", StringComparison.Ordinal))
            {
                return "<sup>*</sup> " + line.Substring(2);
            }

            return line.Replace("¹", "<sup>1</sup>", StringComparison.Ordinal).Replace(" *", "<sup>*</sup>", StringComparison.Ordinal);
        });
        return string.Join("\n", lines);
    }

    /// <summary>A rule line before the first note, as a PDF's text layer prints the notes.</summary>
    private static string WithRule(string text)
    {
        var at = text.IndexOf("\n<sup>1</sup> ", StringComparison.Ordinal);
        return text.Substring(0, at + 1) + "__________________\n" + text.Substring(at + 1);
    }

    private static List<string> Notes(ResolutionDocument document) =>
        FootnoteNumbering.For(document).Ordered.Select(note => (FootnoteMark.Of(note.Label) ?? "#") + " " + note.Text.PlainText).ToList();

    private static List<string> References(ResolutionDocument document) =>
        DocumentText.InReadingOrder(document).SelectMany(text => text.FootnoteReferences()).Select(reference => FootnoteMark.Of(reference.Label) ?? "#").ToList();
}
