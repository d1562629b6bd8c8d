using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Where a laid-out line ends says whether its paragraph did: a justified line breaks only where the next word does not
/// fit, so a line short of the measure whose next line's first word would not have fitted on it goes on its sentence
/// (a long word after a comma), and a paragraph's first line that closed its unit with room to spare was the whole
/// paragraph, wherever the next line stands. Pages of corpus texts as LibreOffice prints them and pdftotext
/// <c>-layout</c> reads them.
/// </summary>
public sealed class LineEndRoomLaidOutTests
{
    private static readonly string[] Programme =
    {
        "               international and regional organizations, universities, institutions and others,",
        "                     Reaffirming also the hope that, in appointing highly qualified lecturers for the seminars",
        "               to be held within the framework of the fellowship programmes in international law, account",
        "               would be taken of the need to secure the representation of major legal systems and balance",
        "               among various geographical regions,",
        "                     Regretting that the outbreak and spread of the coronavirus disease (COVID-19)",
        "               pandemic has had an impact on the activities planned for 2020 under the Programme of",
        "               Assistance,",
        "               1.      Reiterates its approval of the guidelines and recommendations contained in section III",
        "                       of the reports of the Secretary-General, 2 in particular those designed to strengthen and",
        "                       revitalize the United Nations Programme of Assistance in the Teaching, Study,",
        "                       Dissemination and Wider Appreciation of International Law in response to the",
        "                       increasing demand for international law training and dissemination activities;",
        "               2.      Authorizes the Secretary-General to carry out the activities specified in his report 3 in",
        "                       2021, including the following activities to be financed from provisions in the regular",
        "                       budget:",
        "                       (a)    The International      Law     Fellowship     Programme,      with      a   minimum   of",
        "                              20 fellowships;",
        "                       (b)    The United Nations Regional Courses in International Law for Africa, for Asia-",
        "                              Pacific and for Latin America and the Caribbean, with a minimum of",
        "                              20 fellowships for each course;",
    };

    private static readonly string[] Denunciation =
    {
        "A/RES/77/100",
        "",
        "",
        "",
        "                      such longer period after the date of the receipt of the notification by the depositary. This",
        "                      Convention shall continue to apply to a judicial sale for which a certificate of judicial",
        "                      sale referred to in article 5 has been issued before the denunciation takes effect.",
        "                    DONE in a single original, of which the Arabic, Chinese, English, French, Russian and",
        "               Spanish texts are equally authentic.",
        "",
        "               Annex I",
        "",
        "               Minimum information to be contained in the notice of judicial sale",
        "                1.                                                Statement that the notice of judicial sale is given",
        "                                                                  for the purposes of the United Nations",
        "                                                                  Convention on the International Effects of",
        "                                                                  Judicial Sales of Ships",
        "                2.                                                Name of State of judicial sale",
        "                3.                                                Court or other public authority ordering,",
        "                                                                  approving or confirming the judicial sale",
        "                4.                                                Reference number or other identifier for the",
        "                                                                  judicial sale procedure",
        "                5.                                                Name of ship",
        "                6.                                                Registry",
        "                7.                                                IMO number",
        "                8.                                                (If IMO number not available) Other information",
        "                                                                  capable of identifying the ship",
        "                9.                                                Name of the owner",
        "                10.                                               Address of residence or principal place of",
        "                                                                  business of the owner",
        "                11.                                               (If judicial sale by public auction) Anticipated",
        "                                                                  date, time and place of public auction",
        "                12.                                               (If judicial sale by private treaty) Any relevant",
        "                                                                  details, including time period, for the judicial",
        "                                                                  sale as ordered by the court or other public",
        "                                                                  authority",
        "                13.                                               Statement either confirming that the judicial sale",
        "                                                                  will confer clean title to the ship, or, if it is not",
        "                                                                  known whether the judicial sale will confer clean",
        "                                                                  title, a statement of the circumstances under",
        "                                                                  which the judicial sale would not confer clean",
        "                                                                  title",
        "                14.                                               Other information required by the law of the",
        "                                                                  State of judicial sale, in particular any",
        "                                                                  information deemed necessary to protect the",
        "                                                                  interests of the person receiving the notice",
        "",
        "",
        "",
        "               Annex II",
        "",
        "               Model certificate of judicial sale",
        "                     Issued in accordance with the provisions of article 5 of the United Nations Convention",
        "               on the International Effects of Judicial Sales of Ships",
        "                      This is to certify that:",
        "                      (a)   The ship described below was sold by way of judicial sale in accordance with the",
        "                            requirements of the law of the State of judicial sale and the requirements of the",
        "                            United Nations Convention on the International Effects of Judicial Sales of Ships;",
        "                            and",
        "",
        "",
        "",
        "",
        "12/13",
    };

