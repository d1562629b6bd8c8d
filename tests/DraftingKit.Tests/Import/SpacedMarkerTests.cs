using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a raised note number that a PDF's layout printed set apart by a space ("Bermuda 2 and", "United Nations
/// 19 and", "Colonialism, 4", "for 2019 5 and") is a marker only where it is the next note's number and no counted
/// word ("paragraph 2", "between 1 and") stands before it; any other number keeps its space ("that, 55 years").
/// </summary>
public sealed class SpacedMarkerTests
{
    private static ResolutionDocument ImportOne(string body, params string[] notes) => NoteLayer.ImportOne("Question of Bermuda", body, notes);

    private static List<string> Marked(ResolutionDocument document) => NoteLayer.Marked(document);

    [Fact]
    public void A_number_set_apart_after_a_word_is_the_next_notes_marker()
    {
        var document = ImportOne(
            "Recalling the Declaration, 1 in its resolution 1514 (XV),\n\nHaving examined the working paper prepared by the Secretariat on Bermuda 2 and other relevant information,\n\n1. Welcomes the report of the Special Committee for 2019 3 and the seminar;",
            "Resolution 1514 (XV).",
            "A/AC.109/2021/6.",
            "A/74/23.");

        Assert.Equal("Recalling the Declaration,[1] in its resolution 1514 (XV),", Marked(document)[0]);
        Assert.Equal("Having examined the working paper prepared by the Secretariat on Bermuda[2] and other relevant information,", Marked(document)[1]);
        Assert.Equal("Welcomes the report of the Special Committee for 2019[3] and the seminar;", Marked(document)[2]);
    }

