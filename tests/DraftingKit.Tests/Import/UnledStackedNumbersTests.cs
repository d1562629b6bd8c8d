using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Numbers that a PDF's reading order stacks beside paragraphs without leads, an article's or an annex's (A/RES/77/100
/// as LibreOffice and pdftotext print its articles 3 and 15): the first goes to the text under the stack, the next to
/// the next text set apart after a unit's end, past the first paragraph's items.
/// </summary>
public sealed class UnledStackedNumbersTests
{
    private static string[] Spread(string text) =>
        FlowingStackedNumbers.Spread(text.Split('\n'), line => LeadVocabulary.Default.OperativeLeadAtStart(line) is not null);

    /// <summary>Article 3 of A/RES/77/100 in pdftotext's reading order.</summary>
    private const string ScopeOfApplication =
        "Article 3\nScope of application\n1.\n\n2.\n\nThis Convention applies only to a judicial sale of a ship if:\n(a)\n\nThe judicial sale is conducted in a State Party; and\n\n(b)\n\n"
        + "The ship is physically within the territory of the State of judicial sale at the time\nof that sale.\n\n"
        + "This Convention shall not apply to warships or naval auxiliaries, or other vessels owned\nor operated by a State and used, immediately prior to the time of judicial sale, only on\ngovernment non-commercial service.\n\n"
        + "Article 4\nNotice of judicial sale\n1.\n\nPrior to a judicial sale of a ship, the notice of judicial sale shall be given.";

    [Fact]
    public void Numbers_stacked_over_an_articles_text_go_to_its_paragraphs_in_order()
    {
        var lines = Spread(ScopeOfApplication);

        Assert.Contains("1. This Convention applies only to a judicial sale of a ship if:", lines);
        Assert.Contains("2. This Convention shall not apply to warships or naval auxiliaries, or other vessels owned", lines);
        Assert.Contains("(a)", lines);
        Assert.Contains("The judicial sale is conducted in a State Party; and", lines);
        Assert.Contains("The ship is physically within the territory of the State of judicial sale at the time", lines);
    }

    [Fact]
    public void A_sentence_of_the_first_paragraph_that_a_line_opens_takes_no_number()
    {
        // Within the first paragraph no blank line stands between its sentences: the next number waits for a text set apart.
        var lines = Spread("Article 15\nMatters not governed by this Convention\n1.\n\n2.\n\nNothing in this Convention shall affect the procedure for the distribution of proceeds.\n"
            + "Any personal claim against the owner stays unaffected.\n\nMoreover, this Convention shall not govern the effects of a decision.");

        Assert.Contains("1. Nothing in this Convention shall affect the procedure for the distribution of proceeds.", lines);
        Assert.Contains("Any personal claim against the owner stays unaffected.", lines);
        Assert.Contains("2. Moreover, this Convention shall not govern the effects of a decision.", lines);
    }

    [Fact]
    public void Numbers_stacked_over_an_operative_lead_still_wait_for_the_next_lead()
    {
        // The text under the stack opens with an operative lead: the numbers are the operative part's.
        var lines = Spread("5.\n\n6.\n\nRequests the Secretary-General to report on the following:\n\nThe report shall be submitted in time.\n\nDecides to remain seized of the matter.");

        Assert.Contains("5. Requests the Secretary-General to report on the following:", lines);
        Assert.Contains("The report shall be submitted in time.", lines);
        Assert.Contains("6. Decides to remain seized of the matter.", lines);
    }
}
