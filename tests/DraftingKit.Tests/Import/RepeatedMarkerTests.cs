using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A note cited again by its number, as texts before 2020 do (the seeds of 2013–2019 reuse markers: "the United
/// Nations Convention against Transnational Organized Crime²" after its first "…Crime,²"), printed as a bare number:
/// glued to a word or its punctuation, or set apart after the word the note's first marker followed; and the next
/// note's number set apart after a name's last word before any word ("Prisoners 2 remain").
/// </summary>
public sealed class RepeatedMarkerTests
{
    private static List<string> Marked(string body, params string[] notes) => NoteLayer.Marked(NoteLayer.ImportOne("Crime prevention", body, notes));

    [Fact]
    public void A_note_cited_again_glued_to_a_word_or_its_punctuation_is_its_marker()
    {
        var marked = Marked(
            "Recalling the United Nations Convention against Transnational Organized Crime,1 the Protocols thereto,2 and the Strategy,3\n\n"
            + "1. Urges States to ratify the Convention against Transnational Organized Crime1 and the Protocols thereto,2 and to implement the Strategy;3",
            "Treaty Series, vol. 2225, No. 39574.",
            "Ibid., vols. 2237, 2241 and 2326.",
            "Resolution 60/288.");

        Assert.Equal("Urges States to ratify the Convention against Transnational Organized Crime[1] and the Protocols thereto,[2] and to implement the Strategy;[3]", marked[1]);
    }

    [Fact]
    public void A_note_cited_again_glued_to_a_years_comma_is_its_marker()
    {
        var marked = Marked(
            "Recalling the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda,1 and resolution 70/174,2\n\n"
            + "1. Invites States to take into account the Doha Declaration, adopted at the Thirteenth Congress, held in Doha from 12 to 19 April 2015,1 when formulating legislation, and the report of 2014, 2015 and 2016;",
            "Resolution 70/174, annex.",
            "A/70/100.");

        Assert.Equal("Invites States to take into account the Doha Declaration, adopted at the Thirteenth Congress, held in Doha from 12 to 19 April 2015,[1] when formulating legislation, and the report of 2014, 2015 and 2016;", marked[1]);
    }

    [Fact]
    public void A_note_cited_again_set_apart_after_the_word_its_first_marker_followed_is_its_marker()
    {
        var marked = Marked(
            "Recalling the United Nations Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules), 1 the Convention on Psychotropic Substances of 1971, 2 and the Guidelines,3\n\n"
            + "1. Encourages States to apply the Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules) 1 and the Convention of 1971, 2 in their work;",
            "Resolution 45/110, annex.",
            "Treaty Series, vol. 1019, No. 14956.",
            "Resolution 40/33, annex.");

        Assert.Equal("Encourages States to apply the Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules)[1] and the Convention of 1971,[2] in their work;", marked[1]);
    }

    [Fact]
    public void A_number_of_the_text_set_apart_after_another_word_stays_though_a_note_has_that_number()
    {
        var marked = Marked(
            "Recalling the Rio Declaration,1 the Declaration on Forests,2 and Agenda 21,3\n\n"
            + "1. Calls for action under priority 2 and for the implementation of the Declaration on Forests 2 and Agenda 21;",
            "A/CONF.151/26/Rev.1 (Vol. I), annex I.",
            "Ibid., annex III.",
            "Ibid., annex II.");

        Assert.Equal("Calls for action under priority 2 and for the implementation of the Declaration on Forests[2] and Agenda 21;", marked[1]);
    }

    [Fact]
    public void Digits_glued_to_a_name_in_capitals_or_of_one_letter_are_no_note_cited_again()
    {
        var marked = Marked(
            "Recalling the Declaration,1 the outcome of the summit,2 and the report,3\n\n"
            + "1. Welcomes the work of the G20 and of the G2 in reducing CO2 emissions;",
            "Resolution 70/1.",
            "A/70/100.",
            "A/70/200.");

        Assert.Equal("Welcomes the work of the G20 and of the G2 in reducing CO2 emissions;", marked[1]);
    }

    [Fact]
    public void A_number_after_a_year_in_brackets_numbers_what_the_year_dates_and_cites_no_note_again()
    {
        // A/RES/75/264: the Council of Europe's recommendations, CM/Rec(2019)1 and CM/Rec(2019)11.
        var marked = Marked(
            "Recalling the Declaration,1 the outcome of the summit,2 and the report,3\n\n"
            + "1. Recognizes the adoption of recommendation (2019)1 of the Committee of Ministers and of recommendation (2019)3 to member States;",
            "Resolution 70/1.",
            "A/70/100.",
            "A/70/200.");

        Assert.Equal("Recognizes the adoption of recommendation (2019)1 of the Committee of Ministers and of recommendation (2019)3 to member States;", marked[1]);
    }

    [Fact]
    public void The_next_notes_number_set_apart_after_a_names_last_word_before_any_word_is_its_marker()
    {
        var marked = Marked(
            "Recalling resolution 65/230,1\n\nRecognizing that the Standard Minimum Rules for the Treatment of Prisoners 2 remain the universally acknowledged minimum standards,\n\n1. Welcomes the report;",
            "Resolution 65/230, annex.",
            "Human Rights: A Compilation of International Instruments, sect. J, No. 34.");

        Assert.Equal("Recognizing that the Standard Minimum Rules for the Treatment of Prisoners[2] remain the universally acknowledged minimum standards,", marked[1]);
    }

    [Fact]
    public void A_number_set_apart_before_a_word_after_a_word_in_lower_case_stays_the_texts()
    {
        var marked = Marked(
            "Recalling resolution 65/230,1\n\nNoting that in the first 2 years the programme reached the States concerned,\n\n1. Welcomes the report;2",
            "Resolution 65/230, annex.",
            "A/70/200.");

        Assert.Equal("Noting that in the first 2 years the programme reached the States concerned,", marked[1]);
        Assert.Equal("Welcomes the report;[2]", marked[2]);
    }

    [Fact]
    public void A_number_not_yet_cited_is_no_note_cited_again()
    {
        var marked = Marked(
            "Recalling the Convention,1\n\nNoting the report of the Secretary-General on the Strategy3 and the plan,2\n\n1. Welcomes the report;3",
            "Treaty Series, vol. 2225.",
            "A/70/200.",
            "A/70/300.");

        Assert.Equal("Noting the report of the Secretary-General on the Strategy3 and the plan,[2]", marked[1]);
    }

    [Fact]
    public void A_note_cited_again_set_apart_after_the_name_its_first_clause_named_is_its_marker()
    {
        // 000 draft resolution II: note 12 first closed "… and Public Participation, adopted at … held in Qatar in April 2015,".
        var marked = Marked(
            "Recalling resolution 65/230,1\n\nMindful of the fact that the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda and Public Participation, adopted at the conclusion of the Thirteenth Congress, held in Qatar in April 2015,2 points to the need,\n\n"
            + "1. Welcomes the financial support for the implementation of the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda and Public Participation 2 in the form of a technical assistance programme;",
            "Resolution 65/230, annex.",
            "Resolution 70/174, annex.");

        Assert.Equal("Welcomes the financial support for the implementation of the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda and Public Participation[2] in the form of a technical assistance programme;", marked[2]);
    }

    [Fact]
    public void A_number_set_apart_in_a_clause_that_names_nothing_its_note_named_stays_the_texts()
    {
        var marked = Marked(
            "Recalling the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda,1 and resolution 70/174,2\n\n"
            + "1. Decides to hold the Conference of the Parties to the Convention for Participation 2 in the form of a plenary meeting;",
            "Resolution 70/174, annex.",
            "A/70/100.");

        Assert.Equal("Decides to hold the Conference of the Parties to the Convention for Participation 2 in the form of a plenary meeting;", marked[1]);
    }

    [Fact]
    public void The_last_notes_number_set_apart_at_its_one_place_after_the_markers_seen_is_its_marker()
    {
        // A/RES/77/245: note 18 lists the associate members; its number, set apart after "members", stands nowhere else.
        var marked = Marked(
            "Recalling resolution 65/230,1\n\n1. Calls for the participation of associate members 2 of the regional commissions in the Conference;",
            "Resolution 65/230, annex.",
            "American Samoa, Anguilla, Aruba and Bermuda.");

        Assert.Equal("Calls for the participation of associate members[2] of the regional commissions in the Conference;", marked[1]);
    }

    [Fact]
    public void A_notes_number_set_apart_at_two_places_after_the_markers_seen_is_neither()
    {
        var marked = Marked(
            "Recalling resolution 65/230,1\n\n1. Calls for the participation of associate members 2 of the regional commissions and of the members 2 of the committees;",
            "Resolution 65/230, annex.",
            "American Samoa, Anguilla, Aruba and Bermuda.");

        Assert.Equal("Calls for the participation of associate members 2 of the regional commissions and of the members 2 of the committees;", marked[1]);
    }

    [Fact]
    public void A_number_in_a_series_or_after_a_word_that_labels_it_is_no_note_cited_again_though_its_clause_names_the_notes()
    {
        // The main sample's "articles 12, 13 and 14 of the Convention on the Rights of Persons with Disabilities" and
        // "action 9 of the Final Document of the 2010 Review Conference of the Parties to the Treaty".
        var marked = Marked(
            "Recalling the Convention on the Rights of Persons with Disabilities,1 and the Final Document of the 2010 Review Conference of the Parties to the Treaty,2\n\n"
            + "1. Recalls articles 1, 2 and 3 of the Convention on the Rights of Persons with Disabilities, and action 2 of the Final Document of the 2010 Review Conference of the Parties to the Treaty;",
            "Treaty Series, vol. 2515, No. 44910.",
            "NPT/CONF.2010/50 (Vol. I).");

        Assert.Equal("Recalls articles 1, 2 and 3 of the Convention on the Rights of Persons with Disabilities, and action 2 of the Final Document of the 2010 Review Conference of the Parties to the Treaty;", marked[1]);
    }

    [Fact]
    public void A_clause_a_page_cut_is_read_across_the_page_for_the_name_it_names_again()
    {
        // 002 draft resolution II: "… the cultural heritage of" / the page's foot / "peoples in the form of movable property,12 … Member States, 11 and".
        var marked = Marked(
            "Taking note of the report of the Secretariat on the model treaty for the prevention of crimes that infringe on the cultural heritage of peoples in the form of movable property,1\n\n"
            + "1. Requests the Office to continue its review of the model treaty for the prevention of crimes that infringe on the cultural heritage of\n\n"
            + "peoples in the form of movable property, taking into account the views and comments expressed by Member States, 1 and requests Member States to submit their comments;",
            "UNODC/CCPCJ/EG.1/2012/2 and Add.1.");

        Assert.Equal("Requests the Office to continue its review of the model treaty for the prevention of crimes that infringe on the cultural heritage of peoples in the form of movable property, taking into account the views and comments expressed by Member States,[1] and requests Member States to submit their comments;", marked[1]);
    }

    [Fact]
    public void A_note_cited_again_after_a_shorter_name_of_capitalised_words_its_first_clause_named_is_its_marker()
    {
        var marked = Marked(
            "Recalling the United Nations Standard Minimum Rules for the Treatment of Prisoners,1\n\n"
            + "1. Encourages States to apply the Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules) 1 in their prisons;",
            "Resolution 70/175, annex.");

        Assert.Equal("Encourages States to apply the Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)[1] in their prisons;", marked[1]);
    }
}