    private static readonly string[] Formula =
    {
        "",
        "Resolution adopted by the General Assembly on 25 October 2021",
        "[without reference to a Main Committee (A/76/L.3 and A/76/L.3/Add.1)]",
        "",
        "76/3.          The “Space2030” Agenda: space as a driver of sustainable development",
        "                       The General Assembly,",
        "                       Recalling its resolution 73/6 of 26 October 2018,",
        "                       Adopts the following document:",
        "",
        "               The “Space2030” Agenda: space as a driver of sustainable development",
        "",
        "               Part A. Agenda",
        "",
        "               I. Introduction",
        "               1.      The United Nations has been at the centre of international cooperation in space",
        "                       activities since the beginning of the space age. The Committee on the Peaceful Uses of",
        "                       Outer Space came into being as a result of the recognition by the General Assembly, in",
        "                       its resolution 1348 (XIII) of 13 December 1958, of the importance of using outer space",
        "                       for peaceful purposes and of the need to promote international cooperation in the",
        "                       conduct of space activities; in its resolution 1472 A (XIV) of 1959, the Assembly",
        "                       permanently established the Committee.",
        "               2.      Owing to its unique mandate and position at the centre of international cooperation in",
        "                       the peaceful uses of outer space, and the global governance of outer space activities, 1",
        "                       consistent with international law, the Committee played a key role in the organization",
        "                       of the first three United Nations conferences on the exploration and peaceful uses of",
        "                       outer space, held in 1968, 1982 and 1999.",
        "               3.      Fifty years after the first United Nations Conference on the Exploration and Peaceful",
        "                       Uses of Outer Space (UNISPACE), States Members of the United Nations and",
        "                       representatives of the international space community gathered in Vienna on 20 and 21",
        "                       June 2018 for the high-level segment of the fiftieth anniversary of the first United",
        "                       Nations Conference on the Exploration and Peaceful Uses of Outer Space",
        "                       (UNISPACE+50) to reflect on more than 50 years of achievement in space exploration",
        "                       and use and to strengthen global cooperation in outer space and the use of outer space",
    };

