using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Parts of a list that pdftotext's reading order prints after the page's number, at the foot of the page whose middle
/// holds their list, go back to their place: an item's label whose text follows the colon or the item before
/// (<see cref="FootLabelGap"/>: "(a)" after "2/3", A/RES/77/90), and the words that introduce a list under a number or
/// label printed alone over the list's first label (<see cref="ChapeauAtFoot"/>: "Also decides that:" after "2/4",
/// A/RES/75/283; "To identify further ways … on:" after "2/14", A/RES/77/335). Pages as LibreOffice prints the corpus
/// templates and pdftotext reads them back, their notes numbered from 1 as the excerpt's first.
/// </summary>
public sealed class ListPartsAtPageFootTests
{
    /// <summary>A/RES/77/90, page 2 (paragraphs 5 to 9) and page 3's top: item (a)'s label after the page's number.</summary>
    private static readonly string[] DisarmamentCommission =
    {
        "\fA/RES/77/90",
        string.Empty,
        "Emphasizing once again the important place of the Disarmament Commission within",
        "the United Nations multilateral disarmament machinery,",
        "5.",
        string.Empty,
        "Recalls the fact that, in accordance with General Assembly decision 52/492, at its 376th",
        "meeting, on 4 April 2022, the Disarmament Commission adopted the provisional",
        "agenda for its substantive session of 2022, and that the Commission decided that 2022",
        "be considered a second year of the three-year cycle;",
        string.Empty,
        "6.",
        string.Empty,
        "Recommends that the Disarmament Commission continue consideration of the",
        "following items at its substantive session of 2023:",
        "Recommendations for achieving the objective of nuclear disarmament and nonproliferation of nuclear weapons;",
        string.Empty,
        "(b)",
        string.Empty,
        "Preparation of recommendations to promote the practical implementation of",
        "transparency and confidence-building measures in outer space activities with the",
        "goal of preventing an arms race in outer space, in accordance with the",
        "recommendations set out in the report of the Group of Governmental Experts on",
        "Transparency and Confidence-Building Measures in Outer Space Activities;1",
        string.Empty,
        "7.",
        string.Empty,
        "Notes that the Disarmament Commission encourages the Chairs of its working groups",
        "to continue, during the intersessional period, informal consultations on the agenda item",
        "allocated to each of the groups;",
        string.Empty,
        "9.",
        string.Empty,
        "Requests the Disarmament Commission to hold a substantive session for a period not",
        "exceeding three weeks during 2023, namely, from 3 to 21 April, and to submit a substantive",
        "report to the General Assembly at its seventy-eighth session, and stresses that the report of the",
        "Commission should contain a summary by the Chair of the proceedings to reflect",
        "different views or positions if no agreement can be reached on the specific agenda item",
        string.Empty,
        "1",
        string.Empty,
        "2/3",
        string.Empty,
        "(a)",
        string.Empty,
        "A/68/189.",
        string.Empty,
        "\fA/RES/77/90",
        string.Empty,
        "deliberated on, as provided for in paragraph 3.4 of the adopted “Ways and means to",
        "enhance the functioning of the Disarmament Commission”;",
        "10.",
        string.Empty,
        "Requests the Secretary-General to ensure full provision to the Disarmament",
        "Commission and its subsidiary bodies of interpretation and translation facilities;",
    };

