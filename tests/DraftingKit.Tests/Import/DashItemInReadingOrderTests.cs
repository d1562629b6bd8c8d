using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a list item the UN opens with a dash runs on under its chapeau in a PDF's reading order; it opens an item
/// after a line that ended a unit, and a heading over a labelled item stands apart.
/// </summary>
public sealed class DashItemInReadingOrderTests
{
    [Fact]
    public void A_dash_before_a_word_in_lower_case_opens_an_item()
    {
        Assert.True(DashItem.Opens("– accelerate national ownership of SSR"));
        Assert.False(DashItem.Opens("– 2030 Agenda for Sustainable Development"));
        Assert.False(DashItem.Opens("–accelerate"));
        Assert.False(DashItem.Opens("Accelerate – national ownership"));
    }

    [Fact]
    public void Dash_items_under_a_chapeau_part_after_a_line_that_ended_a_unit()
    {
        var text = string.Join("\n", "The Security Council,", "Recalling its previous resolutions on the situation,", "Determining that the situation continues to",
            "constitute a threat to international peace and security,", "1.", string.Empty,
            "Requests the Mission, in consultation with the Government, to:", "– accelerate national ownership of reform which delivers", "security and justice to all;",
            "– promote and facilitate sector reforms to enhance", "accountability;", "2.", string.Empty, "Decides to remain seized of the matter.");

        var paragraphs = FlowingText.Paragraphs(text, LeadVocabulary.Openers).Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).ToList();

        Assert.Contains("– accelerate national ownership of reform which delivers security and justice to all;", paragraphs);
        Assert.Contains("– promote and facilitate sector reforms to enhance accountability;", paragraphs);
    }

    [Fact]
    public void A_heading_over_a_labelled_item_stands_apart_from_the_chapeau()
    {
        var text = string.Join("\n", "The Security Council,", "Recalling its previous resolutions on the situation,", "Determining that the situation continues to",
            "constitute a threat to international peace and security,", "1.", string.Empty,
            "Authorizes the Mission to implement the following tasks, all mutually reinforcing:", "Support for the electoral process", "(a)", string.Empty,
            "Provide support for the electoral process;", "2.", string.Empty, "Decides to remain seized of the matter.");

        var paragraphs = FlowingText.Paragraphs(text, LeadVocabulary.Openers).Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).ToList();

        Assert.Contains("Support for the electoral process", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("all mutually reinforcing:", StringComparison.Ordinal));
    }
}
