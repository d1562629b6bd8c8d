using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a PDF's text layer as pdftotext gives it with <c>-layout</c>, in lines taken from the corpus texts laid
/// out by LibreOffice. Paragraphs are told by their indents and line lengths, words broken at the line's end are made
/// whole, and a raised note number the layout set apart is a marker only where the notes' order says so.
/// </summary>
public sealed class LaidOutTextTests
{
    /// <summary>A laid-out page: the masthead's lines, then <paramref name="body"/>, then a form feed.</summary>
    private static string Page(params string[] body) =>
        string.Join("\n", new[] { "A/RES/75/83", "", "               United Nations                                            A/RES/75/83", "               General Assembly                    Distr.: General", "               Seventy-fifth session", "               Agenda item 103", "               Resolution adopted by the General Assembly on 7 December 2020", "" }.Concat(body)) + "\n\f";

    /// <summary>The paragraphs <see cref="LaidOutText"/> gives back, each one's lines joined, blank lines between them.</summary>
    private static List<string> Paragraphs(string page) => LaidOutParagraphs.Of(page);

    [Fact]
    public void One_line_paragraphs_at_the_first_lines_indent_stand_apart()
    {
        var paragraphs = Paragraphs(Page(
            "                      The General Assembly,",
            "                      Having considered the report of the Conference on Disarmament,1",
            "                      Recalling its resolution 74/74 of 12 December 2019,",
            "                     Convinced that the Conference on Disarmament, as the single multilateral disarmament",
            "               negotiating forum of the international community, has the primary role in substantive",
            "               negotiations on priority questions of disarmament,",
            "                     Recognizing the addressing of issues through structured and substantive discussions",
            "               at the Conference,"));

        Assert.Contains("Having considered the report of the Conference on Disarmament,1", paragraphs);
        Assert.Contains("Recalling its resolution 74/74 of 12 December 2019,", paragraphs);
        Assert.Contains("Convinced that the Conference on Disarmament, as the single multilateral disarmament negotiating forum of the international community, has the primary role in substantive negotiations on priority questions of disarmament,", paragraphs);
    }

    [Fact]
    public void A_first_line_over_lines_set_back_stays_one_paragraph_with_them()
    {
        var paragraphs = Paragraphs(Page(
            "                     Reaffirming its full commitment to the peace process in the Republic of Colombia,",
            "                     Recalling all its resolutions and statements of its President regarding the peace process",
            "               in Colombia,",
            "                     Welcoming the progress made towards peace across Colombia since the adoption of the",
            "               Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace,",
            "                     Stressing the importance of the implementation of the Final Agreement in its entirety",
            "               and of the security guarantees and of the reintegration of former combatants,"));

        Assert.Contains("Reaffirming its full commitment to the peace process in the Republic of Colombia,", paragraphs);
        Assert.Contains("Recalling all its resolutions and statements of its President regarding the peace process in Colombia,", paragraphs);
        Assert.Contains("Welcoming the progress made towards peace across Colombia since the adoption of the Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace,", paragraphs);
        Assert.Equal("Stressing the importance of the implementation of the Final Agreement in its entirety and of the security guarantees and of the reintegration of former combatants,", paragraphs.Last());
    }