    /// <summary>A/RES/75/283, page 2 (paragraphs 2 to 6, shortened) and page 3's top: paragraph 2's words after the page's number.</summary>
    private static readonly string[] TraffickingMeeting =
    {
        "\fA/RES/75/283",
        string.Empty,
        "2.",
        string.Empty,
        "(a)",
        string.Empty,
        "The opening plenary meeting will feature statements by the President of the",
        "General Assembly at its seventy-sixth session, the Secretary-General and a",
        "representative of civil society;",
        string.Empty,
        "(b)",
        string.Empty,
        "The plenary meetings will hear statements by Member States and observers of the",
        "General Assembly;",
        string.Empty,
        "(c)",
        string.Empty,
        "The final format of the high-level meeting, in-person, virtual or hybrid, will be",
        "determined by October 2021 by the President of the General Assembly based on",
        "an assessment of the health conditions and in consultation with Member States;",
        string.Empty,
        "3.",
        string.Empty,
        "Further decides that the proceedings of the high-level meeting will be webcast, and",
        "encourages the President of the General Assembly and the Secretary-General to give the",
        "highest visibility to the high-level meeting;",
        string.Empty,
        "5.",
        string.Empty,
        "Invites Member States and all observers of the General Assembly to be represented at",
        "the highest possible level;",
        string.Empty,
        "6.",
        string.Empty,
        "Encourages Member States to consider including in their delegations to the high-level",
        "meeting members of national human rights institutions, representatives of law",
        "enforcement, parliamentarians, representatives of civil society active in combating",
        string.Empty,
        "1",
        string.Empty,
        "2/4",
        string.Empty,
        "Also decides that:",
        string.Empty,
        "Note by the Secretariat entitled “List of non-Member States, entities, and organizations having received a",
        "standing invitation to participate as observers in the sessions and the work of the General Assembly”",
        "(A/INF/75/3/Rev.1).",
        string.Empty,
        "\fA/RES/75/283",
        string.Empty,
        "trafficking in persons, survivors of trafficking in persons and representatives of the",
        "private sector;",
        "7.",
        string.Empty,
        "Invites all relevant United Nations system entities to participate in the high-level meeting;",
    };

    /// <summary>A/RES/77/335, page 2 (paragraphs 4 and 7, shortened) and page 3's top: item (a)'s words after the page's number.</summary>
    private static readonly string[] Revitalization =
    {
        "\fA/RES/77/335",
        string.Empty,
        "4.",
        string.Empty,
        "Decides to establish, at its seventy-eighth and seventy-ninth sessions, in accordance",
        "with the biennialized format agreed in resolution 75/325, an Ad Hoc Working Group on",
        "the Revitalization of the Work of the General Assembly, open to all Member States:",
        "(a)",
        string.Empty,
        "(i)",
        string.Empty,
        "During the seventy-eighth session: role and authority of the General",
        "Assembly, and working methods;",
        string.Empty,
        "(ii)",
        string.Empty,
        "During the seventy-ninth session: strengthening the accountability,",
        "transparency and institutional memory of the Office of the President of the",
        "General Assembly and selection and appointment of the Secretary-General",
        "and other executive heads;",
        string.Empty,
        "(b)",
        string.Empty,
        "To consider the next resolution during the seventy-ninth session and biennially",
        "thereafter;",
        string.Empty,
        "7.",
        string.Empty,
        "Decides that the Ad Hoc Working Group shall continue its review of the inventory of",
        "General Assembly resolutions on revitalization annexed to the report of the Ad Hoc",
        "Working Group submitted at the seventy-seventh session1 and, as a result, continue to",
        "update the inventory to be attached to the reports to be submitted at the seventy-eighth",
        string.Empty,
        "1",
        string.Empty,
        "2/14",
        string.Empty,
        "To identify further ways to enhance the role, authority, effectiveness and",
        "efficiency of the Assembly, inter alia, by building on the progress achieved in past",
        "sessions as well as on previous resolutions, including evaluating the status of their",
        "implementation, with the primary focus on:",
        string.Empty,
        "A/76/946 and A/77/942.",
        string.Empty,
        "\fA/RES/77/335",
        string.Empty,
        "and seventy-ninth sessions of the Assembly, including the separate indication of",
        "relevant provisions that were not implemented, with reasons therefor;",
        "8.",
        string.Empty,
        "Requests the Secretary-General to submit an update on the provisions of the General",
        "Assembly resolutions on revitalization addressed to the Secretariat for implementation.",
    };