    private static readonly string[] Montserrat =
    {
        "                                                                                                       A/RES/77/141",
        "",
        "",
        "",
        "and helping evacuees from the 1995 volcanic crisis required an intervention from the Special",
        "Committee as a neutral partner,",
        "      Noting with appreciation the contribution to the development of some Territories by the",
        "specialized agencies and other organizations of the United Nations system, in particular the",
        "Economic Commission for Latin America and the Caribbean, the Economic and Social",
        "Commission for Asia and the Pacific, the United Nations Development Programme and the",
        "World Food Programme, as well as regional institutions such as the Caribbean Development",
        "Bank, the Caribbean Community, the Organisation of Eastern Caribbean States, the Pacific",
        "Islands Forum and the agencies of the Council of Regional Organizations in the Pacific,",
        "      Noting with concern the continuing consequences of the 1995 volcanic eruption, which",
        "led to the evacuation of three quarters of the population of the Territory to safe areas of the",
        "island and to areas outside the Territory and which continues to have enduring consequences",
        "for the economy of the island,",
        "      Acknowledging the continuing assistance provided to the Territory by States members",
        "of the Caribbean Community, in particular Antigua and Barbuda, which has offered safe",
        "refuge and access to educational and health facilities, as well as employment for thousands",
        "who have left the Territory,",
        "      Noting the continuing efforts of the administering Power and the territorial Government",
        "to deal with the consequences of the volcanic eruption,",
        "      Recalling the importance of improving the infrastructure and accessibility of",
        "Montserrat, as conveyed by the Premier of Montserrat to the Chair of the Special Committee",
        "in their meeting on 11 May 2015,",
        "      Stressing the importance of regional ties for the development of a small island",
        "Territory,",
        "      Cognizant of the Territory’s membership in the Caribbean Overseas Countries and",
        "Territories Council,",
        "        Recalling the elections in the Territory that were held in November 2019,6",
        "    Recalling also the dispatch of a United Nations visiting mission to Montserrat in",
        "December 2019,",
        "     Reiterating its appreciation to the administering Power and to the Government and",
        "people of Montserrat for the cooperation and assistance extended to the visiting mission,",
        "       Reiterating its endorsement of the report, conclusions and recommendations of the",
        "visiting mission,7",
        "    Recalling relevant resolutions adopted by the General Assembly in connection with the",
        "COVID-19 pandemic,",
        "1.      Reaffirms the inalienable right of the people of Montserrat to self-determination, in",
        "        conformity with the Charter of the United Nations and with General Assembly",
        "        resolution 1514 (XV), containing the Declaration on the Granting of Independence to",
        "        Colonial Countries and Peoples;",
        "2.      Also reaffirms that, in the process of decolonization of Montserrat, there is no",
        "        alternative to the principle of self-determination, which is also a fundamental human",
        "        right, as recognized under the relevant human rights conventions;",
        "3.      Further reaffirms that it is ultimately for the people of Montserrat to determine freely",
        "        their future political status in accordance with the relevant provisions of the Charter, the",
        "        Declaration and the relevant resolutions of the General Assembly, and in that",
        "",
        "6",
        "     See A/AC.109/2020/10, para. 3.",
        "7",
        "     A/AC.109/2020/20.",
        "",
        "",
        "",
        "                                                                                                                3/5",
    };

    private static readonly string[] Seafarers =
    {
        "     Organization in relation to decent work and employment in fisheries and aquaculture",
        "     and on child labour in fisheries and aquaculture, as well as the work that has been",
        "     conducted by the United Nations Office on Drugs and Crime and the International",
        "     Labour Organization on the issue of trafficking in persons and forced labour on fishing",
        "     vessels;",
        "118. Welcomes the consideration by the International Maritime Organization of the fair",
        "     treatment of seafarers, recalls the adoption by the Organization on 4 December 2013 of",
        "     resolution A.1090(28) on the fair treatment of crew members in respect of shore leave",
        "     and access to shore-side facilities, and welcomes the provision on shore leave, which",
        "     entered into force on 1 January 2018, in the Convention on Facilitation of International",
        "     Maritime Traffic;54",
        "119. Notes the themes for the 2019 and 2020 World Maritime Day, “Empowering women in",
        "     the maritime community” and “Sustainable shipping for a sustainable planet”,",
        "     respectively;",
        "120. Invites States that have not yet done so to become parties to the International",
        "     Convention on Standards of Training, Certification and Watchkeeping for Seafarers,",
        "",
        "54",
        "     United Nations, Treaty Series, vol. 591, No. 8564.",
        "",
        "",
        "",
        "                                                                                                          21/54",
        "\fA/RES/75/239",
        "",
        "",
        "",
        "                     1978,55 as amended, and the International Convention on Standards of Training,",
        "                     Certification and Watchkeeping for Fishing Vessel Personnel, 1995;",
        "               121. Encourages States that have not yet done so to consider becoming parties to the Work",
        "                    in Fishing Convention, 2007 (No. 188), the Seafarers’ Identity Documents Convention",
        "                    (Revised), 2003 (No. 185)56 and the Protocol to the Forced Labour Convention, 1930",
        "                    (No. 29) of the International Labour Organization, as well as to the Maritime Labour",
        "                    Convention, 2006,57 as amended, calls upon States to effectively implement their",
        "                    obligations under those instruments, and emphasizes the need to provide to States, at",
        "                    their request, technical cooperation and assistance in this regard;",
        "               122. Invites States to ratify or accede to the Cape Town Agreement of 2012 on the",
        "                    Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the",
    };