    [Fact]
    public void A_word_broken_at_its_hyphen_is_whole_before_a_capital_or_a_digit()
    {
        var paragraphs = Paragraphs(Page(
            "               3.      Endorses the conclusions and recommendations contained in the report of the Advisory",
            "                       Committee on Administrative and Budgetary Questions, and requests the Secretary-",
            "                       General to ensure their full implementation, taking into account the coronavirus disease (COVID-",
            "                       19) pandemic and the decade of action and delivery for sustainable development and the",
            "                       programmes of the Organization in the field of development and the 2018–",
            "                       2030 strategic framework;"));

        var text = paragraphs.Last();
        Assert.Contains("the Secretary-General to ensure", text, StringComparison.Ordinal);
        Assert.Contains("(COVID-19) pandemic", text, StringComparison.Ordinal);
        Assert.Contains("the 2018–2030 strategic framework", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hyphen_standing_for_a_word_left_out_keeps_its_space()
    {
        var paragraphs = Paragraphs(Page(
            "                     Deeply concerned at the proliferation of disinformation about the coronavirus disease",
            "               (COVID-19) pandemic, including online, and stressing the importance of providing science-",
            "               and evidence-based data and information to the public to counter such practices,",
            "                     Recognizing the need for medium-",
            "               to long-term planning in the health sector,"));

        Assert.Contains("providing science- and evidence-based data", paragraphs[paragraphs.Count - 2], StringComparison.Ordinal);
        Assert.Contains("medium- to long-term", paragraphs.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_items_after_a_closed_clause_are_paragraphs_with_their_set_in_lines()
    {
        var paragraphs = Paragraphs(Page(
            "            (l)    Provide good offices and strategic and technical advice, as appropriate, to the",
            "            Government of the DRC and play a role in coordinating the support provided by",
            "            international and bilateral partners and the United Nations system, in consultation",
            "            with the Government of DRC, to:",
            "            – accelerate national ownership of SSR which delivers security and justice to all",
            "                  through independent, accountable and functioning justice and security",
            "                  institutions which take into account women’s full, equal, effective and",
            "                  meaningful participation and safety;",
            "            – promote and facilitate military, police, justice and prison sector reforms to",
            "                 enhance the justice and security sector’s accountability;"));

        Assert.Equal("– accelerate national ownership of SSR which delivers security and justice to all through independent, accountable and functioning justice and security institutions which take into account women’s full, equal, effective and meaningful participation and safety;", paragraphs[paragraphs.Count - 2]);
        Assert.Equal("– promote and facilitate military, police, justice and prison sector reforms to enhance the justice and security sector’s accountability;", paragraphs.Last());
    }

    [Fact]
    public void A_short_unpunctuated_line_over_a_labelled_item_is_a_paragraph_of_its_own()
    {
        var paragraphs = Paragraphs(Page(
            "26.   Further authorises MONUSCO, without impeding on its capacity to implement its",
            "      priority tasks, to use its existing capacities to implement the following tasks exclusively",
            "      in cooperation with the UNCT and in a streamlined and sequenced manner, bearing in",
            "      mind that all tasks are mutually reinforcing:",
            "      Support for the 2023 electoral process",
            "      (a)    Provide, if officially requested by the Congolese authorities, support for the 2023",
            "            electoral process in the three provinces where MONUSCO is still deployed;"));

        Assert.Contains("Support for the 2023 electoral process", paragraphs);
        Assert.EndsWith("mind that all tasks are mutually reinforcing:", paragraphs[paragraphs.IndexOf("Support for the 2023 electoral process") - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_number_set_past_the_texts_edge_is_no_measure_of_its_full_lines()
    {
        // A/RES/77/289: the page's number prints at column 112, the text's full lines end near 97; "… as needed;" is full.
        var paragraphs = Paragraphs(Page(
            "22.   We reiterate the importance of the engagement and inclusion of all of society in disaster",
            "      risk reduction and express appreciation for the critical role played by non-State",
            "      stakeholders in implementing the Sendai Framework at the local, national, regional and",
            "      global levels.",
            "23.   We reiterate that, while there has been progress on disaster risk governance at the local",
            "      level, more needs to be done. We recognize the need for enhanced support to local",
            "      authorities as well as for greater engagement with local communities and civil society",
            "      organizations in developing countries, in particular the least developed countries, small",
            "      island developing States, landlocked developing countries and African countries, as",
            "      well as middle-income countries facing specific challenges.",
            "24.   We express concern that silos within and between national and local institutions limit",
            "      coordination between disaster risk reduction, biodiversity conservation, sustainable",
            "      development and economic policies and plans, as well as climate change policies and",
            "      plans, including mitigation and adaptation, and that a lack of national legal frameworks",
            "      for disaster risk reduction hampers progress in implementing the Sendai Framework.",
            "25.   We stress the need to enhance coordination, coherence and integration between disaster",
            "      and health risk management systems, including at the local level.",
            "26.   We call upon States to strengthen comprehensive disaster risk governance, taking into",
            "      account their national circumstances, needs and priorities, including by:",
            "      (a)   Strengthening national multi-hazard risk governance with the full engagement of",
            "            all State institutions, including by establishing or strengthening national platforms",
            "            for disaster risk reduction, or similar mechanisms, to strengthen coordination",
            "            across ministries, institutions and sectors at all levels; mapping existing policy",
            "            architecture and capacities for disaster risk reduction and addressing gaps and",
            "            assigning roles and responsibilities across ministries and institutions, as needed;",
            "            and ensuring that all sectors at all levels have disaster risk reduction policies and",
            "            strategies in place;",
            "      (b)   Supporting and enabling all local authorities to have disaster risk reduction",
            "            strategies and local platforms for disaster risk reduction, or similar mechanisms,",
            "            in place, including by strengthening the role of local authorities for multi-hazard",
            "            Resilient 2030 initiative to promote exchanges between cities;",
            "",
            "",
            "                                                                                                            5/11"));

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("(a)", StringComparison.Ordinal) && paragraph.EndsWith("as needed; and ensuring that all sectors at all levels have disaster risk reduction policies and strategies in place;", StringComparison.Ordinal));
        // A line that ends its unit well short of the measure still closes it.
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("25.", StringComparison.Ordinal) && paragraph.EndsWith("including at the local level.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("(b)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_line_paragraph_over_a_first_line_printed_two_columns_back_stands_apart()
    {
        // A/RES/77/9: pdftotext counts each justified line's indent in its own letter widths.
        var paragraphs = Paragraphs(Page(
            "77/9.          Report of the International Atomic Energy Agency",
            "                       The General Assembly,",
            "                       Having received the report of the International Atomic Energy Agency for 2021,1",
            "                     Taking note of the statement by the Director General of the Agency, in which he",
            "               provided additional information on the main developments in the activities of the Agency",
            "               during 2022,",
            "                       Recognizing the importance of the work of the Agency,",
            "                    Recognizing also the cooperation between the United Nations and the Agency and the",
            "               Agreement governing the relationship between the United Nations and the Agency as",
            "               approved by the General Conference of the Agency on 23 October 1957 and by the General",
            "               Assembly in the annex to its resolution 1145 (XII) of 14 November 1957,"));

        Assert.Contains("Having received the report of the International Atomic Energy Agency for 2021,1", paragraphs);
        Assert.Contains("Taking note of the statement by the Director General of the Agency, in which he provided additional information on the main developments in the activities of the Agency during 2022,", paragraphs);
        Assert.Contains("Recognizing the importance of the work of the Agency,", paragraphs);
    }

    [Fact]
    public void A_full_line_that_ends_on_a_word_runs_on_into_a_line_printed_two_columns_back()
    {
        var paragraphs = Paragraphs(Page(
            "                       The General Assembly,",
            "                       Having received the report of the International Atomic Energy Agency for the",
            "                     year 2021 and the statement by the Director General of the Agency, in which he",
            "               provided additional information on the main developments in the activities of the Agency",
            "               during 2022,",
            "                       Recognizing the importance of the work of the Agency,",
            "                    Recognizing also the cooperation between the United Nations and the Agency and the",
            "               Agreement governing the relationship between the United Nations and the Agency,"));

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Having received", StringComparison.Ordinal) && paragraph.EndsWith("during 2022,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_under_a_full_line_that_closed_an_item_stands_apart_at_the_pages_foot()
    {
        // S/RES/2666 (2022): the heading is the page's last line, set at the item's text column.
        var paragraphs = Paragraphs(Page(
            "26.   Further authorises MONUSCO, without impeding on its capacity to implement its",
            "      priority tasks, to use its existing capacities to implement the following tasks exclusively",
            "      in cooperation with the UNCT and in a streamlined and sequenced manner, bearing in",
            "      mind that all tasks are mutually reinforcing:",
            "      Support for the 2023 electoral process",
            "      (a)   Provide, if officially requested by the Congolese authorities, support for the 2023",
            "            electoral process in the three provinces where MONUSCO is still deployed,",
            "            authorities, the UNCT, regional and international actors, in order to facilitate a",
            "            peaceful electoral cycle, in particular by engaging in dialogue with the CENI;",
            "            Support to the DRC judicial system and fight against impunity",
            "",
            "",
            "                                                                                                             9/13"));

        Assert.Contains("Support to the DRC judicial system and fight against impunity", paragraphs);
        Assert.EndsWith("in dialogue with the CENI;", paragraphs[paragraphs.IndexOf("Support to the DRC judicial system and fight against impunity") - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_under_a_colon_goes_on_the_line_above()
    {
        // A/RES/76/56's agenda title: what the colon announces is the same title's.
        var paragraphs = Paragraphs(Page(
            "Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly:",
            "Convention on the Prohibition of the Use of Nuclear Weapons",
            "",
            "",
            "Resolution adopted by the General Assembly on 6 December 2021",
            "[on the report of the First Committee (A/76/445, para. 17)]",
            "",
            "76/56.         Convention on the Prohibition of the Use of Nuclear Weapons",
            "                      The General Assembly,",
            "                    Convinced that the use of nuclear weapons poses the most serious threat to the survival",
            "               of humankind,",
            "                    Bearing in mind the advisory opinion of the International Court of Justice of 8 July",
            "               1996 on the legality of the threat or use of nuclear weapons,1"));

        Assert.Contains("Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly: Convention on the Prohibition of the Use of Nuclear Weapons", paragraphs);
    }

    [Fact]
    public void A_line_back_at_a_dash_items_column_ends_the_item()
    {
        var paragraphs = Paragraphs(Page(
            "43.   Requests the Secretary-General to report to the Security Council every three months",
            "      on the implementation of MONUSCO’s mandate, including:",
            "      – every six months, updates on progress towards the realisation of the benchmarks and",
            "            indicators set by the Government and the United Nations in the Transition plan;",
            "      and further requests the Secretary-General to include gender analysis in all reports to",
            "            the Security Council;",
            "44.   Requests the Secretary-General to provide the Security Council with options;"));

        Assert.Contains("– every six months, updates on progress towards the realisation of the benchmarks and indicators set by the Government and the United Nations in the Transition plan;", paragraphs);
        Assert.Contains("and further requests the Secretary-General to include gender analysis in all reports to the Security Council;", paragraphs);
    }

    [Fact]
    public void A_parts_designation_stands_apart_from_the_heading_and_the_title()
    {
        var paragraphs = Paragraphs(Page(
            "77/128.        Questions relating to information",
            "               A",
            "               Information in the service of humanity",
            "",
            "                      The General Assembly,",
            "",
            "                    Taking note of the comprehensive and important report of the Committee on",
            "               Information,1"));

        Assert.Equal(new[] { "77/128.        Questions relating to information", "A", "Information in the service of humanity" }, paragraphs.SkipWhile(p => !p.StartsWith("77/128.", StringComparison.Ordinal)).Take(3));
    }

    [Fact]
    public void A_line_at_a_hanging_labels_text_column_runs_on_the_labelled_line()
    {
        var blocks = TextSplitter.Split("layer.txt", string.Join("\n",
            "7.     Takes note of the decision of the International Law Commission to include the topic",
            "       “Sea-level rise in relation to international law” in its programme of work, and",
            "       encourages the Commission to continue the examination of the topics;",
            "",
            "11.   Calls upon the United Nations system, in particular the United Nations Educational,",
            "      Scientific and Cultural Organization, to continue to strengthen cooperation in line with target",
            "      (g) of the Sendai Framework;",
            "",
            "137. Acknowledges the role of the Dag Hammarskjöld Library in enhancing knowledge-",
            "     sharing and networking activities;",
            ""));

        var texts = blocks.Where(block => block.Kind == SourceBlockKind.Paragraph).Select(block => block.Text).ToList();
        Assert.Contains(texts, text => text.StartsWith("7.", StringComparison.Ordinal) && text.EndsWith("examination of the topics;", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("11.", StringComparison.Ordinal) && text.EndsWith("target (g) of the Sendai Framework;", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("137.", StringComparison.Ordinal) && text.EndsWith("networking activities;", StringComparison.Ordinal));
        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public void Without_a_hanging_label_a_short_list_line_stays_apart()
    {
        var blocks = TextSplitter.Split("layer.txt", "1. Welcomes the report;\n2. Requests a further report;\n");

        Assert.Equal(2, blocks.Count(block => block.Kind == SourceBlockKind.Paragraph));
    }

    [Fact]
    public void A_hanging_labels_gap_is_no_part_of_its_items_words()
    {
        // pdftotext -layout sets a subparagraph's label in the margin and its words at the text's column (A/RES/76/74).
        var text = "Resolution adopted by the General Assembly on 9 December 2021\n\n76/74. Assistance in mine action\n\nThe General Assembly,\n\n"
            + "1.    Urges Member States to continue to provide, as appropriate:\n\n"
            + "      (a)     Assistance to countries affected by mines and explosive remnants of war;\n\n"
            + "      (b)     Support for national and local programmes;\n";

        var result = UnDocumentImporter.ImportText("layer.txt", text);

        var items = Assert.Single(Assert.Single(result.Texts).Document.OperativeParagraphs()).Subparagraphs;
        Assert.Equal(new[] { "Assistance to countries affected by mines and explosive remnants of war;", "Support for national and local programmes;" }, items.Select(item => item.Text.PlainText));
    }

    /// <summary>
    /// A draft printed bare (A/C.3/68/L.17 through LibreOffice): page one's last paragraph, then page two with no running
    /// header, its lines set six columns further in than page one's, as pdftotext sets each page's column.
    /// </summary>
    private static string BareSecondPage(string lastLine, params string[] top) =>
        Page(
            "     Recalling its resolution 67/190 of 20 December 2012 and other relevant General",
            "Assembly resolutions on trafficking in persons and other contemporary forms of slavery,",
            "     Recalling also Economic and Social Council resolution 2013/41 of 25 July 2013 on the",
            "implementation of the United Nations Global Plan of Action to Combat Trafficking in",
            lastLine)
        + string.Join("\n", top) + "\n";

    [Fact]
    public void A_bare_pages_first_line_set_in_over_lines_set_back_opens_a_paragraph_after_a_unit_ended()
    {
        var text = BareSecondPage(
            "Persons and previous Council resolution on trafficking in persons,",
            "            Emphasizing the role of the Inter-Agency Coordination Group against Trafficking in",
            "      Persons in the implementation of the Global Plan of Action, and taking note with appreciation",
            "      the activities of the United Nations Office on Drugs and Crime,");

        Assert.StartsWith("\n", LaidOutText.Paragraphs(text).Split('\f')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_pages_first_line_goes_on_a_sentence_the_page_before_left_open()
    {
        var text = BareSecondPage(
            "Persons and previous Council resolution on trafficking in persons and on the",
            "            protection of victims, in particular women and children, and the need to assist",
            "      them, as well as the activities of the United Nations Office on Drugs and Crime,",
            "      as coordinator of the Inter-Agency Coordination Group,");

        Assert.False(LaidOutText.Paragraphs(text).Split('\f')[1].StartsWith("\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_pages_first_lines_at_an_items_text_column_go_on_the_item()
    {
        var text = BareSecondPage(
            "Persons, and the Protocols thereto, as well as other relevant instruments,",
            "            reinforce the implementation of existing instruments against trafficking in",
            "            persons;",
            "      (b)   To help Member States reinforce their political commitments and legal",
            "            obligations to prevent and combat trafficking in persons;",
            "      (c)   To promote comprehensive, coordinated and consistent responses;");

        Assert.False(LaidOutText.Paragraphs(text).Split('\f')[1].StartsWith("\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_lines_that_end_on_words_at_an_items_text_column_are_no_paragraphs_of_one_line()
    {
        // A/RES/75/315 as pdftotext -layout prints it: a justified item's lines hold from 77 to 95 characters, so its
        // line that ends on a comma may look short; the full lines after it, which end on words, are no paragraphs of
        // one line, though they stand where it stands.
        var paragraphs = Paragraphs(Page(
            "      (c)   The themes of the multi-stakeholder panels will take into consideration the",
            "            direction and outcomes of other preceding health processes and initiatives, as well",
            "            as the interactive multi-stakeholder hearing, with a view to ensuring the most",
            "            effective and efficient outcomes and potential deliverables and to sharing",
            "            experiences and lessons learned to address remaining implementation gaps;",
            "      (d)   The President of the General Assembly may invite parliamentarians, local",
            "            governments, the heads or senior representatives of relevant United Nations",
            "            entities, including the World Health Organization and the World Bank,",
            "            development partners, civil society, the private sector, academia, medical",
            "            associations, indigenous leadership, representative organizations of persons with",
            "            disabilities and community organizations to serve as speakers on the panels,",
            "            taking into account gender balance, level of development, geographical",
            "            representation and the representation of youth and older persons;",
            "4.    Decides that the high-level meeting shall approve a concise and action-oriented political",
            "      declaration, agreed in advance by consensus through intergovernmental negotiations, to",
            "      be submitted by the President of the General Assembly for adoption by the Assembly;",
            "5.    Requests the President of the General Assembly, with the support of the World Health",
            "      Organization and other relevant partners, to organize and preside over an interactive",
            "      multi-stakeholder hearing, before the end of June 2023, with the active participation of",
            "      appropriate senior-level representatives of Member States, observers of the General",
            "      Assembly, parliamentarians, representatives of local governments, relevant United",
            "      Nations entities, non-governmental organizations in consultative status with the",
            "      Economic and Social Council, invited civil society organizations, philanthropic",
            "      foundations, academia, medical associations, the private sector and broader",
            "      communities, ensuring the participation and voices of women, children, youth and",
            "      indigenous leadership, as part of the preparatory process for the high-level meeting, and",
            "      also requests the President to prepare a summary of the hearing prior to the high-level",
            "      meeting;"));

        Assert.DoesNotContain(paragraphs, paragraph => paragraph.StartsWith("associations,", StringComparison.Ordinal) || paragraph.StartsWith("disabilities", StringComparison.Ordinal) || paragraph.StartsWith("taking", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("medical associations, indigenous leadership, representative organizations of persons with disabilities and community organizations to serve as speakers on the panels, taking into account gender balance, level of development, geographical representation and the representation of youth and older persons;", StringComparison.Ordinal));
    }
}