    /// <summary>A/RES/77/103, page 2 (paragraphs 2 to 5, shortened) and page 3's top: paragraph 2's "(a)" after the page's number, over paragraph 5's "(a)".</summary>
    private static readonly string[] LawCommission =
    {
        "\fA/RES/77/103",
        string.Empty,
        "2.",
        string.Empty,
        "Expresses its appreciation to the International Law Commission for the work",
        "accomplished at its seventy-third session, and notes in particular:",
        "The completion of the second reading of the draft conclusions on identification",
        "and legal consequences of peremptory norms of general international law (jus",
        "cogens) and the commentaries thereto;",
        string.Empty,
        "(b)",
        string.Empty,
        "The completion of the second reading of the draft principles on protection of the",
        "environment in relation to armed conflicts and the commentaries thereto;",
        string.Empty,
        "(c)",
        string.Empty,
        "The completion of the first reading of the draft articles on immunity of State",
        "officials from foreign criminal jurisdiction and the commentaries thereto;",
        string.Empty,
        "5.",
        string.Empty,
        "Draws the attention of Governments to the importance for the International Law",
        "Commission of having their views on the various aspects of the topics on the agenda of",
        "the Commission, in particular on all the specific issues identified in chapter III of its",
        "report,1 regarding:",
        string.Empty,
        "1",
        string.Empty,
        "2/7",
        string.Empty,
        "(a)",
        string.Empty,
        "(a)",
        string.Empty,
        "General principles of law;",
        string.Empty,
        "(b)",
        string.Empty,
        "Sea-level rise in relation to international law;",
        string.Empty,
        "See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 10 (A/77/10).",
        string.Empty,
        "\fA/RES/77/103",
        string.Empty,
        "(c)",
        string.Empty,
        "Settlement of international disputes to which international organizations are",
        "parties;",
        string.Empty,
        "6.",
        string.Empty,
        "Also draws the attention of Governments to the importance of their comments.",
    };