    private static readonly string[] Accommodations =
    {
        "                                                                                                  A/RES/76/274",
        "",
        "",
        "",
        "      information on how the impact-based performance indicators assess the performance by",
        "      the missions of mandated tasks and the impact of resource allocation on that",
        "      performance, as well as how the indicators contribute to the identification of the",
        "      resources required for each mandated task;",
        "50.   Underlines that peacekeeping performance assessment should be based on a",
        "      comprehensive approach that gives due consideration to political, operational, and",
        "      mandating and resourcing aspects of performance, and requests the Secretary-General",
        "      to ensure that such an approach is integrated into performance assessment tools,",
        "      including the Comprehensive Planning and Performance Assessment System;",
        "51.   Requests the Secretary-General to continue his efforts to ensure that adequate and safe",
        "      accommodations that meet the relevant United Nations standards are provided, as",
        "      required, by the United Nations or troop- and police-contributing countries, for",
        "      uniformed and civilian personnel serving in peacekeeping operations, and to present to",
        "      the General Assembly, at its seventy-seventh session, a comprehensive review",
        "      involving all relevant departments and units and in consultation with Member States on",
        "      (a) United Nations-provided accommodations to troop- and police-contributing",
        "      countries and (b) the use of temporary operating bases in all field missions,",
        "      incorporating the following elements:",
        "      (a)   Analysis of the challenges of ensuring that United Nations accommodations and",
        "            temporary operating bases meet United Nations standards, including any policy,",
        "            legal, administrative and financial aspects and consideration of implications for",
        "            contingent-owned equipment and memorandums of understanding between the",
        "            United Nations and troop- and police-contributing countries;",
        "      (b)   Analysis of mandate-related requirements, relevant operational conditions and",
        "            requirements for the individual peacekeeping operation, including mission",
        "            footprint, and clarifying the respective responsibilities of the United Nations and",
        "            troop- and police-contributing countries;",
        "      (c)   Recommendations for addressing any deficiencies in United Nations",
        "            accommodations and temporary operating bases where they do not meet these",
        "            standards, including a proposed implementation plan for improvements with",
        "            related timeframes, milestones and estimated resource needs;",
        "52.   Requests missions to take measures to ensure that temporary operating bases, when in",
        "      use for more than 30 days, meet the relevant standards, with specific consideration to",
        "      ensuring the welfare, safety, security and effectiveness of personnel, with due regard to",
        "      efficient resource management, and consistent with the operational requirement;",
        "53.   Recognizes the contribution of unmanned aerial systems to mandate delivery, including",
        "      situational awareness and the enhanced safety and security of peacekeepers, and",
        "      stresses the need to address challenges facing the deployment and utilization of such",
        "      systems in individual peacekeeping missions;",
        "54.   Requests the Secretary-General to continue to build on lessons learned to improve the",
        "      reliability, adaptability and cost-effectiveness of unmanned aerial and aircraft systems",
        "      technologies;",
        "55.   Also requests the Secretary-General to ensure that United Nations peacekeeping",
        "      mission staff have the capacity to provide technical oversight of the use of unmanned",
        "      aerial and aircraft systems technologies;",
        "56.   Reaffirms its request to the Secretary-General to ensure consistency, transparency and",
        "      cost-efficiency in the budgeting for unmanned aerial systems in individual",
        "      peacekeeping operation budget proposals, to ensure that the procurement of unmanned",
        "      aerial systems from commercial providers complies with the United Nations",
        "      Procurement Manual and that reimbursement of such systems provided by troop-",
        "",
        "",
        "",
        "                                                                                                          7/13",
    };

    /// <summary>The paragraphs of every page, each one's lines trimmed and joined (a label's gap closed up), the pages' form feeds left out.</summary>
    private static List<string> Paragraphs(IEnumerable<string> lines) => LaidOutParagraphs.OfLines(lines);

