using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A printed mark ("a.", "b.") under an annex's paragraph that ends with a colon opens that paragraph's item, as in the
/// operative part: S/RES/2551 (2020), annex C, as pdftotext's reading order gives it.
/// </summary>
public sealed class AnnexPrintedMarkTests
{
    private const string Text = """
        S/RES/2551 (2020)
        Security Council
        Distr.: General
        12 November 2020

        Resolution 2551 (2020)
        Adopted by the Security Council at its 8775th meeting, on 12 November 2020
        The Security Council,
        Reaffirming its respect for the sovereignty, territorial integrity, political independence
        and unity of Somalia,
        1.

        Decides to remain seized of the matter.

        1/2

        \fS/RES/2551 (2020)

        Annex C
        Improvised Explosive Devices (IED) Components
        Part I
        1.

        Explosive materials, as follows, and mixtures containing one or more thereof:
        a. Nitrocellulose (containing more than 12.5% nitrogen w/w);
        b. Trinitrophenylmethylnitramine (tetryl);
        c. Nitroglycerin (except when packaged/prepared in individual medicinal doses)
        2.

        Explosive-related goods:
        a. Equipment and devices specially designed to initiate explosives by electrical or
        non-electrical means (e.g. firing sets, detonators, igniters, detonating chord).
        3.

        “Technology” required for the “production” or “use” of the items listed at paras. 1 & 2.

        2/2

        """;

    [Fact]
    public void Marks_under_an_annex_paragraph_that_ends_with_a_colon_are_its_items()
    {
        var paragraphs = Paragraphs(Text);

        Assert.Equal(new[] { "1", "2", "3" }, paragraphs.Select(paragraph => paragraph.Label).ToArray());
        Assert.Equal(
            new[] { "a. Nitrocellulose (containing more than 12.5% nitrogen w/w);", "b. Trinitrophenylmethylnitramine (tetryl);", "c. Nitroglycerin (except when packaged/prepared in individual medicinal doses)" },
            paragraphs[0].Subparagraphs.Select(item => item.Text.PlainText).ToArray());
        Assert.StartsWith("a. Equipment and devices", Assert.Single(paragraphs[1].Subparagraphs).Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_under_an_annex_paragraph_that_closed_its_sentence_stands_apart()
    {
        var paragraphs = Paragraphs(Text.Replace("one or more thereof:", "one or more thereof.", StringComparison.Ordinal));

        Assert.Empty(paragraphs[0].Subparagraphs);
        Assert.Contains(Texts(Text.Replace("one or more thereof:", "one or more thereof.", StringComparison.Ordinal)), text => text.StartsWith("a. Nitrocellulose", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mark_under_a_heading_stands_apart()
    {
        var text = Text.Replace("Explosive-related goods:", "Explosive-related goods:\nPart II", StringComparison.Ordinal);

        // The heading closes the paragraph before it: the mark under it is no item of that paragraph.
        Assert.Empty(Paragraphs(text)[1].Subparagraphs);
    }

    private static List<TextParagraph> Paragraphs(string text) => Blocks(text).OfType<TextParagraph>().ToList();

    /// <summary>The words of each of the annex's headings and paragraphs, in order.</summary>
    private static List<string> Texts(string text) =>
        Blocks(text).Select(block => block switch { Heading heading => heading.Text.PlainText, TextParagraph paragraph => paragraph.Text.PlainText, _ => string.Empty }).ToList();

    private static EquatableArray<BodyBlock> Blocks(string text)
    {
        var document = Assert.Single(UnDocumentImporter.ImportText("S-RES-2551.txt", text).Texts).Document;
        return Assert.Single(document.Annexes).Blocks;
    }
}
