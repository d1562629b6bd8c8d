using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A paragraph quoted whole under the colon that introduces it, in a PDF's reading order: it opens a paragraph of its own
/// by the lead inside its quotation mark, and its lines stay one paragraph (<see cref="QuotedParagraph"/>).
/// </summary>
public sealed class QuotedParagraphInReadingOrderTests
{
    /// <summary>S/RES/2733 (2024), paragraph 2, as pdftotext prints it.</summary>
    private const string Replaced = """
        The Security Council,
        2. Decides that paragraph 5 of resolution 2292 shall be replaced by the following:
        “Authorises all Member States, acting nationally or through regional organisations, to, and
        decides that all such Member States shall, upon discovery of items prohibited by paragraph 9
        or 10 of resolution 2292 (2016), seize and dispose of such items;”
        3. Decides that for the purposes of paragraph 5 of resolution 2292 (2016), the Member States
        may dispose of the items;
        """;

    [Fact]
    public void A_quotation_that_replaces_a_paragraph_opens_under_its_colon_and_stays_whole()
    {
        var paragraphs = Paragraphs(Replaced);

        Assert.Equal(4, paragraphs.Count);
        Assert.EndsWith("shall be replaced by the following:", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("“Authorises all Member States", paragraphs[2], StringComparison.Ordinal);
        Assert.EndsWith("seize and dispose of such items;”", paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_after_a_comma_is_its_sentences()
    {
        var paragraphs = Paragraphs(Replaced.Replace("by the following:", "by the following,", StringComparison.Ordinal));

        Assert.Equal(3, paragraphs.Count);
        Assert.Contains("by the following, “Authorises", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_title_under_a_colon_opens_no_paragraph()
    {
        // Words inside the quotation mark that open nothing (a title) go on the sentence the colon opened.
        var paragraphs = Paragraphs("""
            The Security Council,
            1. Welcomes the report of the Secretary-General entitled, as follows:
            “Our Common Agenda”, and takes note of its recommendations;
            """);

        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("as follows: “Our Common Agenda”", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_quoted_paragraph_is_a_paragraph_under_the_one_that_quotes_it()
    {
        var result = UnDocumentImporter.ImportText("2733.txt", "S/RES/2733 (2024)\n\nResolution 2733 (2024)\n\nAdopted by the Security Council at its 9663rd meeting, on 31 May 2024\n\n" + Replaced);
        var text = CarriedModel.AsPlainText(Assert.Single(result.Texts).Document);

        Assert.Contains("operative paragraph 2.: Decides that paragraph 5 of resolution 2292 shall be replaced by the following:\n    item Unlabelled -: “Authorises all Member States", text, StringComparison.Ordinal);
        Assert.Contains("operative paragraph 3.: Decides that for the purposes", text, StringComparison.Ordinal);
    }

    private static List<string> Paragraphs(string text) =>
        ReadingOrderParagraphs.Of(text, LeadVocabulary.Openers);
}
