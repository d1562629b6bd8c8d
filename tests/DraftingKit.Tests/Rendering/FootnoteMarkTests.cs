using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Notes the UN marks with a symbol ("*") instead of a number: the mark is kept from the UN's XML, takes no number,
/// and prints as the UN prints it in every output. The judge is the UN's own file: every note whose marker there is
/// not a number, in any file of the corpus (found by that rule, never by name).
/// </summary>
public sealed class FootnoteMarkTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private const string Template = "The Security Council,\n\n*Recalling* its resolution,[^1]\n\n1. *Decides* to act,[^2] as set out in the annex.\n\n# Annex A\n\n## Items subject to notification [^*]\n\n1. Explosives.[^3]\n\n## Part II [^*b]\n\n1. Detonators.\n\n[^1]: S/RES/2662 (2022).\n\n[^2]: S/2023/1.\n\n[^3]: As listed.\n\n[^*]: Not applicable to the Government.\n\n[^*b]: To be notified in advance.\n";

    [Fact]
    public void A_note_marked_with_a_symbol_takes_no_number_and_the_numbers_run_on_without_it()
    {
        var document = TemplateReader.Read("t.res.md", Template).Document;
        var numbering = FootnoteNumbering.For(document);

        Assert.Equal(new[] { "1", "2", "*", "3", "*" }, numbering.Ordered.Select(note => numbering.Printed(note.Label)));
        Assert.Equal(3, numbering.Count);
        Assert.True(numbering.HasMarks);
        Assert.Null(numbering.NumberOf("*b"));
    }

    [Fact]
    public void The_UN_text_prints_the_mark_where_a_number_would_stand()
    {
        var text = UnTextRenderer.Render(TemplateReader.Read("t.res.md", Template).Document);

        Assert.Contains("Items subject to notification *", text, StringComparison.Ordinal);
        Assert.Contains("Explosives.³", text, StringComparison.Ordinal);
        Assert.Contains("\n* Not applicable to the Government.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n* To be notified in advance.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n³ As listed.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_links_each_marked_note_both_ways_and_shows_its_mark()
    {
        var html = HtmlRenderer.Render(TemplateReader.Read("t.res.md", Template).Document);

        Assert.Contains("<a class=\"footnote-ref\" id=\"fnref-*b\" href=\"#fn-*b\" role=\"doc-noteref\" aria-label=\"Footnote *\">*</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn-*b\" data-mark=\"*\">", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn-3\" value=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fnref-*b\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_writes_every_mark_out_and_hides_the_label_LibreOffice_would_add()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(TemplateReader.Read("t.res.md", Template).Document)), false);
        var main = package.MainDocumentPart!;
        var marks = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>()
            .Select(reference => (reference.CustomMarkFollows?.Value ?? false, reference.Parent!.InnerText))
            .ToList();
        var notes = main.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Where(note => note.Id!.Value > 0)
            .Select(note => note.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().First().InnerText)
            .ToList();

        Assert.Equal(new[] { (true, "1"), (true, "2"), (true, "*"), (true, "3"), (true, "*") }, marks);
        Assert.Equal(new[] { "1", "2", "*", "3", "*" }, notes);
        Assert.Contains(main.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>(), style => style.StyleName?.Val == "Footnote Characters");
    }

    [Fact]
    public void A_text_without_marks_keeps_Words_own_count_and_LibreOffices_label()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(TemplateReader.Read("t.res.md", "The Security Council,\n\n1. *Decides* to act.[^1]\n\n[^1]: S/2023/1.\n").Document)), false);
        var main = package.MainDocumentPart!;

        Assert.All(main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>(), reference => Assert.Null(reference.CustomMarkFollows));
        Assert.DoesNotContain(main.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>(), style => style.StyleName?.Val == "Footnote Characters");
    }

    [Fact]
    public void The_template_writes_the_marked_labels_back_and_reads_the_same_model()
    {
        var document = TemplateReader.Read("t.res.md", Template).Document;
        var written = MarkdownRenderer.Render(document);
        var again = TemplateReader.Read("t.res.md", written);

        Assert.Contains("[^*b]: To be notified in advance.", written, StringComparison.Ordinal);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(ModelDump.Write(document), ModelDump.Write(again.Document));
    }

    [Fact]
    public void Numbering_rule_reads_past_marked_notes()
    {
        var slipped = Template.Replace("[^3]", "[^4]", StringComparison.Ordinal);

        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template), finding => finding.Id == "DK4001");
        Assert.Contains(DraftingLinter.Lint("t.res.md", slipped), finding => finding.Id == "DK4001");
    }

    [SkippableFact]
    public void Every_note_the_UN_marks_with_a_symbol_keeps_its_mark_through_import_and_rendering()
    {
        var checkedNotes = 0;
        foreach (var (file, marks) in MarkedNotes())
        {
            var result = AknImporter.ImportFile(file);
            var document = result.Document;
            var numbering = FootnoteNumbering.For(document);
            var name = Path.GetFileName(file);

            // The marks in print order are the UN's, each on the note with the UN's text.
            var printed = numbering.Ordered.Where(note => FootnoteMark.Of(note.Label) is not null)
                .Select(note => (numbering.Printed(note.Label), Words(UnTextRenderer.Inline(note.Text, numbering))))
                .ToList();
            Assert.True(marks.SequenceEqual(printed), $"{name}: the UN marks {string.Join(", ", marks.Select(m => m.Mark + " '" + m.Words + "'"))}; the import prints {string.Join(", ", printed.Select(m => m.Item1 + " '" + m.Item2 + "'"))}");

            // The UN text prints each at the foot with its mark, and the template reads back with the same marks.
            var text = UnTextRenderer.Render(document);
            foreach (var (mark, words) in marks)
            {
                Assert.Matches("\n" + Regex.Escape(mark) + " " + Regex.Escape(words.Split(' ')[0]), text);
            }

            // The AKN export gives every note the UN's marker, the symbols included.
            var exported = XDocument.Parse(AknRenderer.Render(document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))).Descendants(Akn + "authorialNote").Select(n => (string?)n.Attribute("marker")).ToList();
            var theirs = XDocument.Load(file).Descendants(Akn + "authorialNote").Select(n => ((string?)n.Attribute("marker"))?.Trim()).ToList();
            Assert.Equal(theirs, exported);

            var again = TemplateReader.Read(name, MarkdownRenderer.Render(document)).Document;
            Assert.Equal(document.Footnotes.Select(note => note.Label), again.Footnotes.Select(note => note.Label));
            checkedNotes += marks.Count;
        }

        Assert.True(checkedNotes > 0, "the corpus holds no note the UN marks with a symbol");
    }

    /// <summary>Each corpus file (Assembly and Council) with a note whose marker is not a number, and those notes.</summary>
    private static IEnumerable<(string File, List<(string Mark, string Words)> Marks)> MarkedNotes()
    {
        var corpus = Require.CorpusFolder("akn4un");
        foreach (var file in Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var marks = XDocument.Load(file).Descendants(Akn + "authorialNote")
                .Select(note => (Mark: ((string?)note.Attribute("marker") ?? string.Empty).Trim(), Words: Words(note.Value)))
                .Where(note => note.Mark.Length > 0 && FootnoteMark.Of(note.Mark) == note.Mark)
                .ToList();
            if (marks.Count > 0)
            {
                yield return (file, marks);
            }
        }
    }

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