    [Fact]
    public void A_number_set_apart_that_is_not_the_next_notes_keeps_its_space()
    {
        var document = ImportOne(
            "Considering that, 55 years following its adoption, the Treaty remains a living instrument,1\n\n1. Welcomes the report;",
            "United Nations, Treaty Series, vol. 634, No. 9068.");

        Assert.Equal("Considering that, 55 years following its adoption, the Treaty remains a living instrument,[1]", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_counted_word_is_the_texts_own()
    {
        var document = ImportOne(
            "Recalling paragraph 1 of its resolution 75/1 and the Declaration,1\n\n1. Welcomes the report;",
            "Resolution 75/1.");

        Assert.Equal("Recalling paragraph 1 of its resolution 75/1 and the Declaration,[1]", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_marker_glued_to_a_word_is_the_later_notes_marker()
    {
        // Note 1's marker is glued to the word after it, so only note 2's, set apart, shows where note 1's can lie.
        var document = ImportOne(
            "Recalling the Memorandum of 5 December 1994, 1in which the obligations were reaffirmed,\n\nConcerned by the regimes established by the Treaty on Conventional Armed Forces in Europe 2 and the Vienna Document 2011,\n\n1. Welcomes the report;",
            "A/49/765-S/1994/1399, annex I.",
            "See CD/1064.");

        Assert.Equal("Concerned by the regimes established by the Treaty on Conventional Armed Forces in Europe[2] and the Vienna Document 2011,", Marked(document)[1]);
    }

    [Fact]
    public void A_number_set_apart_after_a_comma_before_a_resolutions_symbol_is_the_next_notes_marker()
    {
        var document = ImportOne(
            "Recalling Human Rights Council resolutions 45/18 of 6 October 2020 on the safety of journalists, 1 27/12 of 25 September 2014 on human rights education and 33/2 of 29 September 2016,\n\n1. Welcomes the report;",
            "See Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 53A (A/75/53/Add.1), chap. III.");

        Assert.Equal("Recalling Human Rights Council resolutions 45/18 of 6 October 2020 on the safety of journalists,[1] 27/12 of 25 September 2014 on human rights education and 33/2 of 29 September 2016,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_year_before_an_economic_and_social_council_resolution_is_the_next_notes_marker()
    {
        // A/RES/75/226: Commission on Population and Development resolutions carry a year for their session.
        var document = ImportOne(
            "Recalling Commission on Population and Development resolutions 2006/2 of 10 May 2006,1 2008/1 of 11 April 2008, 2 2013/1 of 26 April 2013,\n\n1. Welcomes the report;",
            "E/2006/25.",
            "E/2008/25.");

        Assert.Equal("Recalling Commission on Population and Development resolutions 2006/2 of 10 May 2006,[1] 2008/1 of 11 April 2008,[2] 2013/1 of 26 April 2013,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_document_named_with_the_is_the_next_notes_marker()
    {
        var document = ImportOne(
            "Noting the outcome of the Conference, including the decision 1 on funding arrangements, and recalling paragraph 2 of its resolution 75/1,\n\n1. Welcomes the report;",
            "Decision 2/CMA.4.");

        Assert.Equal("Noting the outcome of the Conference, including the decision[1] on funding arrangements, and recalling paragraph 2 of its resolution 75/1,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_before_a_bracketed_short_name_is_the_next_notes_marker()
    {
        // A/RES/77/76: the layout sets note 1's raised number between the Treaty's title and the short name in brackets.
        var document = ImportOne(
            "Reaffirming the Treaty on the Non-Proliferation of Nuclear Weapons 1 (NPT) as the cornerstone of the global nuclear non-proliferation regime,\n\n1. Welcomes the report;",
            "United Nations, Treaty Series, vol. 729, No. 10485.");

        Assert.Equal("Reaffirming the Treaty on the Non-Proliferation of Nuclear Weapons[1] (NPT) as the cornerstone of the global nuclear non-proliferation regime,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_before_a_short_name_with_the_article_is_the_next_notes_marker()
    {
        var document = ImportOne(
            "Recalling the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa 1 (the Rio conventions),\n\n1. Welcomes the report;",
            "United Nations, Treaty Series, vol. 1954, No. 33480.");

        Assert.Equal("Recalling the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa[1] (the Rio conventions),", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_before_a_bracketed_letter_is_the_texts_own()
    {
        // A/RES/75/55: "schedules 1 (A) and 1" numbers the Annex on Chemicals' schedules, though note 1 is the next note
        // and its marker, set apart too, stands further on.
        var document = ImportOne(
            "Welcoming the decisions adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention, 1\n\n1. Welcomes the report;",
            "C-24/DEC.4 and C-24/DEC.5.");

        Assert.Equal("Welcoming the decisions adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention,[1]", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_plural_that_no_series_goes_on_from_is_the_next_notes_marker()
    {
        // A plural counts two numbers or more: one number after "Goals" with no second is the Goals' raised note number.
        var document = ImportOne(
            "Mindful of the need to make progress on disarmament,\n\n1. Encourages the international community to achieve the Sustainable Development Goals 1 and to make reference to the contribution that disarmament could provide in meeting them when it reviews its progress towards this purpose;",
            "Resolution 70/1.");

        Assert.Equal("Encourages the international community to achieve the Sustainable Development Goals[1] and to make reference to the contribution that disarmament could provide in meeting them when it reviews its progress towards this purpose;", Marked(document)[1]);
    }

    [Fact]
    public void A_number_in_a_series_after_a_plural_is_the_texts_own()
    {
        var document = ImportOne(
            "Recognizing that extreme poverty and hunger require the collective commitment of the international community for their eradication, pursuant to Millennium Development Goal 1 and Sustainable Development Goals 1 and 2, and therefore calling upon the international community, including the Human Rights Council, 1 to contribute towards their achievement,\n\n1. Welcomes the report;",
            "A/HRC/37/2.");

        Assert.Equal("Recognizing that extreme poverty and hunger require the collective commitment of the international community for their eradication, pursuant to Millennium Development Goal 1 and Sustainable Development Goals 1 and 2, and therefore calling upon the international community, including the Human Rights Council,[1] to contribute towards their achievement,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_after_a_plural_that_a_second_number_goes_on_from_is_the_texts_own()
    {
        // "Articles 1 and" reads as "Goals 19 and" does, but the series goes on to its second number.
        var document = ImportOne(
            "Reaffirming that the enhancement of international cooperation should continue to be carried out in full conformity with the purposes and principles of the Charter and international law, as set forth in Articles 1 and 2 of the Charter, and with full respect for the Universal Declaration of Human Rights, 1\n\n1. Welcomes the report;",
            "Resolution 217 A (III).");

        Assert.Equal("Reaffirming that the enhancement of international cooperation should continue to be carried out in full conformity with the purposes and principles of the Charter and international law, as set forth in Articles 1 and 2 of the Charter, and with full respect for the Universal Declaration of Human Rights,[1]", Marked(document)[0]);
    }

    [Fact]
    public void A_proportion_keeps_its_number_and_a_year_after_a_marker_does_not_make_one()
    {
        // A/RES/75/190: "diet, 1 in 5 children"; A/RES/75/134: "specified in his report 3 in 2021".
        var document = ImportOne(
            "Recalling the report,1 and noting that 149 million children do not receive a minimum acceptable diet, 2 in 5 children suffer from stunting,\n\n1. Authorizes the activities specified in his report 2 in 2021;",
            "A/75/100.",
            "A/75/389.");

        Assert.Equal("Recalling the report,[1] and noting that 149 million children do not receive a minimum acceptable diet, 2 in 5 children suffer from stunting,", Marked(document)[0]);
        Assert.Equal("Authorizes the activities specified in his report[2] in 2021;", Marked(document)[1]);
    }

    [Fact]
    public void A_number_in_a_series_of_numbers_is_no_marker()
    {
        // A/RES/75/219: "(targets 9, 11, 16, 17, 19 and 20)", with notes up to 11.
        var document = ImportOne(
            "Recalling the report,1 and noting that six targets have been partially achieved (targets 9, 2, 16, 17, 19 and 20), and the Strategic Plan 2 and its targets,\n\n1. Welcomes the report;",
            "A/75/100.",
            "UNEP/CBD/COP/10/27.");

        Assert.Equal("Recalling the report,[1] and noting that six targets have been partially achieved (targets 9, 2, 16, 17, 19 and 20), and the Strategic Plan[2] and its targets,", Marked(document)[0]);
    }

    [Fact]
    public void A_number_after_a_bodys_dated_decision_counts_it()
    {
        // A/RES/76/258: "the 2012 General Council decision 6 as the accession instruments" is note 6's marker, not a count;
        // "convened by the Secretary-General on 23 and 24 September 2021" (A/RES/76/222) counts days.
        var document = ImportOne(
            "Recalling the report,1 and noting the 2012 General Council decision 2 as the accession instruments,\n\nRecalling the Summit convened by the Secretary-General on 3 and 4 September 2021,\n\n1. Welcomes the decision 3 of the Council;",
            "A/76/100.",
            "WT/L/508/Add.1.",
            "A/76/200.");

        Assert.Equal("Recalling the report,[1] and noting the 2012 General Council decision[2] as the accession instruments,", Marked(document)[0]);
        Assert.Equal("Recalling the Summit convened by the Secretary-General on 3 and 4 September 2021,", Marked(document)[1]);
        Assert.Equal("Welcomes the decision[3] of the Council;", Marked(document)[2]);
    }

    [Fact]
    public void A_count_is_no_marker_where_the_notes_number_stands_glued_to_a_year_further_on()
    {
        // A/RES/77/31: "18 fatalities, … of violence, 9 abductions, 177 arrests … harassment, 8 and … harassment in 2021,9", with notes 8 and 9.
        var document = ImportOne(
            "Noting with concern the report,1 that in 2021 there were 12 fatalities, of which 7 resulted from acts of violence, 3 abductions, 177 arrests and 386 reported cases of intimidation and harassment, 2 and noting the 87 reported cases of intimidation and harassment in 2021,3\n\n1. Welcomes the report;",
            "A/77/1.", "A/77/2.", "A/77/3.");

        Assert.Equal("Noting with concern the report,[1] that in 2021 there were 12 fatalities, of which 7 resulted from acts of violence, 3 abductions, 177 arrests and 386 reported cases of intimidation and harassment,[2] and noting the 87 reported cases of intimidation and harassment in 2021,[3]", Marked(document)[0]);
    }
}
