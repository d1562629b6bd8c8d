using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: an annex's title in a PDF's reading order ends where a formula, the organ's or the adopted text's own
/// ("The States Parties to this Convention,", A/RES/77/100; "We, ministers …"), a lead, or a line that opens a unit by
/// its first word ("The 2030 horizon for road safety: …", A/RES/76/294) stands under it, though the title's line was
/// full; a title that goes on in lower case or after an open word stays one title.
/// </summary>
public sealed class AnnexTitleOverFormulaTests
{
    private static List<string> Paragraphs(params string[] annex) =>
        FlowingText.Paragraphs(
            string.Join("\n", new[]
            {
                "77/100.", string.Empty, "United Nations Convention on the International Effects of Judicial Sales of Ships", "The General Assembly,",
                "Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission",
                "on International Trade Law with a mandate to further the progressive harmonization and unification of the law,",
                "Noting that the preparation of the draft convention was the subject of due deliberation in the Commission and",
                "that the draft convention benefited from consultations with Governments and interested organizations,", "1.", string.Empty,
                "Adopts the United Nations Convention on the International Effects of Judicial Sales of Ships, contained in the",
                "annex to the present resolution.", "47th plenary meeting", "7 December 2022",
            }.Concat(annex)),
            LeadVocabulary.Openers)
        .Split("\n\n")
        .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Replace("\f", string.Empty).Trim()).Where(line => line.Length > 0)))
        .Where(block => block.Length > 0)
        .ToList();

    [Fact]
    public void A_treatys_formula_under_a_full_title_line_ends_the_title()
    {
        var paragraphs = Paragraphs(
            "Annex", "United Nations Convention on the International Effects of Judicial Sales of Ships", "The States Parties to this Convention,",
            "Reaffirming their belief that international trade on the basis of equality and mutual benefit is an important",
            "element in promoting friendly relations among States,", "Have agreed as follows:");

        Assert.Contains("United Nations Convention on the International Effects of Judicial Sales of Ships", paragraphs.Skip(1));
        Assert.Contains("The States Parties to this Convention,", paragraphs);
        Assert.Contains("Have agreed as follows:", paragraphs);
    }

    [Fact]
    public void A_heading_that_opens_by_its_first_word_under_a_full_title_line_stands_apart()
    {
        var paragraphs = Paragraphs(
            "Annex", "Political declaration of the high-level meeting on improving global road safety and for all",
            "The 2030 horizon for road safety: securing a decade of action and delivery",
            "We, ministers and other representatives of States and Governments, assembled at the United Nations on 30 June",
            "and 1 July 2022, for a high-level meeting with a dedicated focus on improving global road safety:");

        Assert.Contains("Political declaration of the high-level meeting on improving global road safety and for all", paragraphs);
        Assert.Contains("The 2030 horizon for road safety: securing a decade of action and delivery", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("We, ministers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_that_goes_on_after_an_open_word_stays_one_title()
    {
        var paragraphs = Paragraphs(
            "Annex", "Political declaration of the high-level meeting on the implementation of the obligations of",
            "The Hague Convention on the Civil Aspects of International Child Abduction",
            "We, Heads of State and Government, assembled at the United Nations on 30 June 2022,");

        Assert.Contains("Political declaration of the high-level meeting on the implementation of the obligations of The Hague Convention on the Civil Aspects of International Child Abduction", paragraphs);
    }

    [Theory]
    [InlineData("The States Parties to this Convention,", true)]
    [InlineData("The High Contracting Parties to the present Protocol,", true)]
    [InlineData("We, the Heads of State and Government,", true)]
    [InlineData("Have agreed as follows:", true)]
    [InlineData("The States Parties to the dispute are invited", false)]
    [InlineData("Have agreed as follows to the terms", false)]
    public void An_adopted_texts_formula_is_told_by_its_words(string line, bool formula) => Assert.Equal(formula, AdoptedTextFormula.Opens(line));

    [Fact]
    public void A_roman_numeral_a_line_broke_from_its_reference_is_no_oath()
    {
        Assert.True(AdoptedTextFormula.Opens("I, [name], solemnly swear"));
        Assert.False(AdoptedTextFormula.OpensLine("I, resolution 1, annex."));
        Assert.True(AdoptedTextFormula.OpensLine("We, the peoples of the United Nations,"));
    }
}
