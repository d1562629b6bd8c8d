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

    /// <summary>The close of A/RES/75/293 and its annex as the reading order gives them: the annex's designation, its division's letter, the division's heading.</summary>
    private const string LetteredAnnex = """
        The General Assembly,
        Recalling its resolution 74/280,
        1.

        Decides that the requirements shall be financed as set out in the annex;
        88th plenary meeting
        30 June 2021
        Annex I
        A
        Posts to be established under the support account for peacekeeping operations for the
        period from 1 July 2021 to 30 June 2022
        1.

        The posts set out below shall be established at Headquarters;
        """;

    [Fact]
    public void An_annexs_letter_alone_on_its_line_is_no_article_its_heading_goes_on_from()
    {
        var paragraphs = Paragraphs(LetteredAnnex);

        Assert.Equal(new[] { "Annex I", "A", "Posts to be established under the support account for peacekeeping operations for the period from 1 July 2021 to 30 June 2022" }, paragraphs.Skip(paragraphs.IndexOf("Annex I")).Take(3));
    }

    [Theory]
    [InlineData("A", false)]
    [InlineData("**B**", false)]
    [InlineData("II", false)]
    [InlineData("Section 11", false)]
    [InlineData("Recalling also the declaration on a", true)]
    [InlineData("to the Convention on the Rights of", true)]
    public void A_designation_alone_ends_its_line_where_an_article_would_leave_it_open(string line, bool open) =>
        Assert.Equal(open, UnitEnd.EndsOpen(line));

    private static List<string> Paragraphs(string text) =>
        FlowingText.Paragraphs(text.Replace("\r\n", "\n"), LeadVocabulary.Openers)
            .Replace("\f", string.Empty)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Where(line => line.Trim().Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();
}