    [Fact]
    public void A_line_the_next_long_word_did_not_fit_on_goes_on_its_sentence()
    {
        // "… in the Teaching, Study," ends 18 characters short of the edge; "Dissemination" needs 14 of them and more.
        var paragraphs = Paragraphs(Programme);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("1. Reiterates its approval", StringComparison.Ordinal)
            && paragraph.Contains("Teaching, Study, Dissemination and Wider Appreciation", StringComparison.Ordinal)
            && paragraph.EndsWith("dissemination activities;", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, paragraph => paragraph.StartsWith("Dissemination", StringComparison.Ordinal));
    }

    [Fact]
    public void A_last_line_that_left_room_for_the_next_word_ends_its_paragraph()
    {
        // "… before the denunciation takes effect." leaves room for "DONE" and more: the testimonium opens its own.
        var paragraphs = Paragraphs(Denunciation);

        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("before the denunciation takes effect.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("DONE in a single original", StringComparison.Ordinal));
    }

    [Fact]
    public void One_line_paragraphs_set_in_alike_each_stand_alone()
    {
        var paragraphs = Paragraphs(Formula);

        Assert.Contains("The General Assembly,", paragraphs);
        Assert.Contains("Recalling its resolution 73/6 of 26 October 2018,", paragraphs);
        Assert.Contains("Adopts the following document:", paragraphs);
    }

    [Fact]
    public void A_title_broken_by_hand_under_its_number_goes_on()
    {
        // The title is set ragged: its first line ends on a comma with room to spare, and the title goes on.
        var paragraphs = Paragraphs(new[]
        {
            "75/134.        United Nations Programme of Assistance in the Teaching, Study,",
            "               Dissemination and Wider Appreciation of International Law",
            "                      The General Assembly,",
        }.Concat(Programme));

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("75/134. United Nations Programme of Assistance in the Teaching, Study, Dissemination", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_opens_its_paragraph_under_a_line_that_counts_long()
    {
        // "… November 2019,6": the note's number and pdftotext's letter widths make the line count near full.
        var paragraphs = Paragraphs(Montserrat);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Recalling the elections in the Territory", StringComparison.Ordinal) && paragraph.EndsWith("November 2019,6", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Recalling also the dispatch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_that_opens_on_a_number_goes_on_the_paragraph_the_page_before_cut()
    {
        // "1978,55 as amended, …" under the running header is the rest of paragraph 120, not a paragraph of one line.
        var paragraphs = Paragraphs(Seafarers);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("1978,55 as amended", StringComparison.Ordinal)
            && paragraph.EndsWith("Certification and Watchkeeping for Fishing Vessel Personnel, 1995;", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, paragraph => paragraph.StartsWith("Certification and Watchkeeping", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_that_runs_its_enumeration_on_under_a_line_left_open_is_the_sentence_s()
    {
        // "… in consultation with Member States on" / "(a) United Nations-provided accommodations …" / "countries and (b)
        // the use of temporary operating bases …": the list proper follows its colon.
        var paragraphs = Paragraphs(Accommodations);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("51. Requests the Secretary-General", StringComparison.Ordinal)
            && paragraph.Contains("Member States on (a) United Nations-provided accommodations", StringComparison.Ordinal)
            && paragraph.EndsWith("incorporating the following elements:", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("(a) Analysis of the challenges", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("involving all relevant departments and units and in consultation with Member States on", "(a) United Nations-provided accommodations to troop- and police-contributing", "countries and (b) the use of temporary operating bases in all field missions,", true)]
    [InlineData("Further decides that the plenary meetings will be held as follows:", "(a) United Nations-provided accommodations and (b) the use of bases;", "(b) Other matters;", false)]
    [InlineData("Requests the Secretary-General to report on", "(a) The implementation of the present resolution;", "(b) The use of temporary operating bases;", false)]
    [InlineData("in consultation with Member States on", "(a) accommodations; and (b) the use of bases", "", false)]
    public void A_run_in_label_goes_on_only_under_a_line_left_open_and_before_the_next_label(string previous, string line, string next, bool goesOn) =>
        Assert.Equal(goesOn, RunInList.GoesOnAfterOpenEnd(previous, line, next));
}
