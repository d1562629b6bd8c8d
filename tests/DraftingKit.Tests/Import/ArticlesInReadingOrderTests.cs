using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A treaty's articles in a PDF's reading order: the designation alone on its line, the article's short title under
/// it or none, then prose that no lead or number opens ("Article 1" / "Purpose" / "This Convention governs …",
/// A/RES/77/100; "Article 6" / "The date of receipt …", A/RES/76/120; an agreement's articles, A/RES/75/257 B). The
/// templates set the designation and the title as two headings and the prose as the text under them.
/// </summary>
public sealed class ArticlesInReadingOrderTests
{
    [Fact]
    public void An_articles_designation_and_title_stand_over_its_prose()
    {
        // A/RES/77/100: the convention's preamble closes in the annex, then its first two articles.
        var paragraphs = Paragraphs("""
            The General Assembly,
            Recalling its resolution 2205 (XXI) of 17 December 1966,
            1.

            Adopts the United Nations Convention on the International Effects of Judicial Sales of
            Ships, contained in the annex to the present resolution;
            Annex
            United Nations Convention on the International Effects of Judicial Sales of Ships
            The States Parties to this Convention,
            Reaffirming their belief that international trade on the basis of equality and mutual
            benefit is an important element in promoting friendly relations among States,
            Have agreed as follows:
            Article 1
            Purpose
            This Convention governs the international effects of a judicial sale of a ship that
            confers clean title on the purchaser.
            Article 2
            Definitions
            For the purposes of this Convention:
            """);

        Assert.Equal(
            new[]
            {
                "Have agreed as follows:",
                "Article 1",
                "Purpose",
                "This Convention governs the international effects of a judicial sale of a ship that confers clean title on the purchaser.",
                "Article 2",
                "Definitions",
                "For the purposes of this Convention:",
            },
            paragraphs.SkipWhile(paragraph => paragraph != "Have agreed as follows:"));
    }

    [Fact]
    public void An_article_without_a_title_stands_over_its_prose()
    {
        // A/RES/76/120, annex: the regulations' articles 5 to 7 carry no title.
        var paragraphs = Paragraphs("""
            The General Assembly,
            Recalling its resolution 97 (I) of 14 December 1946,
            1.

            Decides to amend the regulations to give effect to Article 102 of the Charter as follows:
            Article 5
            The requirements set forth in this article shall also apply to subsequent actions
            submitted pursuant to article 2 of these regulations.
            Article 6
            The date of receipt by the Secretariat of the United Nations of the treaty or
            international agreement registered shall be deemed to be the date of registration.
            Article 7
            A certificate of registration signed by the Secretary-General shall be issued to the
            registering party.
            """);

        Assert.Equal(
            new[]
            {
                "Article 6",
                "The date of receipt by the Secretariat of the United Nations of the treaty or international agreement registered shall be deemed to be the date of registration.",
                "Article 7",
                "A certificate of registration signed by the Secretary-General shall be issued to the registering party.",
            },
            paragraphs.SkipWhile(paragraph => paragraph != "Article 6"));
    }

    [Fact]
    public void A_short_line_over_prose_with_no_designation_above_it_goes_on()
    {
        // The lines of A/RES/75/257 B's articles 3 and 4 without their designations: "Archives" and "Approval" alone say
        // nothing of a heading, for no lead or number opens the prose under them. The short line "… materials." that
        // ends a sentence with room to spare ends its paragraph (ParagraphLastLine); "Approval" goes on the prose below.
        var paragraphs = Paragraphs("""
            The General Assembly,
            Recalling its resolution 57/228 B of 13 May 2003,
            1.

            Approves the draft addendum, as follows:
            Archives
            Upon the completion of the residual functions, the United Nations shall receive a
            complete set of classified documents and materials.
            Approval
            To be binding on the parties, the present Addendum must be approved by the General
            Assembly of the United Nations.
            """);

        Assert.Equal(4, paragraphs.Count);
        Assert.Equal("1. Approves the draft addendum, as follows: Archives Upon the completion of the residual functions, the United Nations shall receive a complete set of classified documents and materials.", paragraphs[2]);
        Assert.Equal("Approval To be binding on the parties, the present Addendum must be approved by the General Assembly of the United Nations.", paragraphs[3]);
    }

    [Fact]
    public void A_designation_inside_a_sentence_goes_on_it()
    {
        // "Article 4" after a line that ended no unit is the sentence's words, though its title-like line follows.
        var paragraphs = Paragraphs("""
            The General Assembly,
            Recalling its resolution 57/228 B of 13 May 2003,
            Decides that the residual functions are those set out in
            Article 4
            Approval of the Addendum, as annexed to the present resolution.
            """);

        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("Decides that the residual functions are those set out in Article 4 Approval of the Addendum, as annexed to the present resolution.", paragraphs[2]);
    }

    [Fact]
    public void Regulations_with_designations_over_prose_come_back_whole_from_the_reading_order()
    {
        // A/RES/76/120: articles with and without titles. (A/RES/77/262's "Section 11" after a page's foot is
        // SectionAfterPageFootTests'; the text as a whole holds a table, which no reading order brings back.)
        const string file = "A-RES-76-120.res.md";
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", file)).Document;

        var imported = Assert.Single(UnDocumentImporter.ImportText(file, PdfTextLayer.Flow(original)).Texts).Document;

        Assert.Equal(CarriedModel.AsPlainText(original), CarriedModel.AsPlainTextAsRead(imported));
    }

    [Fact]
    public void An_articles_designation_after_the_pages_foot_stays_a_heading()
    {
        // A/RES/75/257 B: article 3 ends at the foot of a page on a full line, "Article 4" opens the next page's text.
        var original = TemplateReader.ReadFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-75-257-B.res.md")).Document;

        var imported = Assert.Single(UnDocumentImporter.ImportText("A-RES-75-257-B.txt", PdfTextLayer.Flow(original)).Texts).Document;

        var headings = imported.Annexes.SelectMany(annex => annex.Blocks).OfType<Heading>().Select(heading => heading.Text.PlainText.Trim()).ToList();
        Assert.Equal(new[] { "Article 1", "Transitional Arrangements", "Article 2", "Residual Functions", "Article 3", "Archives", "Article 4", "Approval", "Article 5" }, headings.SkipWhile(heading => heading != "Article 1").Take(9));
        Assert.DoesNotContain(imported.Annexes.SelectMany(annex => annex.Blocks).OfType<TextParagraph>(), paragraph => paragraph.Text.PlainText.TrimEnd().EndsWith("Article 4", StringComparison.Ordinal));
    }

    private static List<string> Paragraphs(string text) =>
        ReadingOrderParagraphs.Of(text, LeadVocabulary.Openers);
}
