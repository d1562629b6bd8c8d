using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A heading that ends in a colon over the numbered paragraphs it introduces, after bulleted targets that closed their
/// sentence ("• Provide food and emergency assistance everywhere to those in need." / "We commit to taking the following
/// actions:" / "39. We will reinforce …", A/RES/76/258), which the UN's file sets as a subheading; after a comma the
/// same shape closes a declaration's preamble and is its text ("Declare the following:", A/RES/76/181).
/// </summary>
public sealed class ColonHeadingImportTests
{
    private const string Header =
        "A/RES/76/258\nGeneral Assembly\nDistr.: General\n1 April 2022\n\nSeventy-sixth session\n\n"
        + "Resolution adopted by the General Assembly on 1 April 2022\n\n";

    /// <summary>A/RES/76/258's annex with blank lines between its paragraphs; <paramref name="before"/> is the paragraph over the heading.</summary>
    private static List<BodyBlock> Annex(string before)
    {
        var text = Header + string.Join("\n\n", new[]
        {
            "76/258. Doha Programme of Action for the Least Developed Countries",
            "The General Assembly,",
            "Recalling its resolution 75/227 of 21 December 2020,",
            "1. Endorses the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031, as contained in the annex to the present resolution.",
            "Annex",
            "Doha Programme of Action for the Least Developed Countries",
            "38. Limited social protection exacerbates vulnerabilities across all dimensions of human development in least developed countries.",
            before,
            "We commit to taking the following actions:",
            "39. We will reinforce social protection policies and programmes that are risk-informed.",
        }) + "\n";
        var result = UnDocumentImporter.ImportText("A-RES-76-258.txt", text);
        return Assert.Single(Assert.Single(result.Texts).Document.Annexes).Blocks.ToList();
    }

    private static string Shape(BodyBlock block) => block switch
    {
        Heading heading => "heading: " + heading.Text.PlainText.Trim(),
        TextParagraph paragraph => "text" + (paragraph.Label is null ? string.Empty : " " + paragraph.Label) + ": " + paragraph.Text.PlainText.Trim(),
        _ => block.GetType().Name,
    };

    [Fact]
    public void A_colon_heading_after_a_closed_sentence_heads_the_numbered_paragraphs()
    {
        var blocks = Annex("• Provide food and emergency assistance everywhere to those in need.").Select(Shape).ToList();

        Assert.Equal("heading: We commit to taking the following actions:", blocks[2]);
        Assert.StartsWith("text 39: We will reinforce", blocks[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_line_after_a_comma_closes_a_preambles_sentence_and_is_text()
    {
        // A/RES/76/181: "Recognizing …," then "Declare the following:" over "1. We express …".
        var blocks = Annex("Recognizing the need to build upon the progress made since the Thirteenth Congress,").Select(Shape).ToList();

        Assert.Equal("text: We commit to taking the following actions:", blocks[2]);
    }

    [Fact]
    public void A_colon_line_over_lettered_items_stays_text()
    {
        // A/RES/77/100, article 2: "For the purposes of this Convention:" over "(a) …" introduces items, no paragraphs.
        var text = Header + string.Join("\n\n", new[]
        {
            "76/258. Doha Programme of Action for the Least Developed Countries",
            "The General Assembly,",
            "Recalling its resolution 75/227 of 21 December 2020,",
            "1. Endorses the Doha Programme of Action, as contained in the annex to the present resolution.",
            "Annex",
            "Doha Programme of Action for the Least Developed Countries",
            "38. Limited social protection exacerbates vulnerabilities in least developed countries.",
            "For the purposes of this Programme:",
            "(a) “Graduation” means the departure of a country from the category;",
        }) + "\n";

        var blocks = Assert.Single(UnDocumentImporter.ImportText("A-RES-76-258.txt", text).Texts).Document.Annexes[0].Blocks;

        Assert.DoesNotContain(blocks, block => block is Heading);
    }

    /// <summary>The same lines in a PDF's reading order: the bullet's last line, short, ended its paragraph.</summary>
    private const string ReadingOrder = """
        The General Assembly,
        Recalling its resolution 75/227 of 21 December 2020 on the Fifth United Nations Conference,
        1.

        Endorses the Doha Programme of Action for the Least Developed Countries for the Decade
        2022–2031, as contained in the annex to the present resolution;
        2.

        Limited social protection exacerbates vulnerabilities across all dimensions of human
        development in least developed countries and constitutes a major obstacle to economic,
        environmental and social development.
        • Urge the international community to join forces to have children return to school in the
        wake of COVID-19 and ensure 12 years of safe and quality education for all children,
        specifically girls.
        We commit to taking the following actions:
        3.

        We commit to supporting least developed countries and providing financing to strengthen
        national inclusive and efficient education systems.
        """;

    [Fact]
    public void In_reading_order_the_colon_heading_under_a_short_sentences_end_stands_apart()
    {
        var paragraphs = Paragraphs(ReadingOrder);

        Assert.Contains("We commit to taking the following actions:", paragraphs);
        Assert.Contains("• Urge the international community to join forces to have children return to school in the wake of COVID-19 and ensure 12 years of safe and quality education for all children, specifically girls.", paragraphs);
    }

    [Fact]
    public void In_reading_order_a_colon_sentence_under_a_full_line_goes_on_its_paragraph()
    {
        // The sentence above ends on a full line: the page's width, not the writer, ended that line, so the colon's
        // sentence is the paragraph's own ("… to those in need." / "The Conference adopted the following:").
        var paragraphs = Paragraphs(ReadingOrder.Replace(
            "• Urge the international community to join forces to have children return to school in the\nwake of COVID-19 and ensure 12 years of safe and quality education for all children,\nspecifically girls.\n",
            "• Urge the international community to join forces to have children return to school in the\nwake of COVID-19 and ensure safe and quality education for all children, specifically girls.\n",
            StringComparison.Ordinal));

        Assert.DoesNotContain("We commit to taking the following actions:", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("specifically girls. We commit to taking the following actions:", StringComparison.Ordinal));
    }

    private static List<string> Paragraphs(string text) =>
        ReadingOrderParagraphs.Of(text, LeadVocabulary.Openers);
}
