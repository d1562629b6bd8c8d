using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Issue 15: words in lower case that close an operative paragraph after its items, which the UN's file sets as a
/// paragraph of their own ("(g) Projected estimated costs …;" then "as well as the integrity of the Statute …", 75/253 B,
/// section II), belong to that paragraph: the AKN import, the template and the plain-text import read them alike.
/// </summary>
public sealed class ClosingWordsAfterItemsTests
{
    [SkippableFact]
    public void Lower_case_words_after_the_items_close_the_paragraph_they_belong_to()
    {
        var document = AknImporter.ImportFile(Require.AknFile("75", "75_253B_E.xml")).Document;

        var host = document.Parts.SelectMany(part => part.OperativePart).OfType<OperativeParagraph>()
            .Single(paragraph => paragraph.Subparagraphs.Any(item => item.Text.PlainText.StartsWith("Projected estimated costs", StringComparison.Ordinal)));
        // The ladder keeps lines without a label under the last labelled item, as the template writes them.
        var last = Flatten(host.Subparagraphs).Last();

        Assert.StartsWith("as well as the integrity of the Statute", last.Text.PlainText.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(ListStyle.Unlabelled, last.Style);
        Assert.DoesNotContain(document.Parts.SelectMany(part => part.OperativePart), block => block is TextParagraph text && text.Text.PlainText.TrimStart().StartsWith("as well as", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_paragraph_in_upper_case_after_items_stays_a_paragraph_of_its_own()
    {
        var document = AknImporter.ImportFile(Require.AknFile("75", "75_253B_E.xml")).Document;

        // Every item the import adds without a label opens in lower case: no capitalised paragraph is taken in.
        var unlabelled = document.Parts.SelectMany(part => part.OperativePart).OfType<OperativeParagraph>()
            .SelectMany(paragraph => Flatten(paragraph.Subparagraphs)).Where(item => item.Style == ListStyle.Unlabelled).ToList();
        Assert.NotEmpty(unlabelled);
        Assert.All(unlabelled, item => Assert.True(char.IsLower(item.Text.PlainText.TrimStart()[0]), item.Text.PlainText));
    }

    private static IEnumerable<Subparagraph> Flatten(IEnumerable<Subparagraph> items) =>
        items.SelectMany(item => new[] { item }.Concat(Flatten(item.Items)));
}
