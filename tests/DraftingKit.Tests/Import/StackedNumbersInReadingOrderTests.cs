using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: operative numbers that a PDF's reading order stacks in the margin without their texts ("5." / "6." /
/// "Encourages …", or "6." / "(a)" / "continue …") go, in order, to the next paragraphs that open by an operative lead.
/// </summary>
public sealed class StackedNumbersInReadingOrderTests
{
    private static string[] Spread(string text) =>
        FlowingStackedNumbers.Spread(text.Split('\n'), line => LeadVocabulary.Default.OperativeLeadAtStart(line) is not null);

    [Fact]
    public void Two_stacked_numbers_go_to_the_paragraph_under_them_and_to_the_next_one_after_its_list()
    {
        var lines = Spread("the Caribbean in receiving security assurances;\n5.\n\n6.\n\nEncourages the States members to continue, inter alia:\n(a)\n\nTo support the efforts;\n\nDecides to include in the provisional agenda the item.");

        Assert.Contains("5. Encourages the States members to continue, inter alia:", lines);
        Assert.Contains("6. Decides to include in the provisional agenda the item.", lines);
        Assert.Contains("(a)", lines);
        Assert.DoesNotContain("5.", lines);
        Assert.DoesNotContain("6.", lines);
    }

    [Fact]
    public void A_number_stacked_over_a_list_items_label_goes_to_the_paragraph_after_the_list()
    {
        var lines = Spread("calls upon the two leaders urgently to:\n\n6.\n\n(a)\n\ncontinue to reinvigorate their efforts;\n\n(b)\n\nensure effective coordination;\n\nRegrets the ongoing lack of participation,");

        Assert.Contains("6. Regrets the ongoing lack of participation,", lines);
        Assert.Contains("(a)", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("6. (a)", StringComparison.Ordinal) || line == "6.");
    }

    [Fact]
    public void A_number_over_its_own_text_and_a_lead_a_sentence_wrapped_stay_as_they_are()
    {
        var text = "4. Welcomes the report of the Secretary-General and the\nRequests of Member States;\n5.\n\nRequests the Secretary-General to report.";

        Assert.Equal(text.Split('\n'), Spread(text));
    }

    [Fact]
    public void A_stacked_number_over_a_page_number_still_goes_to_the_text_below()
    {
        var lines = Spread("responsibility for over 24 Forward Operating Bases;\n16.\n\n17.\n\n6/12\n\nEndorses the decision to replace the mission;\n\nDecides to authorize the mission.");

        Assert.Contains("16. Endorses the decision to replace the mission;", lines);
        Assert.Contains("17. Decides to authorize the mission.", lines);
    }

    [Fact]
    public void A_number_whose_paragraph_opens_with_its_list_stands_back_where_it_was_printed()
    {
        // S/RES/2605 (2021), paragraph 58: "58. (a) Requests the Secretary-General to report …", no lead opens before "59.".
        var text = "does not prejudice overall efforts to support long term objectives for peace and\nstability;\n58.\n\n\n(a)\n\nRequests the Secretary-General to report to the Council on 15 February 2022;\n(b)\n\nFurther requests the Secretary-General to provide the Council with an evaluation;\n59.\n\nDecides to remain actively seized of the matter.";

        Assert.Equal(text.Split('\n'), Spread(text));
    }

    [Fact]
    public void A_number_whose_paragraph_opens_with_its_list_stands_back_at_the_texts_end()
    {
        // S/RES/2592 (2021), paragraph 11, the last: the text ends before any lead takes the number.
        var text = "emphasises the importance of protecting and promoting the right to freedom of expression;\n11.\n\n\n(a)\n\nExpresses concern about the high number of instances of the “six grave violations”;";

        Assert.Contains("11.", Spread(text));
    }

    [Fact]
    public void A_number_stacked_under_a_colon_over_its_lists_label_is_left_out_when_no_lead_takes_it()
    {
        // An agenda's item 6 introduces its list; "7." stands beside "(a)", its own text after the list opens by no lead.
        var lines = Spread("6. Integration and coordination of efforts in the field of crime prevention:\n7.\n\n(a)\n\nRatification and implementation of the Convention;\n8. World crime trends and emerging issues.");

        Assert.DoesNotContain("7.", lines);
    }
}
