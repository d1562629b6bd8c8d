using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Lines that stand on their own in a text read in reading order whatever their words: a part's designation and its
/// title (77/128 A–B), a section's numeral and its title, a heading over a numbered paragraph (S/RES/2746 (2024)).
/// </summary>
public sealed class DesignationsInReadingOrderTests
{
    /// <summary>The opening of A/RES/77/128 A–B as the reading order gives it.</summary>
    private const string Parts = """
        Questions relating to information
        A
        Information in the service of humanity
        The General Assembly,
        Taking note of the comprehensive and important report of the Committee on
        Information,1
        Taking note also of the report of the Secretary-General,2
        Urges all countries to ensure the diversity of sources;
        """;

    [Fact]
    public void A_parts_letter_stands_apart_from_the_title_above_and_its_own_title_below()
    {
        var paragraphs = Paragraphs(Parts);

        Assert.Equal(new[] { "Questions relating to information", "A", "Information in the service of humanity", "The General Assembly," }, paragraphs.Take(4));
    }

    [Fact]
    public void A_lone_capital_with_no_formula_below_goes_on_its_sentence()
    {
        // Without a formula below, "A" is no part's designation: the line goes on the title above it.
        var paragraphs = Paragraphs(Parts.Replace("The General Assembly,\n", string.Empty));

        Assert.StartsWith("Questions relating to information A Information in the service of humanity", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sections_numeral_and_its_title_stand_apart()
    {
        // A/RES/77/128 B, section I.
        var paragraphs = Paragraphs("""
            The General Assembly,
            Recalling its resolution 76/84,
            I
            Introduction
            1.

            Reaffirms its resolution 13 (I) of 13 February 1946;
            """);

        Assert.Equal(new[] { "The General Assembly,", "Recalling its resolution 76/84,", "I", "Introduction", "1. Reaffirms its resolution 13 (I) of 13 February 1946;" }, paragraphs);
    }

    [Fact]
    public void A_heading_over_a_number_stands_apart_across_the_pages_number()
    {
        // S/RES/2746 (2024): the page ends under the number, its page number between the number and its text.
        var paragraphs = Paragraphs("""
            The Security Council,
            Noting that the full operationalization of SAMIDRC is aimed at contributing to ongoing
            regional peace efforts,
            Support to SAMIDRC
            1.

            2/4

            Authorizes MONUSCO to support SAMIDRC through enhanced coordination;
            """);

        Assert.Equal(4, paragraphs.Count);
        Assert.Equal("Support to SAMIDRC", paragraphs[2]);
        Assert.Equal("1. Authorizes MONUSCO to support SAMIDRC through enhanced coordination;", paragraphs[3]);
    }

    [Fact]
    public void A_short_last_line_that_ends_no_unit_and_no_number_below_goes_on()
    {
        // "Support to SAMIDRC" after a unit's end but over a lead, not a number: a sentence's wrapped line.
        var paragraphs = Paragraphs("""
            The Security Council,
            Noting the report,
            Further noting the support to SAMIDRC
            and its troops,
            Welcoming the steps taken,
            """);

        Assert.Equal("Further noting the support to SAMIDRC and its troops,", paragraphs[2]);
    }

    private static List<string> Paragraphs(string text) =>
        FlowingText.Paragraphs(text.Replace("\r\n", "\n"), LeadVocabulary.Openers)
            .Replace("\f", string.Empty)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Where(line => line.Trim().Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();
}