    /// <summary>The text's paragraphs in reading order with its pages undone, each on one line.</summary>
    private static List<string> Paragraphs(IEnumerable<string> lines) =>
        FlowingText.Unpaged(string.Join("\n", lines), LeadVocabulary.Openers).Split("\n\n")
            .Select(p => string.Join(" ", p.Split('\n').Select(l => l.Replace("\f", string.Empty).Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0)
            .ToList();

    /// <summary>The next line of words after the one that ends with <paramref name="end"/>, past blank lines and a page's number: where the paragraph goes on.</summary>
    private static string? GoesOnWith(IEnumerable<string> lines, string end)
    {
        var text = FlowingText.Unpaged(string.Join("\n", lines), LeadVocabulary.Openers).Split('\n').Select(l => l.Trim()).ToList();
        var at = text.FindIndex(l => l.EndsWith(end, StringComparison.Ordinal));
        return text.Skip(at + 1).FirstOrDefault(l => l.Length > 0 && !FlowingText.IsPageNumber(l));
    }

    [Fact]
    public void A_lists_first_label_after_the_pages_number_goes_on_the_item_under_the_colon()
    {
        var paragraphs = Paragraphs(DisarmamentCommission);

        Assert.Contains(paragraphs, p => p.StartsWith("(a) Recommendations for achieving the objective of nuclear disarmament", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("6. Recommends", StringComparison.Ordinal) && p.EndsWith("substantive session of 2023:", StringComparison.Ordinal));
        Assert.DoesNotContain("(a)", paragraphs);
        Assert.StartsWith("deliberated on,", GoesOnWith(DisarmamentCommission, "specific agenda item"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_after_the_pages_number_goes_on_the_item_between_its_neighbours()
    {
        // Item (b) lost its label, (a) and (c) kept theirs: "(b)" follows the item that "(a)" opened.
        var lines = DisarmamentCommission.Select(l => l == "(b)" ? "(c)" : l == "(a)" ? "(b)" : l).ToList();
        var chapeau = lines.IndexOf("following items at its substantive session of 2023:");
        lines.Insert(chapeau + 1, "(a)");
        lines.Insert(chapeau + 2, string.Empty);
        lines.Insert(chapeau + 3, "Review of the methods of work of the Commission;");
        lines.Insert(chapeau + 4, string.Empty);

        var paragraphs = Paragraphs(lines);

        Assert.Contains(paragraphs, p => p.StartsWith("(b) Recommendations for achieving", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("(c) Preparation of recommendations", StringComparison.Ordinal));
        Assert.DoesNotContain("(b)", paragraphs);
    }

    [Fact]
    public void A_label_after_the_pages_number_whose_list_lacks_no_label_on_the_page_keeps_its_place()
    {
        // Paragraph 6's list printed with all its labels: the label after the page's number has no place on the page.
        var lines = DisarmamentCommission.ToList();
        lines.Insert(lines.IndexOf("following items at its substantive session of 2023:") + 1, "(a)");

        var paragraphs = Paragraphs(lines);

        Assert.Contains(paragraphs, p => p.StartsWith("(a) Recommendations for achieving", StringComparison.Ordinal));
        Assert.Equal(2, paragraphs.Count(p => p.StartsWith("(a)", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_label_set_over_the_same_label_goes_where_its_list_lacks_it()
    {
        var paragraphs = Paragraphs(LawCommission);

        Assert.Contains(paragraphs, p => p.StartsWith("(a) The completion of the second reading of the draft conclusions", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("2. Expresses its appreciation", StringComparison.Ordinal) && p.EndsWith("notes in particular:", StringComparison.Ordinal));
        Assert.Contains("(a) General principles of law;", paragraphs);
        Assert.DoesNotContain("(a)", paragraphs);
    }

    [Fact]
    public void Words_that_introduce_a_list_after_the_pages_number_go_under_the_number_alone_over_its_first_label()
    {
        var paragraphs = Paragraphs(TraffickingMeeting);

        Assert.Contains("2. Also decides that:", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("(a) The opening plenary meeting", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Also decides", StringComparison.Ordinal));
        Assert.StartsWith("trafficking in persons, survivors", GoesOnWith(TraffickingMeeting, "active in combating"), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_introduce_a_sublist_after_the_pages_number_go_under_the_label_alone_over_its_first_label()
    {
        var paragraphs = Paragraphs(Revitalization);

        Assert.Contains(paragraphs, p => p.StartsWith("(a) To identify further ways", StringComparison.Ordinal) && p.EndsWith("with the primary focus on:", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("(i) During the seventy-eighth session", StringComparison.Ordinal));
        Assert.StartsWith("and seventy-ninth sessions", GoesOnWith(Revitalization, "submitted at the seventy-eighth"), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_after_the_pages_number_that_introduce_no_list_stay()
    {
        // A last block that ends with a semicolon is no list's chapeau: paragraph 2 stays as printed, over its list.
        var lines = TraffickingMeeting.Select(l => l == "Also decides that:" ? "Also decides to hold the meeting;" : l).ToList();

        var paragraphs = Paragraphs(lines);

        Assert.DoesNotContain(paragraphs, p => p.StartsWith("2. Also decides", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraphs_words_printed_after_the_pages_number_and_before_its_list_stay_in_place()
    {
        // A/RES/77/335, page 4's top: "17." / "4/14" / "Underlines … and:" / "(a)": the words are under their number already.
        var lines = new[]
        {
            "\fA/RES/77/335", string.Empty, "17.", string.Empty, "4/14", string.Empty,
            "Underlines the urgent need to preserve the primacy, significance and established",
            "practice of the general debate of the General Assembly, and:",
            "(a)", string.Empty,
            "Stresses the need to limit the number of high-level events held in the margins of",
            "the general debate;", string.Empty,
            "(b)", string.Empty,
            "Calls upon Member States to be mindful of those aspects;", string.Empty,
            "18.", string.Empty,
            "Recognizes the value of holding interactive inclusive thematic debates;",
        };

        var paragraphs = Paragraphs(lines);

        Assert.Contains(paragraphs, p => p.StartsWith("17. Underlines the urgent need", StringComparison.Ordinal) && p.EndsWith("and:", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("(a) Stresses the need", StringComparison.Ordinal));
    }
}
