using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Where a page's note stands apart from its number in the reading order (pdftotext without <c>-layout</c>), right under
/// the page's text: the note opens under the text's last line, which a raised number of the page's notes, a unit's
/// semicolon or a paragraph's lead tells; a line in lower case goes on the note above; a page's number set above the
/// page's text does not make the text a note; and a raised number the line's end set alone in the text is a marker.
/// </summary>
public sealed class NoteUnderPageTextTests
{
    [Fact]
    public void A_note_under_a_line_that_carries_a_marker_of_the_page_opens_under_it()
    {
        // A/RES/77/178's second page, shortened: notes 2 and 3 stand under the text's cut line, their numbers at the foot.
        var page = "Island Developing States, entitled “SIDS Accelerated Modalities of Action (SAMOA)\nPathway”,5 the outcome document of the second United Nations Conference on Landlocked\nDeveloping Countries, the Vienna Programme of Action for Landlocked Developing\nCountries for the Decade 2014–2024,6 the proclamation of the United Nations Decade on\nResolution 69/283, annexes I and II.\nSee FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n4\nUnited Nations, Treaty Series, vol. 1771, No. 30822.\n5\nResolution 69/15, annex.\n6\nResolution 69/137, annex II.\n2\n3\n\n2/9\n";

        var gathered = GatheredPage.Of(page, firstNote: 2);

        Assert.Equal("2 Resolution 69/283, annexes I and II.", gathered.Notes[0]);
        Assert.Equal("3 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.", gathered.Notes[1]);
        Assert.Contains("Countries for the Decade 2014–2024,6 the proclamation of the United Nations Decade on", gathered.Text);
    }

    [Fact]
    public void Under_a_marked_line_a_note_that_opens_as_no_reference_is_its_last_line()
    {
        // A draft of a commission's report (seed 001, draft resolution II), shortened: notes 2 and 3 stand under the
        // text's cut line, which goes on after the marked line; neither opens as a reference does.
        var page = "Mindful of the fact that the Doha Declaration on Integrating Crime Prevention and\nPublic Participation,4 adopted at the conclusion of the Thirteenth Congress on Crime\nPrevention and Criminal Justice held in Qatar in April 2015, points to the need to implement\nEconomic and Social Council resolution 1984/47, annex.\nGeneral Assembly resolution 43/173, annex.\n4\nGeneral Assembly resolution 45/111, annex.\n2\n3\n\n2/6\n";

        var gathered = GatheredPage.Of(page, firstNote: 2);

        Assert.Equal(new[] { "2 Economic and Social Council resolution 1984/47, annex.", "3 General Assembly resolution 43/173, annex.", "4 General Assembly resolution 45/111, annex." }, gathered.Notes);
        Assert.Contains("Prevention and Criminal Justice held in Qatar in April 2015, points to the need to implement", gathered.Text);
    }

    [Fact]
    public void A_symbol_in_a_note_glued_to_a_full_stop_is_no_marker()
    {
        // "Add.2" in the note's text, with note 2 on the page: the note reaches back over it as before.
        var page = "Recalling the reports of the Special Rapporteur of the Commission on Human Rights,\nSee E/CN.4/1998/53/Add.2, annex, and\nE/CN.4/2005/84, chap. I.\n3\nResolution 60/1.\n2\n\n2/5\n";

        var gathered = GatheredPage.Of(page, firstNote: 2);

        Assert.Equal("2 See E/CN.4/1998/53/Add.2, annex, and E/CN.4/2005/84, chap. I.", gathered.Notes[0]);
    }

    [Fact]
    public void A_line_in_lower_case_goes_on_the_note_above()
    {
        // A/RES/77/94's second page: note 3 wraps after a year in brackets ("… 2321 (2016)" / "and 2375 (2017).").
        var page = "Encourages further expressions from among the remaining States whose ratification is\nneeded for the Treaty to enter into force of their intention to pursue and complete the\nratification process;\n\n2\n3\n\n2/3\n\nSee resolution 50/245 and A/50/1027.\nIncluding Security Council resolutions 1718 (2006), 1874 (2009), 2094 (2013), 2270 (2016), 2321 (2016)\nand 2375 (2017).\n";

        var gathered = GatheredPage.Of(page, firstNote: 2);

        Assert.Equal(
            new[] { "2 See resolution 50/245 and A/50/1027.", "3 Including Security Council resolutions 1718 (2006), 1874 (2009), 2094 (2013), 2270 (2016), 2321 (2016) and 2375 (2017)." },
            gathered.Notes);
    }

    [Fact]
    public void A_web_address_in_lower_case_is_a_note_of_its_own()
    {
        var page = "of the Council,\n\n4\n5\n\n3/6\n\nSee S/2019/1.\nwww.un.org/securitycouncil/content/repertoire/structure.\n";

        var gathered = GatheredPage.Of(page, firstNote: 4);

        Assert.Equal(new[] { "4 See S/2019/1.", "5 www.un.org/securitycouncil/content/repertoire/structure." }, gathered.Notes);
    }

