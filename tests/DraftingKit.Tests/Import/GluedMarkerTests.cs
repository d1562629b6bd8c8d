using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Markers a text layer printed as bare numbers glued to the text's own digits or words ("2004,105", "75/1913",
/// "1in which", "a21nd"): split off only where the notes' order says the marker must stand (between the markers
/// of the notes before and after it), and only when one place there can hold it.
/// </summary>
public sealed class GluedMarkerTests
{
    private static ResolutionDocument ImportOne(string body, params string[] notes) => NoteLayer.ImportOne("Cooperation", body, notes);

    private static List<string> Marked(ResolutionDocument document) => NoteLayer.Marked(document);

    [Fact]
    public void A_note_glued_to_a_year_and_comma_is_split_where_the_next_notes_marker_follows()
    {
        var document = ImportOne(
            "Recalling the Convention on Ships’ Ballast Water and Sediments, 2004,1 and the Guidelines,2\n\n1. Encourages States to act;",
            "Treaty Series, vol. 2367.",
            "Resolution MEPC.207(62).");

        Assert.Equal("Recalling the Convention on Ships’ Ballast Water and Sediments, 2004,[1] and the Guidelines,[2]", Marked(document)[0]);
        Assert.Equal(2, document.Footnotes.Count);
    }

    [Fact]
    public void A_note_glued_to_a_resolution_number_is_split_when_no_other_place_can_hold_it()
    {
        var document = ImportOne(
            "Recalling its resolution 75/1911 of 16 December 2020,\n\n1. Welcomes the report;2\n\n2. Requests a further report;",
            "The annex to resolution 75/191.",
            "A/76/100.");

        Assert.Equal("Recalling its resolution 75/191[1] of 16 December 2020,", Marked(document)[0]);
        Assert.Equal("Welcomes the report;[2]", Marked(document)[1]);
    }

    [Fact]
    public void A_note_number_set_apart_before_a_date_is_a_marker()
    {
        // A/RES/77/296: a list of international days, each day's resolution in a note set apart before the next date.
        var document = ImportOne(
            "Recalling 9 December as the International Day of Commemoration of the Victims of the Crime of Genocide,1 2 October as the International Day of Non-Violence, 2 18 June as the International Day for Countering Hate Speech, 3 and 16 May as the International Day of Living Together in Peace,4\n\n1. Welcomes the days;",
            "Resolution 69/323.",
            "Resolution 61/271.",
            "Resolution 75/309.",
            "Resolution 72/130.");

        Assert.Equal("Recalling 9 December as the International Day of Commemoration of the Victims of the Crime of Genocide,[1] 2 October as the International Day of Non-Violence,[2] 18 June as the International Day for Countering Hate Speech,[3] and 16 May as the International Day of Living Together in Peace,[4]", Marked(document)[0]);
    }

    [Fact]
    public void A_note_set_before_a_word_or_inside_one_is_split_off()
    {
        var document = ImportOne(
            "Recalling the Convention of 1994, 1in which the parties agreed, and the action plan, a2nd noting the report,3\n\n1. Welcomes the report;",
            "A/49/1.",
            "Document C 2019/REP.",
            "A/76/2.");

        Assert.Equal("Recalling the Convention of 1994, [1]in which the parties agreed, and the action plan, a[2]nd noting the report,[3]", Marked(document)[0]);
    }

    [Fact]
    public void The_last_notes_glued_marker_is_split_after_the_marker_before_it()
    {
        var document = ImportOne(
            "Recalling the Declaration,1\n\n1. Takes note of resolution 75/2002 of 2020;",
            "Resolution 70/1.",
            "A/75/200.");

        Assert.Equal("Takes note of resolution 75/200[2] of 2020;", Marked(document)[1]);
    }

    [Fact]
    public void A_number_ending_in_the_next_notes_digits_stays_whole_when_that_marker_stands_elsewhere()
    {
        var document = ImportOne(
            "Recalling its resolution 75/1911 of 16 December 2020 and the Declaration,1 and the 21st century in 2021,\n\n1. Welcomes the report;2",
            "Resolution 70/1.",
            "A/76/100.");

        Assert.Equal("Recalling its resolution 75/1911 of 16 December 2020 and the Declaration,[1] and the 21st century in 2021,", Marked(document)[0]);
        Assert.Equal("Welcomes the report;[2]", Marked(document)[1]);
    }

