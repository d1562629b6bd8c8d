using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftingKit.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// <c>w:iCs</c> and <c>w:bCs</c> format the characters of complex scripts only (<see cref="WordRunFormat"/>): a run
/// marked right-to-left or complex script (<c>w:rtl</c>, <c>w:cs</c>) wholly, any other run for its Arabic letters;
/// <c>w:i</c> and <c>w:b</c> the others. Texts of the Arabic and English versions of resolution 74/177.
/// </summary>
public sealed class WordComplexScriptTests
{
    private const string Recalling = "إذ تشير إلى قرارها 74/177";

    [Fact]
    public void Complex_script_italics_do_not_italicize_latin_words()
    {
        var text = Read(new W.Paragraph(Run("Recalling", new W.ItalicComplexScript()), Run(" its resolution 74/177 of 18 December 2019,")));

        Assert.Contains("Recalling its resolution 74/177", text);
        Assert.DoesNotContain("*", text);
    }

    [Fact]
    public void A_right_to_left_run_prints_in_italics_by_its_complex_script_italics_only()
    {
        var text = Read(
            new W.Paragraph(Run(Recalling, new W.RightToLeftText(), new W.ItalicComplexScript())),
            new W.Paragraph(Run("تؤكد من جديد", new W.RightToLeftText(), new W.Italic())),
            new W.Paragraph(Run("تطلب إلى الأمين العام", new W.Italic(), new W.ItalicComplexScript())));

        Assert.Contains("*" + Recalling + "*", text);
        Assert.Contains("\n\nتؤكد من جديد\n\n", text);
        Assert.Contains("*تطلب إلى الأمين العام*", text);
    }

    /// <summary>A run not marked complex script, of Latin and Arabic words, italicizes each by its own property; the space between keeps the italics it stands in.</summary>
    [Fact]
    public void A_run_of_both_scripts_italicizes_each_by_its_own_property()
    {
        var text = Read(new W.Paragraph(Run("Reaffirming تؤكد من جديد", new W.Italic())));

        Assert.Contains("*Reaffirming* تؤكد من جديد", text);
    }

    [Fact]
    public void Complex_script_italics_and_bold_come_from_a_character_style_too()
    {
        using var stream = new MemoryStream(WordFieldNumbersTests.Build(
            new W.Styles(new W.Style(new W.StyleName { Val = "Lead" }, new W.StyleRunProperties(new W.ItalicComplexScript(), new W.BoldComplexScript())) { Type = W.StyleValues.Character, StyleId = "Lead" }),
            new W.Paragraph(new W.Run(new W.RunProperties(new W.RunStyle { Val = "Lead" }, new W.RightToLeftText()), new W.Text(Recalling)), Run(" of 18 December 2019", null)),
            new W.Paragraph(new W.Run(new W.RunProperties(new W.RunStyle { Val = "Lead" }), new W.Text("Recalling")))));
        using var word = WordprocessingDocument.Open(stream, false);
        var format = new WordRunFormat(word.MainDocumentPart);
        var runs = word.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().ToList();

        var arabic = format.Of(runs[0]);
        var latin = format.Of(runs[2]);

        Assert.True(arabic.ComplexScript && arabic.ItalicComplexScript && arabic.BoldComplexScript);
        Assert.True(arabic.ItalicOf('إ'));
        Assert.False(latin.ItalicOf('R'));
        Assert.False(latin.Bold);
        Assert.True(latin.ItalicOf('ت'));
    }

    private static string Read(params OpenXmlElement[] paragraphs) => WordFieldNumbersTests.Read(paragraphs);

    private static W.Run Run(string text, params OpenXmlElement[]? properties)
    {
        var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (properties is { Length: > 0 })
        {
            run.PrependChild(new W.RunProperties(properties));
        }

        return run;
    }
}
