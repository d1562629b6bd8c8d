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
    public void A_stacked_number_after_an_agenda_item_numbers_the_agendas_next_item_whatever_its_words()
    {
        // 000 draft resolution I: the agenda's "7." stacked with the paragraphs' "10." and "11." over item 6's list.
        var lines = Spread("9.\n\nApproves the following provisional agenda for the Fourteenth Congress:\n1.\n\nOpening of the Congress.\n\n6.\n\nInternational cooperation and technical assistance to prevent and address all forms\nof crime:\n\n7.\n10.\n\n11.\n\n(a)\n\nTerrorism in all its forms and manifestations;\n\n(b)\n\nNew and emerging forms of crime.\n\nAdoption of the report of the Congress.\n\nDecides that the following issues shall be considered in workshops:\n(a)\n\nEvidence-based crime prevention;\n\nRequests the Secretary-General to prepare a discussion guide;");

        Assert.Contains("7. Adoption of the report of the Congress.", lines);
        Assert.Contains("10. Decides that the following issues shall be considered in workshops:", lines);
        Assert.Contains("11. Requests the Secretary-General to prepare a discussion guide;", lines);
    }

    [Fact]
    public void A_number_stacked_over_an_agenda_items_list_goes_to_the_text_after_the_list()
    {
        // 001 draft decision II: the agenda's "7." beside item 6's "(a)", its text after "(e)".
        var lines = Spread("6.\n\nIntegration and coordination of efforts by the United Nations Office on Drugs and\nCrime in the field of crime prevention and criminal justice:\n\n7.\n\n(a)\n\nRatification and implementation of the United Nations Convention against\nCorruption;\n\n(e)\n\nOther activities in support of the work of the Office.\n\nUse and application of United Nations standards and norms in crime prevention and\ncriminal justice.\n\n8.\n\nWorld crime trends and emerging issues.");

        Assert.Contains("7. Use and application of United Nations standards and norms in crime prevention and", lines);
        Assert.Contains("(a)", lines);
        Assert.DoesNotContain("7.", lines);
    }

    [Fact]
    public void A_number_after_a_paragraph_its_lead_opened_still_waits_for_the_next_lead()
    {
        // "6." follows "5.", but a lead opened 5's text: a sentence after its list's end is no item of it.
        var lines = Spread("5.\n\nRequests the Secretary-General to report on the following:\n\n6.\n\n(a)\n\nthe progress made;\n\n(b)\n\nthe challenges faced.\n\nThe report shall be submitted in time.\n\nDecides to remain seized of the matter.");

        Assert.Contains("6. Decides to remain seized of the matter.", lines);
        Assert.Contains("The report shall be submitted in time.", lines);
    }

    [Fact]
    public void A_stacked_number_out_of_an_agenda_items_sequence_waits_for_a_lead()
    {
        // "9." does not follow the agenda's "6.": it is the operative paragraph after the one that held the agenda.
        var lines = Spread("6.\n\nInternational cooperation to prevent all forms of crime:\n\n9.\n\n(a)\n\nTerrorism in all its forms and manifestations;\n\n(b)\n\nNew and emerging forms of crime.\n\nAdoption of the report of the Congress.\n\nDecides that the Congress shall be held in 2020;");

        Assert.Contains("9. Decides that the Congress shall be held in 2020;", lines);
        Assert.Contains("Adoption of the report of the Congress.", lines);
    }
    [Fact]
    public void Two_stacked_item_labels_go_to_the_title_under_them_and_to_the_next_item_after_a_units_end()
    {
        // S/RES/2584 (2021): "(d)" / "(e)" over item (d)'s title, item (e)'s title after (d)'s list.
        var lines = Spread("women’s organizations, and address the needs of victims and survivors;\n(d)\n\n(e)\n\nPromotion and protection of human rights\n(i)\n\nTo assist the Malian authorities in their efforts to promote and protect\nhuman rights;\n\n(ii)\n\nTo improve efforts to monitor, document and report publicly,\nas appropriate;\n\nHumanitarian assistance\nIn support of the Malian authorities, to contribute to the creation of a secure\nenvironment;");

        Assert.Contains("(d) Promotion and protection of human rights", lines);
        Assert.Contains("(e) Humanitarian assistance", lines);
        Assert.Contains("(i)", lines);
        Assert.DoesNotContain("(d)", lines);
    }

    [Fact]
    public void An_item_label_over_a_label_that_does_not_follow_it_keeps_its_place()
    {
        // "(a)" over "(i)": the item opens with its own list, no stack.
        var text = "Decides that the Mission shall have the following mandate:\n(a)\n\n(i)\n\nTo support the political process;\n\n(ii)\n\nTo monitor the ceasefire;";

        Assert.Equal(text.Split('\n'), Spread(text));
    }

    [Fact]
    public void A_number_whose_paragraph_opens_with_its_list_stands_back_where_it_was_printed()
    {
        // S/RES/2605 (2021), paragraph 58: "58. (a) Requests the Secretary-General to report …", no lead opens before "59.".
        var text = "does not prejudice overall efforts to support long term objectives for peace and\nstability;\n58.\n\n\n(a)\n\nRequests the Secretary-General to report to the Council on 15 February 2022;\n(b)\n\nFurther requests the Secretary-General to provide the Council with an evaluation;\n59.\n\nDecides to remain actively seized of the matter.";

        Assert.Equal(text.Split('\n'), Spread(text));
    }

    [Fact]
    public void Stacked_item_labels_give_the_first_to_an_items_words_in_lower_case_right_under_them()
    {
        var lines = Spread("Decides that the mandate of the Mission shall be as follows:\n(a)\n\n(b)\n\nto support the implementation of the Agreement;\n\nTo protect civilians under threat of physical violence;");

        Assert.Contains("(a) to support the implementation of the Agreement;", lines);
        Assert.Contains("(b) To protect civilians under threat of physical violence;", lines);
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
    /// <summary>A/RES/75/255 as pdftotext prints its first page, its note's number "1" under the stack gathered away (<see cref="FlowingNotes"/>).</summary>
    private const string InnerAndOuterItems =
        "(iv) The payment of pensions and travel and removal expenses of retiring judges\nand travel and removal expenses and installation grants of members of the\nCourt (Statute, Article 32, paragraph 7), not exceeding a total of 205,000\ndollars;\n"
        + "(v)\n(c)\n\n\n\nThe work of the Court or its Chambers away from The Hague (Statute,\nArticle 22), not exceeding a total of 12,500 dollars;\n\n"
        + "Such commitments not exceeding a total of 500,000 dollars in the year 2021 as\nthe Secretary-General certifies are required for security measures pursuant to\nsection XI, paragraph 6, of General Assembly resolution 59/276 of 23 December\n2004;\n\n__________________\n1 ST/SGB/2013/4 and ST/SGB/2013/4/Amend.1.\n";

    [Fact]
    public void An_inner_items_label_stacked_over_the_outer_lists_next_label_gives_each_its_text_in_order()
    {
        // "(v)" / "(c)": no list opens with "(c)", so item (v)'s text cannot open with it; a capital after the comma of
        // "(Statute," goes on the sentence ("Article 22), …"), the outer item's text opens after the inner one's end.
        var lines = Spread(InnerAndOuterItems);

        Assert.Contains("(v) The work of the Court or its Chambers away from The Hague (Statute,", lines);
        Assert.Contains("Article 22), not exceeding a total of 12,500 dollars;", lines);
        Assert.Contains("(c) Such commitments not exceeding a total of 500,000 dollars in the year 2021 as", lines);
        Assert.DoesNotContain("(v)", lines);
        Assert.DoesNotContain("(c)", lines);
    }

    [Fact]
    public void An_item_label_over_a_label_that_opens_a_list_keeps_its_place_whatever_the_list()
    {
        // "(b)" over "(i)": (b)'s item may open with its own list; "(i)" opens one, so nothing is stacked.
        var text = "Such commitments as the President of the International Court of Justice certifies\nrelate to expenses occasioned by:\n(b)\n\n(i)\n\nThe designation of ad hoc judges, not exceeding a total of 100,000 dollars;";

        Assert.Equal(text.Split('\n'), Spread(text));
    }

    /// <summary>S/RES/2556 (2020) as pdftotext prints its page 10: the outer item's "(ii)" at the page's top over the inner item's "(f)".</summary>
    private const string OuterLabelOverInner =
        "(e)\n\nin support of the authorities of the DRC, carry out targeted offensive operations\nto neutralise armed groups, must prioritise the implementation of its\nprotection of civilians mandate;\n\n9/17\n\n"
        + "(ii)\n\n(f)\n\nWork with the authorities of the DRC, leveraging the capacities and\nexpertise of the UN Police, since 2002;\n\n"
        + "(g)\n\nProvide good offices, advice and support to the Government of the DRC;\n\n"
        + "Support to stabilisation and the strengthening of State institutions in the\nDRC, including security and judicial institutions\nStabilisation\n(a)\n\nProvide coordination between the Government of the DRC;";

    [Fact]
    public void An_outer_items_label_stacked_over_the_inner_lists_next_gives_the_inner_its_text_first()
    {
        // "(f)" follows "(e)", the item opened last; "(ii)" follows only the outer "(i)": it heads the text after the inner list.
        var lines = Spread(OuterLabelOverInner);

        Assert.Contains("(f) Work with the authorities of the DRC, leveraging the capacities and", lines);
        Assert.Contains("(ii) Support to stabilisation and the strengthening of State institutions in the", lines);
        Assert.Contains("(g)", lines);
        Assert.DoesNotContain("(ii)", lines);
        Assert.DoesNotContain("(f)", lines);
    }

    [Fact]
    public void Stacked_labels_keep_their_order_where_the_first_follows_the_item_opened_last()
    {
        // "(d)" / "(e)" after "(c)": the first goes on the list opened last, so the order stands (S/RES/2584 (2021)).
        var lines = Spread("(c)\n\nTo support the efforts of women’s organizations;\n(d)\n\n(e)\n\nPromotion and protection of human rights\n(i)\n\nTo assist the Malian authorities;\n\nHumanitarian assistance\nIn support of the Malian authorities;");

        Assert.Contains("(d) Promotion and protection of human rights", lines);
        Assert.Contains("(e) Humanitarian assistance", lines);
    }

    [Fact]
    public void An_items_label_over_the_next_paragraphs_number_goes_to_the_text_and_the_number_to_the_next_lead()
    {
        // S/RES/2682 (2023): "(g)" at the page's top over "3.", beside item (g)'s text; "3." numbers "Requests …".
        var lines = Spread("implementation of the conclusions of the Security Council’s Working Group on\nChildren and Armed Conflict; and\n(g)\n\n3.\n\n4/4\n\nactively support the Government of Iraq and the Kurdistan Regional Government\nto work together, including the 2020 Sinjar Agreement;\nRequests that the Secretary-General, in line with best practices, conduct an assessment;");

        Assert.Contains("(g) actively support the Government of Iraq and the Kurdistan Regional Government", lines);
        Assert.Contains("3. Requests that the Secretary-General, in line with best practices, conduct an assessment;", lines);
        Assert.DoesNotContain("3.", lines);
    }

    [Fact]
    public void A_label_over_its_own_text_and_a_number_over_its_paragraph_stay_as_they_are()
    {
        // No stack: "(g)" has its text under it before "3." comes.
        var text = "Children and Armed Conflict; and\n(g)\n\nactively support the Government of Iraq;\n3.\n\nRequests that the Secretary-General conduct an assessment;";

        Assert.Equal(text.Split('\n'), Spread(text));
    }
}