    [Fact]
    public void Under_a_page_number_set_above_the_text_a_note_opens_at_its_reference()
    {
        // A/RES/75/167's fourth page: pdftotext sets the paragraph's number, the note's and the page's above the text.
        var page = "the local level,\n1.\n13\n\n4/10\n\nTakes note with appreciation of the report of the Secretary-General;13\nA/75/262.\n";

        var gathered = GatheredPage.Of(page, firstNote: 13);

        Assert.Equal(new[] { "13 A/75/262." }, gathered.Notes);
        Assert.Contains("Takes note with appreciation of the report of the Secretary-General;13", gathered.Text);
    }

    [Fact]
    public void A_note_that_opens_with_a_conferences_report_under_a_cut_line_keeps_its_first_line()
    {
        // A/RES/76/222's second page, shortened: note 4's number stands after the others, its text under the cut line.
        var page = "Welcoming further the Sustainable Development Goals Summit, held in New York on\n24 and 25 September 2019, on gearing up for a decade of action and delivery for sustainable\nReport of the United Nations Conference on Environment and Development, Rio de Janeiro, 3−14 June\n1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and\ncorrigendum), resolution 1, annex I.\n5\nIbid., annex II.\n4\n\n2/14\n";

        var gathered = GatheredPage.Of(page, firstNote: 4);

        Assert.Equal("4 Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3−14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.", gathered.Notes[0]);
        Assert.Contains("24 and 25 September 2019, on gearing up for a decade of action and delivery for sustainable", gathered.Text);
        Assert.DoesNotContain(gathered.Text, line => line.StartsWith("Report of", StringComparison.Ordinal) || line.StartsWith("1992", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_under_a_paragraph_that_ended_with_its_semicolon_opens_under_it()
    {
        // A/RES/75/239, shortened: note 106 opens with an instrument's name, no reference's opening; the paragraph above
        // ended on its semicolon.
        var page = "Encourages States to cooperate to better understand the consequences of marine oil spills or\nmarine spills involving hazardous or noxious substances;\nInternational Convention for the Prevention of Pollution from Ships, annex IV (Regulations for the\nprevention of pollution by sewage from ships) and annex V (Regulations for the prevention of pollution by\ngarbage from ships).\n107\nInternational Maritime Organization, resolution MEPC.310(73).\n106\n\n20/54\n";

        var gathered = GatheredPage.Of(page, firstNote: 106);

        Assert.Equal("106 International Convention for the Prevention of Pollution from Ships, annex IV (Regulations for the prevention of pollution by sewage from ships) and annex V (Regulations for the prevention of pollution by garbage from ships).", gathered.Notes[0]);
        Assert.Contains("marine spills involving hazardous or noxious substances;", gathered.Text);
        Assert.DoesNotContain(gathered.Text, line => line.StartsWith("International Convention", StringComparison.Ordinal));
    }

    [Fact]
    public void A_raised_number_set_alone_in_the_text_goes_back_on_its_word()
    {
        // A/RES/76/204's eighth page, shortened: note 17's number stands alone after "Development," and again at the foot.
        var page = "27.\n\nReiterates its strong encouragement of and the need for effective coordination and\ncoherence, as applicable, in the implementation of the 2030 Agenda,16 the Addis Ababa\nAction Agenda of the Third International Conference on Financing for Development,\n17\nthe Paris Agreement adopted under the United Nations Framework Convention on\nClimate Change, the Convention on Biological Diversity, 18 and the New Urban Agenda;\n\nResolution 70/1.\nResolution 69/313, annex.\n18\nUnited Nations, Treaty Series, vol. 1760, No. 30619.\n16\n17\n\n8/11\n";

        var gathered = GatheredPage.Of(page, firstNote: 16);

        Assert.Equal(new[] { "16 Resolution 70/1.", "17 Resolution 69/313, annex.", "18 United Nations, Treaty Series, vol. 1760, No. 30619." }, gathered.Notes);
        Assert.Contains("Action Agenda of the Third International Conference on Financing for Development,17", gathered.Text);
        Assert.Contains("the Paris Agreement adopted under the United Nations Framework Convention on", gathered.Text);
    }

    [Fact]
    public void A_number_alone_in_the_text_that_no_note_repeats_stays_the_texts()
    {
        // A figure alone, with no note of that number at the foot: note 18 only.
        var page = "the number of posts shall be\n17\nas set out below;18\n18\nResolution 69/313, annex.\n\n8/11\n";

        var gathered = GatheredPage.Of(page, firstNote: 18);

        Assert.Equal(new[] { "18 Resolution 69/313, annex." }, gathered.Notes);
        Assert.Contains("17", gathered.Text);
    }

    [Theory]
    [InlineData("Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3−14 June", true)]
    [InlineData("Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4", true)]
    [InlineData("report of the Secretary-General on the implementation of the present resolution,", false)]
    [InlineData("Reports of the Secretary-General", false)]
    public void A_conferences_report_opens_a_note(string line, bool opens)
    {
        Assert.Equal(opens, NoteOpening.Opens(line));
    }
}