    [Fact]
    public void A_missing_marker_with_two_places_that_could_hold_it_splits_neither()
    {
        var document = ImportOne(
            "Recalling resolutions 75/1911 and 75/1921,\n\n1. Welcomes the report;2",
            "Resolution 75/191.",
            "A/76/100.");

        Assert.Equal("Recalling resolutions 75/1911 and 75/1921,", Marked(document)[0]);
    }

    [Fact]
    public void A_year_or_an_ordinal_is_never_a_glued_marker()
    {
        var document = ImportOne(
            "Recalling the 21st century agenda of 2021,\n\n1. Welcomes the report;2",
            "Resolution 70/1.",
            "A/76/100.");

        Assert.Equal("Recalling the 21st century agenda of 2021,", Marked(document)[0]);
    }

    [Fact]
    public void A_thousands_number_stays_whole_when_the_notes_markers_are_in_order()
    {
        var document = ImportOne(
            "Noting that 1,105 officers and 2,002 staff served,1\n\n1. Welcomes the report;2",
            "A/75/5.",
            "A/76/100.");

        Assert.Equal("Noting that 1,105 officers and 2,002 staff served,[1]", Marked(document)[0]);
    }

    /// <summary>A recital citing notes 1 to <paramref name="count"/>, each marker in its place.</summary>
    private static string Reports(int count) =>
        "Recalling " + string.Join(" ", Enumerable.Range(1, count).Select(n => "the report," + n)) + "\n\n";

    /// <summary>A/RES/77/189's preamble: the UN file sets the markers of notes 2 to 6 inside words, one glued digit each.</summary>
    private const string InsideWords = "Recalling the Sendai Framework,1 t2he Addis Ababa Action Agenda, t3he New Urban Agenda a4nd the Beijing Platform for Action, t5he political declarations, w6hich contain references to the rights of persons with disabilities, and the Declaration,7 which it adopted,\n\n1. Welcomes the report;";

    [Fact]
    public void Markers_glued_inside_words_of_the_text_are_split_off_past_more_notes_in_a_row()
    {
        var document = ImportOne(InsideWords, "Resolution 69/283.", "Resolution 69/313.", "Resolution 71/256.", "A/CONF.177/20.", "Resolution 75/284.", "Resolution 76/1.", "Resolution 217 A (III).");

        Assert.Equal("Recalling the Sendai Framework,[1] t[2]he Addis Ababa Action Agenda, t[3]he New Urban Agenda a[4]nd the Beijing Platform for Action, t[5]he political declarations, w[6]hich contain references to the rights of persons with disabilities, and the Declaration,[7] which it adopted,", Marked(document)[0]);
    }

