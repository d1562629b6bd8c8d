using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: classes found by importing corpus texts from their PDFs, texts no rule had been tuned on (every 4th
/// Assembly text from the 1st): a date's day is no number a marker is glued to, a number in a list of counts is the
/// text's, a label the reading order sets beside the page's number goes back to its item, a text's one operative
/// paragraph opens whatever its verb, and a paragraph's short last line read before it goes back across a page.
/// </summary>
public sealed class ThirdProbeClassesTests
{
    private static List<string> Paragraphs(string text) => ReadingOrderParagraphs.Of(text, LeadVocabulary.Openers);

    [Fact]
    public void A_dates_day_holds_no_glued_marker_so_the_marker_set_apart_after_a_symbol_is_found()
    {
        // A/RES/77/325: note 3's marker stands after "resolutions 5/1", note 4's glued to "5/6"; "13 September" is a day.
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Recalling decision 15/4 of 19 December 2022,1 as well as decision 15/29 of 19 December 20222 and resolutions 5/1 3 and 5/64 of 2 March 2022,\n\n"
            + "Recalling its resolution 61/295 of 13 September 2007,\n\nRecognizing the role of the Convention on International Trade in Endangered Species of Wild Fauna and Flora 5 as the primary mechanism,\n\n1. Welcomes the report;",
            "CBD/COP/DEC/15/4, annex.", "CBD/COP/DEC/15/29.", "UNEP/EA.5/Res.1.", "UNEP/EA.5/Res.6.", "Treaty Series, vol. 993.");

        var marked = NoteLayer.Marked(document);
        Assert.Equal("Recalling decision 15/4 of 19 December 2022,[1] as well as decision 15/29 of 19 December 2022[2] and resolutions 5/1[3] and 5/6[4] of 2 March 2022,", marked[0]);
        Assert.Equal("Recalling its resolution 61/295 of 13 September 2007,", marked[1]);
        Assert.EndsWith("Wild Fauna and Flora[5] as the primary mechanism,", marked[2]);
    }

    [Fact]
    public void A_number_between_two_counts_of_one_list_is_the_texts_own()
    {
        // A/RES/75/90: "Member States" could end a name a raised number follows; note 1's marker stands further on,
        // past a "2" of the text's own, so that no glued marker further on tells the count from a marker.
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Noting the statement of support by 170 United Nations Member States, 1 non-member observer State and 1 observer,\n\n"
            + "Recalling the ceasefire of 2 March 2020,\n\n"
            + "1. Welcomes the Convention on the Prohibition of Anti-Personnel Mines,1 and calls for its implementation;",
            "Treaty Series, vol. 2056.");

        var marked = NoteLayer.Marked(document);
        Assert.Equal("Noting the statement of support by 170 United Nations Member States, 1 non-member observer State and 1 observer,", marked[0]);
        Assert.Equal("Welcomes the Convention on the Prohibition of Anti-Personnel Mines,[1] and calls for its implementation;", marked[2]);
    }

    [Fact]
    public void A_number_set_apart_after_the_names_ending_words_with_no_count_before_stays_a_marker()
    {
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Noting the statement of support by United Nations Member States, 1 non-member observer States and others,\n\n1. Welcomes the statement;",
            "A/75/1.");

        Assert.Equal("Noting the statement of support by United Nations Member States,[1] non-member observer States and others,", NoteLayer.Marked(document)[0]);
    }

    /// <summary>Pages 3 and 4 of A/RES/75/186 in the reading order, shortened, notes gathered: item (f) lost its label to page 4's number.</summary>
    private const string LabelBesideNumber =
        "2.\n\nEncourages Member States:\n\n(e)\n\nTo take the appropriate steps to ensure that adequate protection exists for\nOmbudsman and mediator institutions, where they exist, against coercion,\n\n3/5\n\n"
        + "\fA/RES/75/186\n\nreprisals, intimidation or threat, including from other authorities, and that these\nacts are promptly and duly investigated and the perpetrators held accountable;\n"
        + "To give due consideration to the principles relating to the status of national\ninstitutions for the promotion and protection of human rights when assigning to the Ombudsman the role\nof national preventive mechanisms;\n\n"
        + "(g)\n\nTo develop and conduct, as appropriate, outreach activities at the national level;\n\n"
        + "8.\n\nEncourages Ombudsman and mediator institutions, where they exist:\n\n4/5\n\n(f)\n\n(a)\n\n"
        + "To operate, as appropriate, in accordance with all relevant international\ninstruments;\n\n(b)\n\nTo request their accreditation;\n\n";

    [Fact]
    public void A_label_the_reading_order_sets_after_the_pages_number_goes_to_the_item_that_lacks_it()
    {
        var lines = FlowingFootLabels.Restore(LabelBesideNumber.Split('\n'));

        Assert.Contains("(f) To give due consideration to the principles relating to the status of national", lines);
        Assert.DoesNotContain("(f)", lines);
        Assert.Contains("(a)", lines);
    }

    [Fact]
    public void A_label_after_the_pages_number_over_its_own_lists_next_label_stays()
    {
        // "(e)" over "(f)": a list runs from it, so it labels no item above.
        var printed = LabelBesideNumber.Replace("(f)\n\n(a)", "(e)\n\n(f)", StringComparison.Ordinal).Split('\n');

        Assert.Equal(printed, FlowingFootLabels.Restore(printed));
    }

    /// <summary>A/RES/75/286 in the reading order: its one operative paragraph opens with a verb few texts use.</summary>
    private const string SoleOperative =
        "75/286.\n\nAppointment of the Secretary-General of the United Nations\nThe General Assembly,\n"
        + "Recalling Chapter XV of the Charter of the United Nations, and reaffirming the role of\nthe General Assembly under Article 97,\n"
        + "Having considered the recommendation contained in Security Council resolution 2580\n(2021) of 8 June 2021,\n"
        + "Expressing its appreciation for the effective and dedicated service rendered to the\nUnited Nations by Mr. António Guterres during his first term of office,\n"
        + "Appoints Mr. António Guterres Secretary-General of the United Nations for a term of\noffice beginning on 1 January 2022 and ending on 31 December 2026.\n82nd plenary meeting\n18 June 2021\n";

    [Fact]
    public void A_texts_one_operative_paragraph_opens_at_the_line_a_comma_sets_capitalised_before_the_closing_full_stop()
    {
        var paragraphs = Paragraphs(SoleOperative);

        Assert.Contains("Expressing its appreciation for the effective and dedicated service rendered to the United Nations by Mr. António Guterres during his first term of office,", paragraphs);
        Assert.Contains("Appoints Mr. António Guterres Secretary-General of the United Nations for a term of office beginning on 1 January 2022 and ending on 31 December 2026.", paragraphs);
    }

    [Fact]
    public void Two_lines_a_comma_sets_capitalised_leave_the_operative_paragraphs_place_unknown()
    {
        var printed = SoleOperative.Replace("during his first term of office,\nAppoints", "during his first term of office,\nAppoints Mr. Guterres and recalls the work of the Secretariat,\nUnited Nations staff and", StringComparison.Ordinal);

        Assert.DoesNotContain(Paragraphs(printed), paragraph => paragraph.StartsWith("Appoints", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preambular_paragraph_ended_on_its_comma_before_a_numbered_paragraph_is_not_split()
    {
        var printed = SoleOperative.Replace("Appoints Mr. António", "1.\nAppoints Mr. António", StringComparison.Ordinal);

        Assert.Contains("Expressing its appreciation for the effective and dedicated service rendered to the United Nations by Mr. António Guterres during his first term of office,", Paragraphs(printed));
    }

    [Fact]
    public void A_line_a_comma_sets_capitalised_in_a_preamble_numbered_paragraphs_follow_goes_on_its_paragraph()
    {
        // A/RES/77/294: a convention's title runs on at a comma's line end; the operative paragraphs come after.
        const string Printed =
            "The General Assembly,\nCommending the secretariat of the United Nations Convention to Combat\nDesertification in Those Countries Experiencing Serious Drought and/or Desertification,\n"
            + "Particularly in Africa, on its efforts to develop a global base map of sand and dust storm\nsources,\n1.\nDecides to continue its work;\n2.\nRequests a report.\n82nd plenary meeting\n";

        Assert.Contains(Paragraphs(Printed), paragraph => paragraph.StartsWith("Commending", StringComparison.Ordinal) && paragraph.Contains("Particularly in Africa", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_last_line_read_at_a_pages_top_before_its_paragraph_goes_back_under_it()
    {
        // A/RES/77/142: "2019," opens page 3 over "Recalling … on 12 May"; the line above it ends page 2's paragraph.
        string[] printed =
        [
            "12 December 2021, in accordance with the Nouméa Accord,", string.Empty, "2/7", string.Empty, "__________________", "3 A/HRC/18/35/Add.6, annex.", string.Empty,
            "\fA/RES/77/142", string.Empty, "2019,", string.Empty, "Recalling the successful conduct by New Caledonia of provincial elections on 12 May", string.Empty,
            "Recalling also the information presented to the Pacific and the Caribbean regional",
        ];

        var restored = StrandedLastLine.RestoreAcrossPages(printed, Opens);

        Assert.Equal(printed.Length, restored.Length);
        Assert.Equal("2019,", restored[Array.IndexOf(restored, "Recalling the successful conduct by New Caledonia of provincial elections on 12 May") + 1]);
    }

    [Fact]
    public void A_short_last_line_read_before_a_paragraph_the_pages_foot_ends_goes_back_under_it()
    {
        // A/RES/77/19: "75/7,1" over "Taking note … pursuant to resolution", the page's notes, then "1." on the next page.
        string[] printed =
        [
            "including for energy and food security,", "75/7,1", string.Empty, string.Empty, "Taking note of the report of the Secretary-General submitted pursuant to resolution", string.Empty,
            "__________________", "1 A/77/277-S/2022/606.", string.Empty, "\fA/RES/77/19", string.Empty, "1.", string.Empty, "Takes note with appreciation of the joint statement",
        ];

        var restored = StrandedLastLine.RestoreAcrossPages(printed, Opens);

        Assert.Equal("75/7,1", restored[Array.IndexOf(restored, "Taking note of the report of the Secretary-General submitted pursuant to resolution") + 1]);
    }

    [Fact]
    public void A_line_that_ends_the_paragraph_above_stays_where_the_paragraph_below_ends_its_sentence()
    {
        string[] printed =
        [
            "12 December 2021, in accordance with the Nouméa Accord,", string.Empty, "2/7", string.Empty, "__________________", "3 A/HRC/18/35/Add.6, annex.", string.Empty,
            "\fA/RES/77/142", string.Empty, "2019,", string.Empty, "Recalling the successful conduct by New Caledonia of provincial elections,", string.Empty,
            "Recalling also the information presented to the Pacific and the Caribbean regional",
        ];

        Assert.Equal(printed, StrandedLastLine.RestoreAcrossPages(printed, Opens));
    }

    private static bool Opens(string line) =>
        LeadVocabulary.Openers.PreambularLeadAtStart(line) is not null || LeadVocabulary.Openers.OperativeLeadAtStart(line) is not null || line == "1.";
}