    [Fact]
    public void Past_a_few_notes_a_digit_inside_a_name_is_no_marker()
    {
        // "H5N1" without its digit is no word of the text: the fifth note in a row without a marker is not split there.
        var document = ImportOne(InsideWords.Replace("t5he political", "H5N1 and the political"), "Resolution 69/283.", "Resolution 69/313.", "Resolution 71/256.", "A/CONF.177/20.", "WHO report.", "Resolution 76/1.", "Resolution 217 A (III).");

        Assert.Contains("H5N1 and the political declarations, w6hich contain", Marked(document)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Past_a_few_notes_a_word_the_text_writes_nowhere_else_is_no_evidence()
    {
        // "which" stands only where the marker of note 6 would be glued: it is not split there.
        var document = ImportOne(InsideWords.Replace(" which it adopted", string.Empty), "Resolution 69/283.", "Resolution 69/313.", "Resolution 71/256.", "A/CONF.177/20.", "Resolution 75/284.", "Resolution 76/1.", "Resolution 217 A (III).");

        Assert.Contains("w6hich contain", Marked(document)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_glued_to_a_symbols_part_that_reads_as_a_year_is_split_off()
    {
        // A/RES/77/167: decision VIII/19 and note 14 print "VIII/1914"; four digits after a slash are no year standing alone.
        var document = ImportOne(
            Reports(12) + "Recalling the decisions on article 8 (j) and related provisions,13 decision CBD/CP/MOP/VIII/1914 and decision CBD/NP/MOP/DEC/2/7,15 as well as the work done in 2014,\n\n1. Welcomes the report;",
            Enumerable.Range(1, 15).Select(n => "A/77/" + n + ".").ToArray());

        Assert.Equal("Recalling the decisions on article 8 (j) and related provisions,[13] decision CBD/CP/MOP/VIII/19[14] and decision CBD/NP/MOP/DEC/2/7,[15] as well as the work done in 2014,", Marked(document)[1]);
    }

    [Fact]
    public void Of_several_numbers_that_could_hold_a_marker_the_one_leaving_a_resolution_the_text_recalls_is_split()
    {
        // A/RES/75/192: "71/2057" is resolution 71/205, recalled earlier, and note 7; "74/17 of 9 December" would leave
        // "74/1", which the text names nowhere; "17 December" is a date's day.
        var document = ImportOne(
            Reports(5) + "Recalling its resolutions 71/205 of 19 December 2016 and 74/168 of 18 December 2019,6\n\n"
            + "Recalling also its resolutions 73/194 of 17 December 2018 and 74/17 of 9 December 2019,\n\n"
            + "Welcoming the reports submitted pursuant to resolutions 71/2057 and 72/190,8\n\n1. Welcomes the report;",
            "A/71/1.", "A/71/2.", "A/71/3.", "A/71/4.", "A/71/5.", "A/75/100.", "See A/72/498.", "See A/73/404.");

        Assert.Equal("Welcoming the reports submitted pursuant to resolutions 71/205[7] and 72/190,[8]", Marked(document)[3]);
        Assert.Equal("Recalling also its resolutions 73/194 of 17 December 2018 and 74/17 of 9 December 2019,", Marked(document)[2]);
    }

    [Fact]
    public void Of_several_numbers_none_leaving_a_symbol_the_text_cites_splits_none()
    {
        var document = ImportOne(
            Reports(6) + "Recalling its resolutions 73/194 of 17 December 2018 and 74/17 of 9 December 2019,\n\n"
            + "Welcoming the reports submitted pursuant to resolutions 71/2057 and 72/190,8\n\n1. Welcomes the report;",
            "A/71/1.", "A/71/2.", "A/71/3.", "A/71/4.", "A/71/5.", "A/75/100.", "See A/72/498.", "See A/73/404.");

        Assert.Equal("Welcoming the reports submitted pursuant to resolutions 71/2057 and 72/190,8", Marked(document)[2]);
    }

    [Fact]
    public void A_marker_set_apart_after_a_names_own_number_is_the_missing_notes()
    {
        // A/RES/77/152: "the Programme for the Further Implementation of Agenda 21 6 and the Plan of Implementation …,7".
        var document = ImportOne(
            "Recalling the Rio Declaration on Environment and Development,1 the Programme for the Further Implementation of Agenda 21 2 and the Plan of Implementation of the World Summit,3\n\n1. Welcomes the report;",
            "A/CONF.151/26/Rev.1.",
            "Resolution S-19/2, annex.",
            "A/CONF.199/20.");

        Assert.Equal("Recalling the Rio Declaration on Environment and Development,[1] the Programme for the Further Implementation of Agenda 21[2] and the Plan of Implementation of the World Summit,[3]", Marked(document)[0]);
    }

    [Fact]
    public void A_names_own_number_is_no_marker_where_the_notes_are_in_order()
    {
        var document = ImportOne(
            "Recalling the Rio Declaration,1 Agenda 21 2 and the Plan of Implementation of Agenda 21,\n\n1. Welcomes the report;3",
            "A/CONF.151/26/Rev.1.",
            "Resolution S-19/2, annex.",
            "A/CONF.199/20.");

        Assert.Equal("Recalling the Rio Declaration,[1] Agenda 21[2] and the Plan of Implementation of Agenda 21,", Marked(document)[0]);
        Assert.Equal("Welcomes the report;[3]", Marked(document)[1]);
    }

    [Fact]
    public void A_marker_a_layout_set_apart_inside_a_word_closes_the_word_and_is_no_ordinal()
    {
        // A/RES/76/222: the UN's file sets note 21's marker inside "and"; a layout prints "a 21nd", which is no ordinal (21st).
        var document = ImportOne(
            Reports(19) + "Recalling its political declaration,20 the dialogue on antimicrobial resistance, a 21nd noting the 2019 report, and the strategic plan for forests 2017–2030, 22 acknowledging that forests provide services,\n\n1. Welcomes the report;",
            Enumerable.Range(1, 22).Select(n => "A/76/" + n + ".").ToArray());

        Assert.Equal("Recalling its political declaration,[20] the dialogue on antimicrobial resistance, a[21]nd noting the 2019 report, and the strategic plan for forests 2017–2030,[22] acknowledging that forests provide services,", Marked(document)[1]);
    }

    [Fact]
    public void Past_a_few_notes_markers_a_layout_set_apart_inside_words_are_split_off()
    {
        // A/RES/77/189 as a layout prints the UN file's markers inside words: "t 10he", "a 11nd".
        var document = ImportOne(
            InsideWords.Replace("t2he", "t 2he").Replace("a4nd", "a 4nd"),
            "Resolution 69/283.", "Resolution 69/313.", "Resolution 71/256.", "A/CONF.177/20.", "Resolution 75/284.", "Resolution 76/1.", "Resolution 217 A (III).");

        Assert.Equal("Recalling the Sendai Framework,[1] t[2]he Addis Ababa Action Agenda, t[3]he New Urban Agenda a[4]nd the Beijing Platform for Action, t[5]he political declarations, w[6]hich contain references to the rights of persons with disabilities, and the Declaration,[7] which it adopted,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_after_a_quantifier_before_an_infinitive_is_a_marker()
    {
        // A/RES/75/163: "lifelong learning for all 10 to develop more inclusive … systems"; "all 193 Member States" counts.
        var document = ImportOne(
            "Recalling the Declaration,1 and encourages all 193 Member States to implement Education 2030, towards lifelong learning for all 2 to develop more inclusive systems, and its statute 3 and later resolutions,\n\n1. Welcomes the report;",
            "Resolution 70/1.",
            "UNESCO, Education 2030.",
            "Resolution 428 (V), annex.");

        Assert.Equal("Recalling the Declaration,[1] and encourages all 193 Member States to implement Education 2030, towards lifelong learning for all[2] to develop more inclusive systems, and its statute[3] and later resolutions,", Marked(document)[0]);
    }

    [Fact]
    public void A_marker_set_apart_after_a_symbols_own_number_is_the_missing_notes()
    {
        // A/RES/75/132: "pursuant to its resolution 59/300 8 and the reports"; A/RES/77/118: "decision VII/11 14 and other".
        var document = ImportOne(
            "Recalling the report,1 and the guidelines established pursuant to its resolution 59/300 2 and the reports,3 and decision VII/11 4 and other relevant decisions,5\n\n1. Welcomes the report;",
            "A/59/710.", "A/60/862.", "A/61/19.", "UNEP/CBD/COP/7/21.", "A/77/100.");

        Assert.Equal("Recalling the report,[1] and the guidelines established pursuant to its resolution 59/300[2] and the reports,[3] and decision VII/11[4] and other relevant decisions,[5]", Marked(document)[0]);
    }

    [Fact]
    public void A_paragraphs_own_number_is_never_a_glued_marker()
    {
        // A/RES/77/282: the last note's marker is not seen; "17.    Recognizes" is a paragraph's number, not "1" and note 7.
        var document = ImportOne(
            Reports(6) + "Recalling the Vienna Programme of Action for Landlocked Developing Countries,\n\n16. Notes the report;\n\n17. Recognizes that addressing the investment needs requires investment;",
            Enumerable.Range(1, 7).Select(n => "A/77/" + n + ".").ToArray());

        Assert.Equal("Recognizes that addressing the investment needs requires investment;", Marked(document)[3]);
        Assert.Equal(17, ((OperativeParagraph)document.Parts[0].OperativePart[1]).Number);
    }
}
